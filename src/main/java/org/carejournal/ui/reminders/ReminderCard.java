package org.carejournal.ui.reminders;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.ui.Styles;

/**
 * One reminder: its title, when it is due (or how it was closed), why it exists and where that comes
 * from, and for an open one the buttons Done, Snooze and Dismiss. Node id {@code reminder-ID}; buttons
 * {@code done-ID}, {@code snooze-ID}, {@code dismiss-ID}.
 */
final class ReminderCard extends VBox {

    /** What the buttons of an open reminder do. */
    interface Actions {
        void done(ReminderRow row);

        void snooze(ReminderRow row);

        void dismiss(ReminderRow row);

        /** Opens the medicine editor with this catalog entry chosen. */
        void addToPlan(String catalogKey);
    }

    /**
     * The calcium and vitamin D reminder offers to put the supplement in the plan (DOMAIN.md,
     * "Care reminders the journal raises"), with the catalog's entry for it.
     */
    static final String CALCIUM_VITAMIN_D_KEY = "calcium-vitamin-d";

    ReminderCard(ReminderRow row, Actions actions) {
        super(4);
        setId("reminder-" + row.id());
        getStyleClass().add(ReminderStyles.REMINDER);
        if (row.overdue()) getStyleClass().add(ReminderStyles.OVERDUE);
        if (!row.open()) getStyleClass().add(ReminderStyles.CLOSED);

        Label title = label(row.title(), ReminderStyles.TITLE);
        Label when = label(row.when(), ReminderStyles.WHEN);
        when.setId("when-" + row.id());
        getChildren().addAll(title, when);
        if (!row.why().isEmpty()) {
            Label why = label(row.why(), ReminderStyles.WHY);
            why.setId("why-" + row.id());
            getChildren().add(why);
        }
        if (!row.source().isEmpty()) {
            Label source = label(row.source(), Styles.SOURCE);
            source.setId("source-" + row.id());
            getChildren().add(source);
        }
        if (row.open()) {
            FlowPane buttons = new FlowPane(8, 6,
                    button("Done…", "done-" + row.id(), "Mark done: " + row.title(), () -> actions.done(row)),
                    button("Snooze…", "snooze-" + row.id(), "Snooze: " + row.title(), () -> actions.snooze(row)),
                    button("Dismiss…", "dismiss-" + row.id(), "Dismiss: " + row.title(), () -> actions.dismiss(row)));
            if (row.reminder().kind() == ReminderKind.CALCIUM_VITAMIN_D) {
                buttons.getChildren().add(button("Add calcium + vitamin D to my plan…", "addToPlan-" + row.id(),
                        "Add calcium and vitamin D to my plan", () -> actions.addToPlan(CALCIUM_VITAMIN_D_KEY)));
            }
            buttons.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
            getChildren().add(buttons);
        }
    }

    private static Label label(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    private static Button button(String text, String id, String spoken, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        // A screen reader hears which reminder the button is for, not just "Done".
        b.setAccessibleText(spoken);
        b.setOnAction(e -> action.run());
        return b;
    }
}
