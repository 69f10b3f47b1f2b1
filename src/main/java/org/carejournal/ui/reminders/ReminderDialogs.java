package org.carejournal.ui.reminders;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/** The windows that close or put off one reminder: Done, Snooze and Dismiss. */
final class ReminderDialogs {
    private ReminderDialogs() {}

    /** Asks the day it was done (today unless changed). Pane id {@code doneDialog}. */
    static Dialog<ButtonType> done(Window owner, RemindersViewModel vm, ReminderRow row) {
        DoneForm form = vm.doneForm();
        DateInput date = new DateInput("doneDate", form.dateProperty());
        VBox content = new VBox(8, Fields.labelled("Day it was done", date.box, date.field, form.dateErrorProperty()));
        return FormDialog.create(owner, "doneDialog", "mark done", row.title(), "Mark done", content, date.field,
                () -> vm.markDone(row, form));
    }

    /** A day, a week, or a chosen day. Pane id {@code snoozeDialog}; choices {@code snooze-ONE_DAY} etc. */
    static Dialog<ButtonType> snooze(Window owner, RemindersViewModel vm, ReminderRow row) {
        SnoozeForm form = vm.snoozeForm();
        ToggleGroup choices = new ToggleGroup();
        VBox content = new VBox(8, new Label("Remind me again"));
        RadioButton first = null;
        for (SnoozeForm.Choice c : SnoozeForm.Choice.values()) {
            RadioButton r = new RadioButton(c.label());
            r.setId("snooze-" + c.name());
            r.setUserData(c);
            r.setToggleGroup(choices);
            r.setSelected(c == form.choiceProperty().get());
            if (first == null) first = r;
            content.getChildren().add(r);
        }
        choices.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now != null) form.choiceProperty().set((SnoozeForm.Choice) now.getUserData());
        });
        DateInput date = new DateInput("snoozeDate", form.dateProperty());
        // Typing a day means "until a day I choose".
        date.field.textProperty().addListener((obs, old, now) -> {
            if (!now.isBlank()) selectChoice(choices, SnoozeForm.Choice.DATE);
        });
        VBox dateBox = Fields.labelled("Day", date.box, date.field, form.dateErrorProperty());
        dateBox.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        content.getChildren().add(dateBox);
        return FormDialog.create(owner, "snoozeDialog", "snooze", row.title(), "Snooze", content, first,
                () -> vm.snooze(row, form));
    }

    private static void selectChoice(ToggleGroup group, SnoozeForm.Choice choice) {
        for (Toggle t : group.getToggles()) if (t.getUserData() == choice) t.setSelected(true);
    }

    /**
     * Asks why (required): a common reason or one typed. Pane id {@code dismissDialog}; the typed reason
     * is {@code dismissReason}, its message {@code dismissReasonError}.
     */
    static Dialog<ButtonType> dismiss(Window owner, RemindersViewModel vm, ReminderRow row) {
        DismissForm form = vm.dismissForm();
        ToggleGroup choices = new ToggleGroup();
        List<RadioButton> radios = new ArrayList<>();
        for (int i = 0; i < DismissForm.COMMON_REASONS.size(); i++) {
            RadioButton r = new RadioButton(DismissForm.COMMON_REASONS.get(i));
            r.setId("dismissReason-" + i);
            r.setToggleGroup(choices);
            radios.add(r);
        }
        RadioButton other = new RadioButton("Another reason:");
        other.setId("dismissOther");
        other.setToggleGroup(choices);
        TextField typed = new TextField();
        typed.setId("dismissReason");
        typed.setPromptText("Type the reason");
        typed.setPrefColumnCount(24);

        Runnable update = () -> {
            Toggle t = choices.getSelectedToggle();
            form.reasonProperty().set(t == null ? "" : t == other ? typed.getText() : ((RadioButton) t).getText());
        };
        choices.selectedToggleProperty().addListener(obs -> update.run());
        typed.textProperty().addListener((obs, old, now) -> {
            if (!now.isBlank()) other.setSelected(true);
            update.run();
        });

        Label why = new Label(row.why());
        why.setWrapText(true);
        why.getStyleClass().add(Styles.HINT);
        VBox content = new VBox(8, why, new Label("Why dismiss it?"));
        content.getChildren().addAll(radios);
        content.getChildren().addAll(other, typed, Fields.message("dismissReasonError", form.reasonErrorProperty()));
        return FormDialog.create(owner, "dismissDialog", "dismiss", row.title(), "Dismiss", content, radios.get(0),
                () -> vm.dismiss(row, form));
    }
}
