package org.carejournal.ui.reminders;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/** The windows that add an appointment or a reminder of the person's own. */
final class AddDialogs {
    private AddDialogs() {}

    /**
     * Date, time, who with, place and note. Pane id {@code appointmentDialog}; fields
     * {@code appointmentDate}, {@code appointmentTime}, {@code appointmentWith}, {@code appointmentPlace},
     * {@code appointmentNote}, each wrong one with its message beneath ({@code …Error}).
     */
    static Dialog<ButtonType> appointment(Window owner, RemindersViewModel vm) {
        AppointmentForm form = vm.appointmentForm();
        DateInput date = new DateInput("appointmentDate", form.dateProperty());
        TextField time = field("appointmentTime", "HH:MM", 5);
        TextField with = field("appointmentWith", "Oncology clinic, Dr Patel…", 22);
        TextField place = field("appointmentPlace", "", 22);
        TextField note = field("appointmentNote", "", 22);
        HBox when = new HBox(16,
                Fields.labelled("Day", date.box, date.field, form.dateErrorProperty()),
                Fields.labelled("Time", time, form.timeProperty(), form.timeErrorProperty()));
        when.setAlignment(Pos.TOP_LEFT);
        Label hint = new Label("Two days before, the journal reminds you to print your summary and go over your questions.");
        hint.setWrapText(true);
        hint.getStyleClass().add(Styles.HINT);
        VBox content = new VBox(10, when,
                Fields.labelled("With whom", with, form.withProperty(), form.withErrorProperty()),
                optional("Place (optional)", place, form.placeProperty()),
                optional("Note (optional)", note, form.noteProperty()),
                hint);
        return FormDialog.create(owner, "appointmentDialog", "add an appointment", "Add an appointment",
                "Add", content, date.field, () -> vm.addAppointment(form));
    }

    /**
     * Title, due day and note. Pane id {@code reminderDialog}; fields {@code reminderTitle},
     * {@code reminderDue}, {@code reminderNote}.
     */
    static Dialog<ButtonType> reminder(Window owner, RemindersViewModel vm) {
        ReminderForm form = vm.reminderForm();
        TextField title = field("reminderTitle", "Collect the prescription…", 24);
        DateInput due = new DateInput("reminderDue", form.dueProperty());
        TextField note = field("reminderNote", "", 24);
        VBox content = new VBox(10,
                Fields.labelled("What to remember", title, form.titleProperty(), form.titleErrorProperty()),
                Fields.labelled("Due on", due.box, due.field, form.dueErrorProperty()),
                optional("Note (optional)", note, form.noteProperty()));
        return FormDialog.create(owner, "reminderDialog", "add a reminder", "Add a reminder of your own",
                "Add", content, title, () -> vm.addReminder(form));
    }

    private static TextField field(String id, String prompt, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static VBox optional(String label, TextField input, StringProperty text) {
        input.textProperty().bindBidirectional(text);
        return Fields.labelled(label, input, input);
    }
}
