package org.carejournal.ui.labs;

import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabUnit;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/** The add/edit form: each field with its label above and its message below. */
final class LabEntryForm extends VBox {
    private final LabsViewModel vm;
    private final Label title = new Label();
    private final Button save = new Button();

    LabEntryForm(LabsViewModel vm) {
        this.vm = vm;
        LabEntryFormModel form = vm.form();
        setId("entryForm");
        getStyleClass().add(Styles.CARD);
        setSpacing(6);
        title.getStyleClass().add(Styles.SECTION_TITLE);

        // The date is a text field the model checks strictly (a DatePicker would silently drop an
        // impossible date like 2026-02-30); the calendar button beside it fills the field.
        TextField date = new TextField();
        date.setId("entryDate");
        date.setPromptText("YYYY-MM-DD");
        date.setPrefColumnCount(7);
        date.textProperty().bindBidirectional(form.dateTextProperty());
        DatePicker calendar = new DatePicker();
        calendar.setId("entryCalendar");
        calendar.setEditable(false);
        calendar.getStyleClass().add(Styles.CALENDAR_BUTTON);
        calendar.setAccessibleText("Choose the date on a calendar");
        calendar.setOnShowing(e -> calendar.setValue(DatePickers.parse(date.getText())));
        calendar.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) date.setText(DatePickers.DATE.format(picked));
        });
        HBox dateBox = new HBox(4, date, calendar);

        ComboBox<LabTest> test = new ComboBox<>(FXCollections.observableArrayList(LabTest.values()));
        test.setId("entryTest");
        test.getStyleClass().add(Styles.TEST_FIELD);
        test.valueProperty().bindBidirectional(form.testProperty());

        TextField value = new TextField();
        value.setId("entryValue");
        value.setPromptText("4.2 or <0.1");
        value.setPrefColumnCount(6);
        value.textProperty().bindBidirectional(form.valueProperty());

        ComboBox<String> unit = new ComboBox<>();
        unit.setId("entryUnit");
        unit.setEditable(true);
        unit.getStyleClass().add(Styles.UNIT_FIELD);
        unit.valueProperty().bindBidirectional(form.unitProperty());
        Runnable fillUnits = () -> unit.getItems().setAll(form.testProperty().get().units().stream().map(LabUnit::symbol).toList());
        fillUnits.run();
        form.testProperty().addListener(obs -> fillUnits.run());

        TextField lab = new TextField();
        lab.setId("entryLab");
        lab.setPromptText("optional");
        lab.setPrefColumnCount(9);
        lab.textProperty().bindBidirectional(form.labProperty());
        TextField note = new TextField();
        note.setId("entryNote");
        note.setPromptText("optional");
        note.setPrefColumnCount(9);
        note.textProperty().bindBidirectional(form.noteProperty());

        save.setId("entrySave");
        save.setDefaultButton(false);
        save.setOnAction(e -> vm.save());
        Button cancel = new Button("Cancel");
        cancel.setId("entryCancel");
        cancel.setOnAction(e -> form.clear());
        cancel.visibleProperty().bind(form.editingProperty().isNotNull());
        cancel.managedProperty().bind(cancel.visibleProperty());
        for (Control c : new Control[] {date, value, lab, note}) {
            c.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) vm.save();
            });
        }

        FlowPane fields = new FlowPane(12, 8,
                Fields.labelled("Date", dateBox, date, form.dateErrorProperty()),
                Fields.labelled("Test", test, test, form.testErrorProperty()),
                Fields.labelled("Value", value, value, form.valueErrorProperty()),
                Fields.labelled("Unit", unit, unit, form.unitErrorProperty()),
                Fields.labelled("Lab", lab, lab),
                Fields.labelled("Note", note, note));
        // The buttons sit in the flow after the fields, below a label-high gap, so they line up with the inputs.
        HBox buttons = new HBox(8, save, cancel);
        VBox buttonBox = new VBox(3, new Label(" "), buttons);
        fields.getChildren().add(buttonBox);
        getChildren().addAll(title, fields);

        form.editingProperty().addListener(obs -> updateTitle());
        updateTitle();
    }

    private void updateTitle() {
        boolean editing = vm.form().editingProperty().get() != null;
        title.setText(editing ? "Change this result" : "Add a result");
        save.setText(editing ? "Save changes" : "Add result");
    }
}
