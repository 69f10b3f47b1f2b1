package org.carejournal.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.carejournal.domain.Person;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.ui.shell.Appearance;
import org.carejournal.ui.shell.PersonSwitcher;

/**
 * Review mode: opens a journal or backup file read-only and shows its first person's screens with every
 * editing control disabled and a banner saying so. Nothing runs that would write: no automatic backup,
 * no reminder regeneration, no due-dose announcements, no note of articles read.
 */
final class ReviewActions {
    static final String BANNER_TEXT = "Review mode: read-only. Nothing can be changed or saved in this file.";

    /** What review mode may do to the window. */
    interface Host {
        /** On the journal thread: the catalog and articles, read once per run. */
        AppContent content();

        /** On the journal thread: closes the journal shown and makes {@code review} the open one. */
        void adopt(JournalSession review);

        /** On the FX thread: stops announcing what is due and shows {@code screen} under {@code title}. */
        void show(String title, Node screen);

        /** Leaves review for the person's own journal. */
        void backToJournal();
    }

    private final Stage stage;
    private final Async async;
    private final Clock clock;
    private final Appearance appearance;
    private final Host host;

    ReviewActions(Stage stage, Async async, Clock clock, Appearance appearance, Host host) {
        this.stage = stage;
        this.async = async;
        this.clock = clock;
        this.appearance = appearance;
        this.host = host;
    }

    /** The Journal menu's "Open for review (read-only)…". */
    MenuItem menuItem() {
        MenuItem item = new MenuItem("Open for review (read-only)…");
        item.setId("menuReview");
        item.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a journal or backup for review (read-only)");
            File f = chooser.showOpenDialog(stage);
            if (f != null) open(f.toPath());
        });
        return item;
    }

    private record Opened(JournalSession session, Optional<Person> person, AppContent content) {}

    /** Opens {@code file} read-only; a file that cannot be reviewed is refused with a message and the window stays as it was. */
    void open(Path file) {
        async.run(() -> {
            AppContent content = host.content();
            JournalSession review = JournalSession.openReadOnly(file);
            try {
                Optional<Person> person = review.people().all().stream().findFirst();
                host.adopt(review);
                return new Opened(review, person, content);
            } catch (RuntimeException e) {
                review.close();
                throw e;
            }
        }, this::show, e -> tell("This file cannot be opened for review. " + e.getMessage()));
    }

    private void show(Opened o) {
        String fileName = o.session().file().getFileName().toString();
        BorderPane frame = new BorderPane();
        frame.setId("reviewFrame");
        frame.setTop(banner());
        if (o.person().isEmpty()) {
            Label empty = new Label("This journal has no one in it yet, so there is nothing to review.");
            empty.getStyleClass().add(Styles.EMPTY_STATE);
            frame.setCenter(empty);
        } else {
            JournalScreens screens = new JournalScreens(stage, o.session(), o.person().get(), o.content(), async,
                    clock, appearance, p -> { }, PersonSwitcher.NO_ACTIONS, true);
            frame.setCenter(screens.shell(JournalScreens.TODAY, null));
        }
        host.show("Care Journal – review of " + fileName + " (read-only)", frame);
    }

    private Node banner() {
        Label text = new Label(BANNER_TEXT);
        text.setId("reviewBannerText");
        text.setWrapText(true);
        Button close = new Button("Close review");
        close.setId("closeReview");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.setOnAction(e -> host.backToJournal());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox banner = new HBox(12, text, gap, close);
        banner.setId("reviewBanner");
        banner.getStyleClass().add(Styles.REVIEW_BANNER);
        return banner;
    }

    private void tell(String text) {
        Alert a = new Alert(Alert.AlertType.ERROR, text);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }
}
