package org.carejournal.ui.notify;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.carejournal.ui.Async;

/**
 * While the journal is open, looks once a minute for doses whose time has come and reminders due today,
 * and hands each to {@code show} once. On start it first hands over one summary of what is overdue.
 * The journal is read through {@link Async} (off the FX thread); {@code show} is called on the FX thread.
 */
public final class DueWatcher {
    private final DueSource source;
    private final Async async;
    private final Clock clock;
    private final Consumer<Announcement> show;
    private final DueAnnouncer announcer = new DueAnnouncer();
    private Timeline timer;

    /** @param show shows one announcement, e.g. a {@link DesktopNotifier} */
    public DueWatcher(DueSource source, Async async, Clock clock, Consumer<Announcement> show) {
        this.source = source;
        this.async = async;
        this.clock = clock;
        this.show = show;
    }

    /** Shows the start summary and what is due now, then checks once a minute. Call on the FX thread. */
    public void start() {
        stop();
        checkNow(true);
        timer = new Timeline(new KeyFrame(Duration.minutes(1), e -> checkNow(false)));
        timer.setCycleCount(Timeline.INDEFINITE);
        timer.play();
    }

    /** Stops checking (when the journal closes or another person's journal opens). */
    public void stop() {
        if (timer != null) timer.stop();
        timer = null;
    }

    /**
     * Reads the journal and shows what is new at the clock's "now": the summary first when
     * {@code starting}. Tests call this directly with a fixed clock.
     */
    public void checkNow(boolean starting) {
        LocalDateTime now = LocalDateTime.now(clock);
        async.run(() -> source.read(now.toLocalDate()), state -> {
            if (starting) announcer.summary(now, state).ifPresent(show);
            announcer.check(now, state).forEach(show);
        }, e -> {
            // A failed read only means no notification this minute; the screens report journal problems.
        });
    }
}
