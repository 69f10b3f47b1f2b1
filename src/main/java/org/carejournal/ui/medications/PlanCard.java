package org.carejournal.ui.medications;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * "My plan": the current medicines with their rhythm in words and Change…, Stop and Remove; the add
 * button; past medicines in a closed section. Node ids end with the medicine id: {@code plan-ID},
 * {@code change-ID}, {@code stop-ID}, {@code remove-ID}, {@code stopDay-ID}, {@code confirmStop-ID},
 * {@code pastPlan-ID}, {@code deletePast-ID}.
 */
final class PlanCard extends VBox {
    private final MedicationsViewModel vm;
    private final Consumer<PlanItem> openEditor;
    private final Consumer<PlanRow> askRemove;
    private final VBox current = new VBox();
    private final VBox past = new VBox();

    /** @param askRemove shows the remove question for a medicine (the view owns dialogs) */
    PlanCard(MedicationsViewModel vm, Consumer<PlanItem> openEditor, Consumer<PlanRow> askRemove) {
        super(8);
        this.vm = vm;
        this.openEditor = openEditor;
        this.askRemove = askRemove;
        setId("planCard");
        getStyleClass().add(Styles.CARD);
        Label title = new Label("My plan");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Button add = new Button("Add a medicine…", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addMedicine");
        add.getStyleClass().addAll(MedStyles.DOSE_ACTION, "accent");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> openEditor.accept(null));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, title, gap, add);
        head.setAlignment(Pos.CENTER_LEFT);
        Label none = new Label("No medicines in the plan now.");
        none.getStyleClass().add(Styles.HINT);
        none.visibleProperty().bind(Bindings.isEmpty(vm.current()));
        none.managedProperty().bind(none.visibleProperty());

        TitledPane pastPane = new TitledPane("Past medicines", past);
        pastPane.setId("pastMedicines");
        pastPane.setExpanded(false);
        pastPane.visibleProperty().bind(Bindings.isNotEmpty(vm.past()));
        pastPane.managedProperty().bind(pastPane.visibleProperty());
        vm.past().addListener((ListChangeListener<PlanRow>) c -> pastPane.setText("Past medicines (" + vm.past().size() + ")"));

        getChildren().addAll(head, none, current, pastPane);
        vm.current().addListener((ListChangeListener<PlanRow>) c -> build());
        vm.past().addListener((ListChangeListener<PlanRow>) c -> build());
        vm.stoppingProperty().addListener(obs -> build());
        build();
    }

    private void build() {
        current.getChildren().setAll(vm.current().stream().map(this::currentRow).toList());
        past.getChildren().setAll(vm.past().stream().map(this::pastRow).toList());
    }

    private VBox currentRow(PlanRow r) {
        long id = r.medicationId();
        Button change = button("Change…", "change-" + id, new FontIcon(MaterialDesignP.PENCIL_OUTLINE),
                () -> openEditor.accept(r.item()));
        Button stop = button("Stop", "stop-" + id, new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE), () -> vm.beginStop(r));
        Button remove = button("Remove…", "remove-" + id, new FontIcon(MaterialDesignD.DELETE_OUTLINE), () -> askRemove.accept(r));
        VBox box = new VBox(6, heading(r, "plan-" + id, change, stop, remove));
        if (r.item().equals(vm.stoppingProperty().get())) box.getChildren().add(stopForm(r));
        box.getStyleClass().add(MedStyles.PLAN_ROW);
        return box;
    }

    private FlowPane stopForm(PlanRow r) {
        long id = r.medicationId();
        TextField day = new TextField();
        day.setId("stopDay-" + id);
        day.setPrefColumnCount(10);
        day.setPromptText("2026-03-01");
        VBox field = Fields.labelled("Last day of " + r.name() + " (year-month-day)", day, vm.stopDayProperty(),
                vm.stopDayErrorProperty());
        Button confirm = button("Stop after this day", "confirmStop-" + id, new FontIcon(MaterialDesignS.STOP_CIRCLE_OUTLINE),
                vm::confirmStop);
        confirm.getStyleClass().add("accent");
        Button cancel = button("Cancel", "cancelStop-" + id, null, vm::cancelStop);
        day.setOnAction(e -> vm.confirmStop());
        day.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) vm.cancelStop();
        });
        FlowPane form = new FlowPane(10, 6, field, confirm, cancel);
        form.setAlignment(Pos.BOTTOM_LEFT);
        form.getStyleClass().add(MedStyles.DOSE_FORM);
        Platform.runLater(day::requestFocus);   // the form is built on this pass; focus it once it is shown
        return form;
    }

    private VBox pastRow(PlanRow r) {
        long id = r.medicationId();
        Button delete = button("Delete…", "deletePast-" + id, new FontIcon(MaterialDesignD.DELETE_OUTLINE), () -> askRemove.accept(r));
        VBox box = new VBox(heading(r, "pastPlan-" + id, delete));
        box.getStyleClass().add(MedStyles.PLAN_ROW);
        return box;
    }

    private Beside heading(PlanRow r, String id, Button... actions) {
        Label name = new Label(r.name());
        name.getStyleClass().add(MedStyles.PLAN_NAME);
        name.setWrapText(true);
        Label schedule = new Label(r.schedule());
        schedule.setId(id + "-schedule");
        schedule.setWrapText(true);
        Label details = new Label(r.details());
        details.getStyleClass().add(Styles.HINT);
        details.setWrapText(true);
        VBox words = new VBox(2, name, schedule, details);
        words.getStyleClass().add(MedStyles.DOSE_WORDS);
        FlowPane buttons = new FlowPane(6, 6, actions);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Beside row = new Beside(words, buttons);
        row.setId(id);
        return row;
    }

    static Button button(String text, String id, FontIcon icon, Runnable act) {
        Button b = new Button(text, icon);
        b.setId(id);
        b.getStyleClass().add(MedStyles.DOSE_ACTION);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> act.run());
        return b;
    }
}
