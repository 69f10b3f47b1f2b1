package org.carejournal.ui.notify;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.domain.meds.Reminder;

/**
 * Decides what to announce and when: a pure function of "now" and what the journal holds, plus the
 * memory of what was already shown this run, so nothing is ever announced twice.
 *
 * <p>A planned dose is announced when its time comes, during {@link #WINDOW}; after that it is a dose
 * not recorded, which the dose checklist shows (announcing it hours late, for example after the
 * computer wakes, would only confuse). A reminder is announced on the day it is due (or comes back
 * from snoozing). What is already overdue when the journal opens goes into one summary instead.
 */
public final class DueAnnouncer {
    /** How long after its time a dose is still announced as due now. */
    public static final Duration WINDOW = Duration.ofMinutes(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);

    private final Set<String> shown = new HashSet<>();

    /**
     * The one notification made when the journal opens: "2 overdue reminders, 1 missed dose"; empty
     * when all is clear. Missed doses are those of earlier days plus today's whose window has passed.
     */
    public Optional<Announcement> summary(LocalDateTime now, DueState state) {
        long missedToday = state.dosesToday().stream()
                .filter(d -> d.event() == null && !now.isBefore(d.dueAt().plus(WINDOW))).count();
        long missed = state.missedEarlier() + missedToday;
        List<String> parts = new ArrayList<>();
        if (state.overdueReminders() > 0) parts.add(count(state.overdueReminders(), "overdue reminder"));
        if (missed > 0) parts.add(count(missed, "missed dose"));
        if (parts.isEmpty() || !shown.add("summary")) return Optional.empty();
        return Optional.of(new Announcement(Announcement.Kind.SUMMARY, "summary", "Waiting for you in the journal",
                String.join(", ", parts)));
    }

    /** What to announce at {@code now} that has not been announced before; usually nothing. */
    public List<Announcement> check(LocalDateTime now, DueState state) {
        List<Announcement> out = new ArrayList<>(doses(now, state.dosesToday()));
        LocalDate today = now.toLocalDate();
        for (Reminder r : state.openReminders()) {
            if (!r.open() || !r.showFrom().equals(today)) continue;
            String key = "reminder:" + r.id() + ":" + today;
            if (!shown.add(key)) continue;
            out.add(new Announcement(Announcement.Kind.REMINDER, key, "Due today: " + r.title(),
                    r.why().isEmpty() ? "See Reminders in the journal." : r.why()));
        }
        return out;
    }

    /** Doses whose time has come and that are not recorded, one announcement per time of day. */
    private List<Announcement> doses(LocalDateTime now, List<DoseItem> today) {
        Map<LocalDateTime, List<DoseItem>> fresh = new TreeMap<>(today.stream()
                .filter(d -> d.event() == null && !d.dueAt().isAfter(now) && now.isBefore(d.dueAt().plus(WINDOW)))
                .filter(d -> !shown.contains(doseKey(d)))
                .collect(Collectors.groupingBy(DoseItem::dueAt)));
        List<Announcement> out = new ArrayList<>();
        fresh.forEach((at, items) -> {
            items.forEach(d -> shown.add(doseKey(d)));
            String text = items.stream().map(DueAnnouncer::describe).collect(Collectors.joining("\n"));
            String title = items.size() == 1 ? "Time for " + items.get(0).medication().name()
                    : "Time for your " + TIME.format(at) + " medicines";
            String after = items.size() == 1 ? "Mark it in the journal once taken." : "Mark them in the journal once taken.";
            out.add(new Announcement(Announcement.Kind.DOSE, "doses:" + at, title, text + "\n" + after));
        });
        return out;
    }

    private static String describe(DoseItem d) {
        String dose = d.schedule().dose().isEmpty() ? "" : " " + d.schedule().dose();
        return d.medication().name() + dose + ", due " + TIME.format(d.dueAt());
    }

    private static String doseKey(DoseItem d) {
        return "dose:" + d.medication().id() + ":" + d.dueAt();
    }

    private static String count(long n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }
}
