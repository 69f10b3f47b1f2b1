package org.carejournal.ui.reminders;

import org.carejournal.ui.LearnContext;
import org.carejournal.library.LearnSignal;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.carejournal.ui.PsaIntervalChoice;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The Reminders screen: overdue reminders first and highlighted, then those due in the next week, the
 * later ones, the coming appointments, and (folded away) those done or dismissed. Node id
 * {@code remindersView}; groups {@code group-overdue}, {@code group-dueSoon}, {@code group-later},
 * {@code group-done}; appointments {@code appointments}.
 */
public final class RemindersView extends BorderPane implements LearnContext, ReminderCard.Actions {
    private final RemindersViewModel vm;
    private final Consumer<String> addFromCatalog;
    private boolean shownBefore;

    /**
     * @param exportCalendar writes the calendar file (the shell owns the file chooser and the export)
     * @param addFromCatalog opens the medicine editor with the catalog entry of this key chosen
     * @param questions      the questions for the next appointment, shown under the appointments
     */
    public RemindersView(RemindersViewModel vm, Runnable exportCalendar, Consumer<String> addFromCatalog,
                         Node questions) {
        this.vm = vm;
        this.addFromCatalog = addFromCatalog;
        setId("remindersView");
        setPadding(new Insets(12));
        getStylesheets().add(getClass().getResource(ReminderStyles.CSS).toExternalForm());

        Label title = new Label("Reminders");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Button addAppointment = new Button("Add an appointment…", new FontIcon(MaterialDesignC.CALENDAR_PLUS));
        addAppointment.setId("addAppointment");
        addAppointment.setOnAction(e -> AddDialogs.appointment(window(), vm).show());
        Button addReminder = new Button("Add a reminder…", new FontIcon(MaterialDesignB.BELL_PLUS_OUTLINE));
        addReminder.setId("addReminder");
        addReminder.setOnAction(e -> AddDialogs.reminder(window(), vm).show());
        Button export = new Button("Export to calendar…", new FontIcon(MaterialDesignC.CALENDAR_EXPORT));
        export.setId("exportCalendar");
        export.setOnAction(e -> exportCalendar.run());
        FlowPane toolbar = new FlowPane(10, 8, addAppointment, addReminder, export, psaInterval());
        toolbar.setAlignment(Pos.CENTER_LEFT);
        setTop(new VBox(8, title, toolbar));

        Label empty = new Label("Nothing is due. The journal will remind you when a PSA test is due, a few days "
                + "before each injection or infusion, and about the tests and checks that go with your medicines, "
                + "such as a dental checkup before a bone drug. Appointments you add get a reminder two days before.");
        empty.setId("remindersEmpty");
        empty.setWrapText(true);
        empty.getStyleClass().addAll(Styles.CARD, Styles.EMPTY_STATE);
        empty.visibleProperty().bind(vm.loadedProperty().and(vm.nothingOpenProperty()));
        empty.managedProperty().bind(empty.visibleProperty());

        TitledPane done = new TitledPane();
        done.setId("group-done");
        done.textProperty().bind(Bindings.size(vm.done()).asString("Done or dismissed (%d)"));
        done.setExpanded(false);
        done.setContent(cards(vm.done()));
        done.visibleProperty().bind(Bindings.isNotEmpty(vm.done()));
        done.managedProperty().bind(done.visibleProperty());

        VBox content = new VBox(14, empty,
                group("group-overdue", "Overdue", vm.overdue()),
                group("group-dueSoon", "Due in the next 7 days", vm.dueSoon()),
                group("group-later", "Later", vm.later()),
                new AppointmentList(vm),
                questions,
                done);
        content.setPadding(new Insets(8, 4, 8, 0));
        ScrollPane page = new ScrollPane(content);
        page.setFitToWidth(true);
        page.setId("remindersScroll");
        page.getStyleClass().add("edge-to-edge");
        BorderPane.setMargin(page, new Insets(8, 0, 8, 0));
        setCenter(page);

        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        Label problem = new Label();
        problem.setId("problem");
        problem.setWrapText(true);
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(vm.problemProperty());
        for (Label l : new Label[] {status, problem}) l.managedProperty().bind(l.textProperty().isNotEmpty());
        setBottom(new VBox(2, status, problem));

        // The plan changes on the medication screens: bring the reminders up to date each time this comes back.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            if (shownBefore) vm.load();
            shownBefore = true;
        });
    }

    /** A heading with its count and one card per reminder; hidden while the group is empty. */
    private VBox group(String id, String name, ObservableList<ReminderRow> rows) {
        Label heading = new Label();
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.textProperty().bind(Bindings.size(rows).asString(name + " (%d)"));
        VBox box = new VBox(8, heading, cards(rows));
        box.setId(id);
        box.getStyleClass().add(ReminderStyles.GROUP);
        box.visibleProperty().bind(Bindings.isNotEmpty(rows));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private VBox cards(ObservableList<ReminderRow> rows) {
        VBox cards = new VBox(8);
        Runnable fill = () -> cards.getChildren().setAll(rows.stream().map(r -> new ReminderCard(r, this)).toList());
        rows.addListener((ListChangeListener<ReminderRow>) c -> fill.run());
        fill.run();
        return cards;
    }

    @Override
    public void done(ReminderRow row) {
        ReminderDialogs.done(window(), vm, row).show();
    }

    @Override
    public void snooze(ReminderRow row) {
        ReminderDialogs.snooze(window(), vm, row).show();
    }

    @Override
    public void dismiss(ReminderRow row) {
        ReminderDialogs.dismiss(window(), vm, row).show();
    }

    /** "PSA test every [3 months]": the interval the psa-due reminder counts from the last result. */
    private HBox psaInterval() {
        ComboBox<Integer> months = PsaIntervalChoice.create("psaInterval");
        vm.psaIntervalMonthsProperty().addListener((obs, was, is) -> months.setValue(is.intValue()));
        months.setOnAction(e -> {
            if (months.getValue() != null) vm.setPsaIntervalMonths(months.getValue());
        });
        Label label = new Label("PSA test every");
        label.setLabelFor(months);
        HBox box = new HBox(6, label, months);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    @Override
    public void addToPlan(String catalogKey) {
        addFromCatalog.accept(catalogKey);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** The coming appointments, each with a Delete button that asks first. */
    private static final class AppointmentList extends VBox {
        private final RemindersViewModel vm;
        private final VBox rows = new VBox(4);

        AppointmentList(RemindersViewModel vm) {
            super(8);
            this.vm = vm;
            setId("appointments");
            getStyleClass().add(Styles.CARD);
            Label heading = new Label("Coming appointments");
            heading.getStyleClass().add(Styles.SECTION_TITLE);
            Label none = new Label("No appointments yet. Add one to be reminded to prepare for it.");
            none.getStyleClass().add(Styles.HINT);
            none.setWrapText(true);
            none.visibleProperty().bind(Bindings.isEmpty(vm.appointments()));
            none.managedProperty().bind(none.visibleProperty());
            getChildren().addAll(heading, none, rows);
            vm.appointments().addListener((ListChangeListener<AppointmentRow>) c -> fill());
            fill();
        }

        private void fill() {
            rows.getChildren().setAll(vm.appointments().stream().map(this::row).toList());
        }

        private HBox row(AppointmentRow a) {
            Label when = new Label(a.when());
            when.getStyleClass().add(Styles.METRIC_NAME);
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label details = new Label(a.details());
            details.setWrapText(true);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button delete = new Button("Delete…");
            delete.setId("deleteAppointment-" + a.id());
            delete.setAccessibleText("Delete the appointment on " + a.when());
            delete.setMinWidth(Region.USE_PREF_SIZE);
            delete.setOnAction(e -> confirmDelete(a));
            HBox row = new HBox(12, when, details, gap, delete);
            row.setId("appointment-" + a.id());
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(ReminderStyles.APPOINTMENT);
            return row;
        }

        private void confirmDelete(AppointmentRow a) {
            Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                    "Delete the appointment with " + a.appointment().with() + " on " + a.when()
                            + "? Its reminder to prepare goes too.", ButtonType.OK, ButtonType.CANCEL);
            ask.setHeaderText("Delete this appointment?");
            ask.initOwner(getScene() == null ? null : getScene().getWindow());
            ask.getDialogPane().setId("deleteAppointmentDialog");
            ask.showAndWait().filter(b -> b == ButtonType.OK).ifPresent(b -> vm.deleteAppointment(a));
        }
    }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }
}
