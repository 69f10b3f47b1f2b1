package org.carejournal.ui.medications;

import org.carejournal.ui.LearnContext;
import org.carejournal.library.LearnSignal;
import javafx.collections.ObservableList;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The Medicines screen, top to bottom: today's doses, missed doses, medicines taken when needed, the
 * plan with its treatment lines, and adherence. Built for a patient ticking off doses every day (large
 * targets, the keyboard reaches everything) and for a caregiver keeping the plan. Node id
 * {@code medicationsView}.
 */
public final class MedicationsView extends BorderPane implements LearnContext {
    private static final DateTimeFormatter TODAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.ENGLISH);
    private final MedicationsViewModel vm;
    private final VBox content;
    private final ScrollPane page;
    private boolean shownBefore;

    /**
     * @param openEditor    opens the medicine editor for a plan item, or for a new medicine when given null
     * @param chartFontSize the chart's label size in points, following the chosen text size
     */
    public MedicationsView(MedicationsViewModel vm, Consumer<PlanItem> openEditor, ObservableDoubleValue chartFontSize) {
        this.vm = vm;
        setId("medicationsView");
        getStyleClass().add(MedStyles.VIEW);
        getStylesheets().add(MedicationsView.class.getResource(MedStyles.CSS).toExternalForm());
        setPadding(new Insets(12));

        Label title = new Label("Medicines");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label date = new Label("Today is " + TODAY.format(vm.today()));
        date.getStyleClass().add(Styles.HINT);
        setTop(new VBox(2, title, date));

        VBox plan = new VBox(12, new PlanCard(vm, openEditor, this::askRemove), new LinesCard(vm, this::askDeleteLine),
                new AdherenceCard(vm.adherence(), chartFontSize));
        VBox doses = new VBox(12, todayCard(), missedCard(), new AsNeededCard(vm.doses()));
        VBox parts = new VBox(12, doses, plan);
        parts.visibleProperty().bind(vm.loadedProperty().and(vm.emptyProperty().not()));
        parts.managedProperty().bind(parts.visibleProperty());
        content = new VBox(12, emptyCard(openEditor), parts);
        content.setPadding(new Insets(8, 4, 8, 0));
        page = new ScrollPane(content);
        page.setFitToWidth(true);
        page.getStyleClass().add("edge-to-edge");
        page.setId("medicationsScroll");
        BorderPane.setMargin(page, new Insets(8, 0, 8, 0));
        setCenter(page);
        setBottom(statusBar());

        sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) return;
            // A ScrollPane does not follow the keyboard focus by itself; the checklist is used by keyboard.
            scene.focusOwnerProperty().addListener((o, was, now) -> reveal(now));
            // The plan may have changed on another screen (or in the editor's window): read it again.
            if (shownBefore) vm.load();
            shownBefore = true;
        });
    }

    private VBox todayCard() {
        Label title = new Label("Today's doses");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("Press Taken when you have taken a dose. With the keyboard, Tab moves from dose to dose "
                + "and Space or Enter marks the dose taken.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        Label none = new Label("No planned doses today.");
        none.setId("noDosesToday");
        none.visibleProperty().bind(Bindings.isEmpty(vm.doses().today()));
        none.managedProperty().bind(none.visibleProperty());
        VBox card = new VBox(8, title, hint, none, new DoseList(vm.doses().today(), vm.doses()));
        card.setId("todayDoses");
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private VBox missedCard() {
        Label title = new Label("Missed doses", new FontIcon(MaterialDesignA.ALERT_CIRCLE_OUTLINE));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("Planned doses of the last 14 days with nothing recorded. Say what happened to each: "
                + "taken, taken at another time, or skipped.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        VBox card = new VBox(8, title, hint, new DoseList(vm.doses().missed(), vm.doses()));
        card.setId("missedDoses");
        card.getStyleClass().addAll(Styles.CARD, MedStyles.MISSED_CARD);
        card.visibleProperty().bind(Bindings.isNotEmpty(vm.doses().missed()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private VBox emptyCard(Consumer<PlanItem> openEditor) {
        Label title = new Label("Your medicines, in one place");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label what = new Label("Add the medicines and treatments in your plan: daily tablets, injections every few "
                + "weeks or months, infusion cycles, and medicines you take only when needed.");
        Label then = new Label("Each day this page lists the doses that are due, so you can tick them off. It keeps track "
                + "of missed doses, and shows your care team how often doses were taken.");
        for (Label l : new Label[] {what, then}) l.setWrapText(true);
        Button add = new Button("Add a medicine…", new FontIcon(MaterialDesignP.PLUS));
        add.setId("addFirstMedicine");
        add.getStyleClass().addAll(MedStyles.DOSE_ACTION, "accent");
        add.setOnAction(e -> openEditor.accept(null));
        VBox card = new VBox(title, what, then, add);
        card.setId("medicationsEmpty");
        card.getStyleClass().addAll(Styles.CARD, MedStyles.EMPTY_CARD);
        card.visibleProperty().bind(vm.loadedProperty().and(vm.emptyProperty()));
        card.managedProperty().bind(card.visibleProperty());
        return card;
    }

    private HBox statusBar() {
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(vm.statusProperty());
        vm.problemProperty().addListener((obs, was, is) -> {
            if (is) status.getStyleClass().add(Styles.FIELD_ERROR); else status.getStyleClass().remove(Styles.FIELD_ERROR);
        });
        Button undo = new Button("Undo", new FontIcon(MaterialDesignU.UNDO));
        undo.setId("undoLast");
        undo.setMinWidth(Region.USE_PREF_SIZE);
        undo.visibleProperty().bind(vm.doses().canUndoProperty());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> vm.doses().undoLast());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, undo, gap);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.UNDO_BAR);
        return bar;
    }

    private void askRemove(PlanRow row) {
        vm.askRemove(row, q -> {
            switch (RemoveDialog.ask(getScene().getWindow(), q, row.past())) {
                case KEEP_HISTORY -> vm.remove(q.item());
                case DELETE -> vm.delete(q.item());
                case CANCEL -> { }
            }
        });
    }

    private void askDeleteLine(LineRow row) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "The medicines stay in the plan; only the mark of the line "
                + "is deleted.", ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(getScene().getWindow());
        a.setHeaderText("Delete the treatment line " + row.title() + "?");
        if (a.showAndWait().filter(b -> b == ButtonType.OK).isPresent()) vm.deleteLine(row);
    }

    /** Scrolls the page so that {@code node} (somewhere in it) is in view. */
    void reveal(Node node) {
        if (node == null || !isInside(node, content)) return;
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = page.getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (extra <= 0) return;
        double top = page.getVvalue() * extra;
        if (b.getMinY() < top) page.setVvalue(Math.max(0, b.getMinY() - 8) / extra);
        else if (b.getMaxY() > top + viewport) page.setVvalue(Math.min(extra, b.getMaxY() + 8 - viewport) / extra);
    }

    private static boolean isInside(Node node, Node parent) {
        for (Node n = node; n != null; n = n.getParent()) if (n == parent) return true;
        return false;
    }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }
}
