package org.carejournal.ui.medications;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * Treatment lines: when each began and with which medicines, the form to mark a new one, and delete.
 * Node ids: {@code newLine}, {@code lineStart}, {@code lineName}, {@code lineMed-ID}, {@code saveLine},
 * {@code line-ID}, {@code deleteLine-ID}.
 */
final class LinesCard extends VBox {
    private final MedicationsViewModel vm;
    private final Consumer<LineRow> askDelete;
    private final VBox list = new VBox();
    private final FlowPane medicines = new FlowPane(14, 6);

    /** @param askDelete asks before a line is deleted (the view owns dialogs) */
    LinesCard(MedicationsViewModel vm, Consumer<LineRow> askDelete) {
        super(8);
        this.vm = vm;
        this.askDelete = askDelete;
        setId("linesCard");
        getStyleClass().add(Styles.CARD);
        Label title = new Label("Treatment lines");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("A treatment line is a medicine, or a combination, started together when the treatment "
                + "changed. The PSA chart measures from the start of the current line.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        Button mark = PlanCard.button("Mark a new treatment line…", "newLine", new FontIcon(MaterialDesignS.SOURCE_BRANCH),
                vm::openLineForm);
        mark.disableProperty().bind(vm.lineForm().openProperty().or(Bindings.isEmpty(vm.current())));
        Label none = new Label("No treatment lines marked yet.");
        none.getStyleClass().add(Styles.HINT);
        none.visibleProperty().bind(Bindings.isEmpty(vm.lines()));
        none.managedProperty().bind(none.visibleProperty());
        getChildren().addAll(title, hint, none, list, form(), mark);
        vm.lines().addListener((ListChangeListener<LineRow>) c -> build());
        vm.lineForm().choices().addListener((ListChangeListener<PlanRow>) c -> buildChoices());
        // The form clears its ticks when it opens again.
        vm.lineForm().chosen().addListener((SetChangeListener<Long>) ch -> medicines.getChildren()
                .forEach(n -> ((CheckBox) n).setSelected(vm.lineForm().chosen().contains((Long) n.getUserData()))));
        build();
        buildChoices();
    }

    private void build() {
        list.getChildren().setAll(vm.lines().stream().map(this::row).toList());
    }

    private HBox row(LineRow r) {
        long id = r.line().id();
        Label title = new Label(r.title());
        title.getStyleClass().add(MedStyles.PLAN_NAME);
        title.setWrapText(true);
        Label meds = new Label(r.medicines().isEmpty() ? "Its medicines are no longer in the journal." : r.medicines());
        meds.setWrapText(true);
        VBox words = new VBox(2, title, meds);
        HBox.setHgrow(words, Priority.ALWAYS);
        Button delete = PlanCard.button("Delete…", "deleteLine-" + id, new FontIcon(MaterialDesignD.DELETE_OUTLINE),
                () -> askDelete.accept(r));
        HBox row = new HBox(12, words, delete);
        row.setId("line-" + id);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add(MedStyles.PLAN_ROW);
        return row;
    }

    private VBox form() {
        LineFormModel f = vm.lineForm();
        TextField start = new TextField();
        start.setId("lineStart");
        start.setPrefColumnCount(10);
        start.setPromptText("2026-03-01");
        TextField name = new TextField();
        name.setId("lineName");
        name.setPrefColumnCount(22);
        name.setPromptText("e.g. ADT + abiraterone");
        name.textProperty().bindBidirectional(f.nameProperty());
        FlowPane fields = new FlowPane(12, 6, Fields.labelled("First day (year-month-day)", start, f.startProperty(),
                f.startErrorProperty()), Fields.labelled("Name (optional)", name, name));
        Label which = new Label("Which medicines started this line?");
        Label error = Fields.message("lineMedicinesError", f.medicinesErrorProperty());
        Button save = PlanCard.button("Save the line", "saveLine", new FontIcon(MaterialDesignS.SOURCE_BRANCH), vm::saveLine);
        save.getStyleClass().add("accent");
        Button cancel = PlanCard.button("Cancel", "cancelLine", null, f::close);
        HBox buttons = new HBox(8, save, cancel);
        VBox form = new VBox(8, fields, which, medicines, error, buttons);
        form.getStyleClass().add(MedStyles.DOSE_FORM);
        form.visibleProperty().bind(f.openProperty());
        form.managedProperty().bind(form.visibleProperty());
        f.openProperty().addListener((obs, was, open) -> {
            if (open) start.requestFocus();
        });
        return form;
    }

    private void buildChoices() {
        LineFormModel f = vm.lineForm();
        medicines.getChildren().setAll(f.choices().stream().map(r -> {
            CheckBox c = new CheckBox(r.name());
            c.setId("lineMed-" + r.medicationId());
            c.setSelected(f.chosen().contains(r.medicationId()));
            c.selectedProperty().addListener((obs, was, on) -> {
                if (on) f.chosen().add(r.medicationId()); else f.chosen().remove(r.medicationId());
            });
            c.setUserData(r.medicationId());
            return c;
        }).toList());
    }
}
