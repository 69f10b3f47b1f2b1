package org.carejournal.ui.medications.editor;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carejournal.care.meds.ScheduleField;
import org.carejournal.care.meds.ScheduleOffer;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/**
 * The schedule part of the editor: the catalog's usual schedules as one-click choices, the rhythm, and
 * the fields that rhythm uses (the others are hidden), each with its message beneath.
 */
final class ScheduleFormPane extends VBox {
    private final MedicationEditorViewModel vm;
    private final ScheduleFormModel form;
    private final FlowPane offers = new FlowPane(6, 6);
    private final ToggleGroup offerGroup = new ToggleGroup();
    private final List<Runnable> onKindChange = new ArrayList<>();

    ScheduleFormPane(MedicationEditorViewModel vm) {
        this.vm = vm;
        this.form = vm.form();
        setSpacing(10);
        Label heading = new Label(vm.isChanging() ? "New plan" : "How it is taken");
        heading.getStyleClass().add(Styles.SECTION_TITLE);

        offers.setId("offers");
        Label offersLabel = new Label("Usual schedules (one click fills the form)");
        VBox offerBox = new VBox(4, offersLabel, offers);
        offerBox.visibleProperty().bind(Bindings.isNotEmpty(vm.offers()));
        offerBox.managedProperty().bind(offerBox.visibleProperty());
        vm.offers().addListener((ListChangeListener<ScheduleOffer>) c -> fillOffers());
        vm.offerProperty().addListener(obs -> selectOffer());
        fillOffers();

        getChildren().addAll(heading, offerBox, kindChoice(), dates(), rhythmRow(), doseBox());
        form.kindProperty().addListener(obs -> onKindChange.forEach(Runnable::run));
        onKindChange.forEach(Runnable::run);
    }

    private void fillOffers() {
        offers.getChildren().clear();
        offerGroup.getToggles().clear();
        for (int i = 0; i < vm.offers().size(); i++) {
            ScheduleOffer o = vm.offers().get(i);
            ToggleButton b = new ToggleButton(o.label());
            b.setId("offer" + i);
            b.setUserData(o);
            b.getStyleClass().add(EditorStyles.OFFER);
            b.setToggleGroup(offerGroup);
            b.setOnAction(e -> vm.applyOffer(o));
            offers.getChildren().add(b);
        }
        selectOffer();
    }

    private void selectOffer() {
        offerGroup.getToggles().forEach(t -> t.setSelected(t.getUserData() == vm.offerProperty().get()));
    }

    private Node kindChoice() {
        ToggleGroup group = new ToggleGroup();
        FlowPane kinds = new FlowPane(14, 6);
        for (ScheduleKind k : ScheduleKind.values()) {
            RadioButton r = new RadioButton(EditorText.kind(k));
            r.setId("kind" + k.name());
            r.setUserData(k);
            r.setToggleGroup(group);
            r.setOnAction(e -> form.kindProperty().set(k));
            kinds.getChildren().add(r);
        }
        Runnable sync = () -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == form.kindProperty().get()));
        onKindChange.add(sync);
        Label hint = new Label();
        hint.setId("kindHint");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        onKindChange.add(() -> hint.setText(EditorText.kindHint(form.kindProperty().get())));
        Label label = new Label("How often");
        return new VBox(4, label, kinds, hint, Fields.message("kindError", form.errorProperty(ScheduleField.KIND)));
    }

    private Node dates() {
        VBox start = dateField("scheduleStart", form.startProperty(), form.errorProperty(ScheduleField.START));
        ((Label) start.getChildren().get(0)).textProperty().bind(vm.startLabelProperty());
        if (vm.isChanging()) {
            Label hint = new Label("Doses before this day keep the plan they had.");
            hint.getStyleClass().add(Styles.HINT);
            hint.setWrapText(true);
            start.getChildren().add(hint);
        }
        VBox end = dateField("scheduleEnd", form.endProperty(), form.errorProperty(ScheduleField.END));
        Label endLabel = (Label) end.getChildren().get(0);
        onKindChange.add(() -> endLabel.setText(form.kindProperty().get() == ScheduleKind.ONCE
                ? "Last day (for an event over several days)" : "Last day (leave empty while it goes on)"));
        shownFor(end, ScheduleField.END);
        return new FlowPane(16, 8, start, end);
    }

    /**
     * A typed date with a calendar button beside it. The text is what is checked, so an impossible date
     * such as 2026-02-30 gets a message (a DatePicker would quietly keep its last good date).
     */
    private VBox dateField(String id, StringProperty text, StringProperty error) {
        TextField date = new TextField();
        date.setId(id);
        date.setPromptText("YYYY-MM-DD");
        date.getStyleClass().add(Styles.DATE_FIELD);
        date.textProperty().bindBidirectional(text);
        DatePicker calendar = DatePickers.create(id + "Calendar", "");
        calendar.setEditable(false);
        calendar.getStyleClass().add(Styles.CALENDAR_BUTTON);
        calendar.setAccessibleText("Choose the date on a calendar");
        calendar.setOnShowing(e -> calendar.setValue(DatePickers.parse(date.getText())));
        calendar.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) date.setText(DatePickers.DATE.format(picked));
        });
        return Fields.labelled("", new HBox(4, date, calendar), date, error);
    }

    private Node timesBox() {
        List<TextField> fields = new ArrayList<>();
        HBox row = new HBox(6);
        for (int i = 0; i < ScheduleFormModel.TIME_FIELDS; i++) {
            TextField t = new TextField();
            t.setId("time" + i);
            t.setPromptText("HH:MM");
            t.getStyleClass().add(EditorStyles.TIME_FIELD);
            t.textProperty().bindBidirectional(form.timeProperty(i));
            t.setAccessibleText("Time of day " + (i + 1));
            fields.add(t);
            row.getChildren().add(t);
        }
        Label label = new Label();
        label.setLabelFor(fields.get(0));
        StringProperty error = form.errorProperty(ScheduleField.TIMES);
        Label message = Fields.message("timesError", error);
        // Only boxes with something typed are wrong, unless all are empty (then the time is missing).
        error.addListener((obs, old, now) -> {
            boolean allEmpty = fields.stream().allMatch(f -> f.getText() == null || f.getText().isBlank());
            fields.forEach(f -> markInvalid(f, !now.isEmpty() && (allEmpty || !f.getText().isBlank())));
        });
        onKindChange.add(() -> {
            boolean daily = form.kindProperty().get() == ScheduleKind.DAILY;
            label.setText(daily ? "Times of day (up to 4; leave the others empty)" : "Time of day");
            for (int i = 1; i < fields.size(); i++) {
                fields.get(i).setVisible(daily);
                fields.get(i).setManaged(daily);
            }
        });
        VBox box = new VBox(3, label, row, message);
        shownFor(box, ScheduleField.TIMES);
        return box;
    }

    /** The time, the interval and the number of doses share a row: a rhythm uses one to three of them. */
    private Node rhythmRow() {
        FlowPane row = new FlowPane(16, 8, timesBox());
        row.getChildren().addAll(rhythmBoxes());
        return row;
    }

    private List<Node> rhythmBoxes() {
        TextField interval = new TextField();
        interval.setId("interval");
        interval.getStyleClass().add(EditorStyles.NUMBER_FIELD);
        interval.textProperty().bindBidirectional(form.intervalProperty());
        ComboBox<ChronoUnit> unit = new ComboBox<>();
        unit.setId("intervalUnit");
        unit.setConverter(MedicineChooser.labels(EditorText::unit));
        unit.valueProperty().bindBidirectional(form.unitProperty());
        onKindChange.add(() -> {
            ChronoUnit chosen = form.unitProperty().get();
            if (form.kindProperty().get() == ScheduleKind.CYCLE) unit.getItems().setAll(ChronoUnit.DAYS, ChronoUnit.WEEKS);
            else unit.getItems().setAll(ChronoUnit.DAYS, ChronoUnit.WEEKS, ChronoUnit.MONTHS);
            form.unitProperty().set(unit.getItems().contains(chosen) ? chosen : ChronoUnit.DAYS);
        });
        HBox row = new HBox(6, interval, unit);
        VBox intervalBox = Fields.labelled("Every", row, interval, form.errorProperty(ScheduleField.INTERVAL));
        shownFor(intervalBox, ScheduleField.INTERVAL);

        TextField doses = new TextField();
        doses.setId("doseCount");
        doses.getStyleClass().add(EditorStyles.NUMBER_FIELD);
        VBox dosesBox = Fields.labelled(vm.isChanging() ? "Number of doses from that day on" : "Number of doses",
                doses, form.dosesProperty(), form.errorProperty(ScheduleField.DOSES));
        shownFor(dosesBox, ScheduleField.DOSES);
        return List.of(intervalBox, dosesBox);
    }

    private Node doseBox() {
        TextField dose = new TextField();
        dose.setId("dose");
        dose.setPromptText("e.g. 22.5 mg or 1 tablet");
        dose.getStyleClass().add(EditorStyles.TEXT_FIELD);
        VBox doseField = Fields.labelled("Dose (as on the label)", dose, form.doseProperty(), form.errorProperty(ScheduleField.DOSE));
        shownFor(doseField, ScheduleField.DOSE);

        TextField instruction = new TextField();
        instruction.setId("instruction");
        instruction.getStyleClass().add(EditorStyles.TEXT_FIELD);
        VBox instructionField = Fields.labelled("", instruction, form.instructionProperty(),
                form.errorProperty(ScheduleField.INSTRUCTION));
        Label label = (Label) instructionField.getChildren().get(0);
        onKindChange.add(() -> {
            ScheduleKind k = form.kindProperty().get();
            label.setText(k == ScheduleKind.AS_NEEDED ? "What the label allows" : k == ScheduleKind.ONCE
                    ? "Note (optional)" : "Note (optional), e.g. \"on an empty stomach\"");
            instruction.setPromptText(k == ScheduleKind.AS_NEEDED ? "e.g. up to 4 times a day" : "");
        });
        shownFor(instructionField, ScheduleField.INSTRUCTION);
        return new FlowPane(16, 8, doseField, instructionField);
    }

    private void shownFor(Node node, ScheduleField field) {
        onKindChange.add(() -> {
            boolean shown = form.uses(field);
            node.setVisible(shown);
            node.setManaged(shown);
        });
    }

    private static void markInvalid(Control c, boolean invalid) {
        if (!invalid) c.getStyleClass().remove(Styles.INVALID);
        else if (!c.getStyleClass().contains(Styles.INVALID)) c.getStyleClass().add(Styles.INVALID);
    }
}
