package org.carejournal.ui.medications;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * "When needed": each medicine taken when needed, its instruction, today's logged doses, and "Log a
 * dose" (time, amount, reason). Node ids end with the medicine id: {@code logDose-ID}, {@code logTime-ID},
 * {@code logAmount-ID}, {@code logReason-ID}, {@code saveLog-ID}, {@code logged-ID}.
 */
final class AsNeededCard extends VBox {
    private final DoseListModel doses;
    private final VBox entries = new VBox(10);

    AsNeededCard(DoseListModel doses) {
        super(8);
        this.doses = doses;
        setId("asNeededCard");
        getStyleClass().add(Styles.CARD);
        Label title = new Label("When needed");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("Medicines you take only when you need them. Logging each dose shows your care team how often you need them.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        getChildren().addAll(title, hint, entries);
        doses.asNeeded().addListener((ListChangeListener<AsNeededModel>) c -> build());
        visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(doses.asNeeded()));
        managedProperty().bind(visibleProperty());
        build();
    }

    private void build() {
        entries.getChildren().setAll(doses.asNeeded().stream().map(this::entry).toList());
    }

    private VBox entry(AsNeededModel a) {
        long id = a.medicationId();
        Label name = new Label(a.name());
        name.getStyleClass().add(MedStyles.DOSE_WHAT);
        Label instruction = new Label(a.instruction());
        instruction.getStyleClass().add(Styles.HINT);
        instruction.setWrapText(true);
        Button log = new Button("Log a dose", new FontIcon(MaterialDesignP.PLUS_CIRCLE_OUTLINE));
        log.setId("logDose-" + id);
        log.getStyleClass().add(MedStyles.DOSE_ACTION);
        log.setMinWidth(Region.USE_PREF_SIZE);
        log.setOnAction(e -> doses.openLog(a));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        VBox words = new VBox(2, name, instruction);
        HBox.setHgrow(words, Priority.SOMETIMES);
        HBox head = new HBox(12, words, gap, log);
        head.setAlignment(Pos.CENTER_LEFT);

        Label logged = new Label();
        logged.setId("logged-" + id);
        logged.setWrapText(true);
        Runnable showLogged = () -> logged.setText(a.loggedToday().isEmpty() ? "None logged today."
                : "Logged today: " + String.join("; ", a.loggedToday()));
        a.loggedToday().addListener((ListChangeListener<String>) c -> showLogged.run());
        showLogged.run();
        VBox box = new VBox(6, head, form(a), logged);
        box.getStyleClass().add(MedStyles.PLAN_ROW);
        return box;
    }

    private FlowPane form(AsNeededModel a) {
        long id = a.medicationId();
        TextField time = field("logTime-" + id, 5, "HH:mm");
        TextField amount = field("logAmount-" + id, 8, "e.g. 1 g");
        TextField reason = field("logReason-" + id, 18, "e.g. back pain");
        amount.textProperty().bindBidirectional(a.amountProperty());
        reason.textProperty().bindBidirectional(a.reasonProperty());
        Button save = new Button("Save", new FontIcon(MaterialDesignP.PLUS_CIRCLE_OUTLINE));
        save.setId("saveLog-" + id);
        save.getStyleClass().addAll(MedStyles.DOSE_ACTION, "accent");
        save.setOnAction(e -> doses.logAsNeeded(a));
        Button cancel = new Button("Cancel");
        cancel.getStyleClass().add(MedStyles.DOSE_ACTION);
        cancel.setOnAction(e -> a.closeForm());
        for (TextField f : new TextField[] {time, amount, reason}) f.setOnAction(e -> doses.logAsNeeded(a));
        FlowPane form = new FlowPane(10, 6,
                Fields.labelled("Time taken", time, a.timeProperty(), a.timeErrorProperty()),
                Fields.labelled("Amount", amount, amount),
                Fields.labelled("Why (optional)", reason, reason), save, cancel);
        form.setAlignment(Pos.BOTTOM_LEFT);
        form.getStyleClass().add(MedStyles.DOSE_FORM);
        form.visibleProperty().bind(a.formOpenProperty());
        form.managedProperty().bind(form.visibleProperty());
        form.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) a.closeForm();
        });
        a.formOpenProperty().addListener((obs, was, open) -> {
            if (open) time.requestFocus();
        });
        return form;
    }

    private static TextField field(String id, int columns, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        f.setPromptText(prompt);
        return f;
    }
}
