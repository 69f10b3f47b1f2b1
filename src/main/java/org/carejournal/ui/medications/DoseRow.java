package org.carejournal.ui.medications;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Fields;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * One dose of the checklist. The row itself takes the focus: Space or Enter marks it taken. Its state is
 * written out ("Taken at 08:05"), drawn as an icon and coloured, so colour is never the only sign.
 * Node ids end with the dose's key: {@code dose-KEY} (or {@code missed-KEY}), {@code taken-KEY},
 * {@code skip-KEY}, {@code otherTime-KEY}, {@code undo-KEY}, {@code reason-KEY}, {@code time-KEY}.
 */
final class DoseRow extends VBox {
    private static final PseudoClass TAKEN = PseudoClass.getPseudoClass(MedStyles.TAKEN);
    private static final PseudoClass SKIPPED = PseudoClass.getPseudoClass(MedStyles.SKIPPED);

    private final DoseRowModel row;
    private final DoseListModel doses;
    private final FontIcon icon = new FontIcon();
    private final List<Button> actions = new ArrayList<>();
    private final Button undo;

    /** @param onTakenByKey run after Space or Enter marked the dose (the list moves the focus on) */
    DoseRow(DoseRowModel row, DoseListModel doses, Runnable onTakenByKey) {
        this.row = row;
        this.doses = doses;
        String key = row.key();
        setId((row.missed() ? "missed-" : "dose-") + key);
        getStyleClass().add(MedStyles.DOSE_ROW);
        setFocusTraversable(true);

        Label when = new Label(row.when());
        when.getStyleClass().add(MedStyles.DOSE_TIME);
        if (row.missed()) when.setWrapText(true); else when.setMinWidth(Region.USE_PREF_SIZE);
        Label what = new Label(row.what());
        what.getStyleClass().add(MedStyles.DOSE_WHAT);
        what.setWrapText(true);
        Label state = new Label();
        state.setId("state-" + key);
        state.getStyleClass().add(MedStyles.DOSE_STATE);
        state.textProperty().bind(row.stateTextProperty());
        state.setWrapText(true);
        // A missed dose names its day, too long for a column: it goes above the medicine.
        VBox words = row.missed() ? new VBox(2, when, what, state) : new VBox(2, what, state);
        words.getStyleClass().add(MedStyles.DOSE_WORDS);   // a minimum width: the buttons wrap before the words do
        icon.setIconSize(26);
        HBox main = row.missed() ? new HBox(12, icon, words) : new HBox(12, icon, when, words);
        main.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(words, Priority.ALWAYS);

        Button taken = action("Taken", "taken-" + key, new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE), () -> doses.markTaken(row));
        taken.getStyleClass().add("accent");
        taken.setAccessibleText("Taken: " + row.what() + ", " + row.when());
        Button skip = action("Skipped…", "skip-" + key, new FontIcon(MaterialDesignM.MINUS_CIRCLE_OUTLINE), () -> doses.openSkip(row));
        Button other = action("Taken at another time…", "otherTime-" + key, new FontIcon(MaterialDesignC.CLOCK_OUTLINE),
                () -> doses.openOtherTime(row));
        undo = action("Undo", "undo-" + key, new FontIcon(MaterialDesignU.UNDO), () -> doses.undo(row));
        actions.addAll(List.of(taken, skip, other));
        // The buttons wrap under each other in a narrow window or at the largest text size.
        FlowPane buttons = new FlowPane(8, 6, taken, skip, other, undo);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Beside all = new Beside(main, buttons);
        getChildren().addAll(all, skipForm(key), timeForm(key));

        row.stateProperty().addListener(obs -> showState());
        row.modeProperty().addListener((obs, old, mode) -> focusForm(mode));
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean press = e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER;
            if (press && e.getTarget() == this && !row.recorded()) {
                doses.markTaken(row);
                onTakenByKey.run();
                e.consume();
            }
        });
        showState();
    }

    private Button action(String text, String id, FontIcon graphic, Runnable act) {
        Button b = new Button(text, graphic);
        b.setId(id);
        b.getStyleClass().add(MedStyles.DOSE_ACTION);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> act.run());
        return b;
    }

    private FlowPane skipForm(String key) {
        TextField reason = new TextField();
        reason.setId("reason-" + key);
        reason.setPromptText("For example: felt sick, none left");
        reason.setPrefColumnCount(22);
        reason.textProperty().bindBidirectional(row.reasonProperty());
        reason.setOnAction(e -> doses.confirmSkip(row));
        Label label = new Label("Why was it skipped? (you may leave this empty)");
        label.setLabelFor(reason);
        Button save = action("Save as skipped", "saveSkip-" + key, new FontIcon(MaterialDesignM.MINUS_CIRCLE_OUTLINE),
                () -> doses.confirmSkip(row));
        Button cancel = action("Cancel", "cancelSkip-" + key, null, row::closeForm);
        return inline(new FlowPane(8, 6, new VBox(3, label, reason), save, cancel), DoseRowModel.Mode.SKIPPING);
    }

    private FlowPane timeForm(String key) {
        TextField time = new TextField();
        time.setId("time-" + key);
        time.setPromptText("HH:mm");
        time.setPrefColumnCount(5);
        time.setOnAction(e -> doses.confirmOtherTime(row));
        VBox field = Fields.labelled("Time it was taken (hours:minutes)", time, row.timeProperty(), row.timeErrorProperty());
        Button save = action("Save", "saveTime-" + key, new FontIcon(MaterialDesignC.CHECK_CIRCLE_OUTLINE),
                () -> doses.confirmOtherTime(row));
        Button cancel = action("Cancel", "cancelTime-" + key, null, row::closeForm);
        return inline(new FlowPane(8, 6, field, save, cancel), DoseRowModel.Mode.OTHER_TIME);
    }

    private FlowPane inline(FlowPane form, DoseRowModel.Mode mode) {
        form.getStyleClass().add(MedStyles.DOSE_FORM);
        form.setAlignment(Pos.BOTTOM_LEFT);
        form.visibleProperty().bind(row.modeProperty().isEqualTo(mode));
        form.managedProperty().bind(form.visibleProperty());
        form.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                row.closeForm();
                requestFocus();
                e.consume();
            }
        });
        return form;
    }

    private void focusForm(DoseRowModel.Mode mode) {
        if (mode == DoseRowModel.Mode.LIST) return;
        String id = (mode == DoseRowModel.Mode.SKIPPING ? "#reason-" : "#time-") + row.key();
        var field = lookup(id);
        if (field != null) field.requestFocus();
    }

    private void showState() {
        DoseRowModel.State s = row.stateProperty().get();
        pseudoClassStateChanged(TAKEN, s == DoseRowModel.State.TAKEN);
        pseudoClassStateChanged(SKIPPED, s == DoseRowModel.State.SKIPPED);
        icon.setIconCode(switch (s) {
            case TAKEN -> MaterialDesignC.CHECK_CIRCLE;
            case SKIPPED -> MaterialDesignM.MINUS_CIRCLE_OUTLINE;
            case OPEN -> MaterialDesignC.CLOCK_OUTLINE;
        });
        boolean open = s == DoseRowModel.State.OPEN;
        for (Button b : actions) {
            b.setVisible(open);
            b.setManaged(open);
        }
        undo.setVisible(!open);
        undo.setManaged(!open);
        if (!open) row.closeForm();
    }
}
