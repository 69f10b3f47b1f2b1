package org.carejournal.ui.today;

import org.carejournal.ui.LearnContext;
import org.carejournal.library.LearnSignal;
import javafx.collections.ObservableList;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.collections.SetChangeListener;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The daily check-in, built for a tired hand and poor eyes: every symptom is one key press, Enter or
 * Ctrl+S saves, and the red flags not yet read stay at the top.
 */
public final class TodayView extends BorderPane implements LearnContext {
    private final TodayViewModel vm;
    private final VBox ratingRows = new VBox(2);
    private final List<RatingRow> rows = new ArrayList<>();
    private final Label dayTitle = new Label();
    private final Label daySubtitle = new Label();
    private final PainSection pain;
    private final VBox content;
    private final ScrollPane page;

    /** @param chooseSymptoms opens the list of tracked symptoms (the shell owns windows) */
    public TodayView(TodayViewModel vm, Runnable chooseSymptoms) {
        this.vm = vm;
        this.pain = new PainSection(vm);
        setId("todayView");
        setPadding(new Insets(12));

        dayTitle.setId("dayTitle");
        dayTitle.getStyleClass().add(Styles.PAGE_TITLE);
        dayTitle.setWrapText(true);
        dayTitle.setMinWidth(0);
        Button symptoms = new Button("Choose symptoms…", new FontIcon(MaterialDesignF.FORMAT_LIST_CHECKS));
        symptoms.setId("chooseSymptoms");
        symptoms.setMinWidth(Region.USE_PREF_SIZE);
        symptoms.setOnAction(e -> chooseSymptoms.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        daySubtitle.setId("daySubtitle");
        daySubtitle.getStyleClass().add(Styles.HINT);
        daySubtitle.setWrapText(true);   // at large text the line wraps rather than losing its end
        HBox heading = new HBox(12, new VBox(2, dayTitle, daySubtitle), gap, symptoms);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label dateError = Fields.message("dayError", vm.dateErrorProperty());
        setTop(new VBox(8, heading, new CalendarStrip(vm), dateError, new FlagBanners(vm)));

        content = new VBox(12, symptomsCard(), pain, signsCard(), temperatureAndNoteCard());
        content.setPadding(new Insets(8, 4, 8, 0));
        page = new ScrollPane(content);
        page.setFitToWidth(true);
        page.getStyleClass().add("edge-to-edge");
        page.setId("todayScroll");
        BorderPane.setMargin(page, new Insets(8, 0, 8, 0));
        setCenter(page);
        setBottom(saveBar());

        vm.rows().addListener((ListChangeListener<RatingRowModel>) c -> buildRows());
        vm.dayProperty().addListener(obs -> showDay());
        vm.savedProperty().addListener(obs -> showDay());
        addEventFilter(KeyEvent.KEY_PRESSED, this::saveKeys);
        // A ScrollPane does not follow the keyboard focus by itself; the check-in is done by keyboard.
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) scene.focusOwnerProperty().addListener((o, was, now) -> reveal(now));
        });
        buildRows();
        showDay();
    }

    private VBox symptomsCard() {
        Label title = new Label("How are your symptoms today?");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("0 = none, 10 = worst imaginable. Type a number to rate a symptom and move to the next; "
                + "↑ and ↓ change it (↑ from 9 gives 10). Enter or Ctrl+S saves.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        Button none = new Button("No symptoms today", new FontIcon(MaterialDesignC.CHECK_ALL));
        none.setId("noSymptoms");
        none.setOnAction(e -> {
            vm.noSymptomsToday();
            pain.now.requestFocus();
        });
        Label error = Fields.message("ratingsError", vm.ratingsErrorProperty());
        VBox card = new VBox(8, title, hint, none, error, ratingRows);
        card.getStyleClass().add(Styles.CARD);
        card.setId("symptomsCard");
        return card;
    }

    private VBox signsCard() {
        Label title = new Label("Any of these today?");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("Tick only what is true today. These help the journal tell you when to call your care team.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        TilePane signs = new TilePane(12, 6);
        signs.setPrefColumns(2);
        signs.setTileAlignment(Pos.CENTER_LEFT);
        for (WarningSign s : WarningSign.values()) {
            CheckBox c = new CheckBox(s.label());
            c.setId("sign-" + s.name().toLowerCase());
            c.setWrapText(true);
            c.selectedProperty().addListener((obs, old, on) -> {
                if (on) vm.signs().add(s); else vm.signs().remove(s);
            });
            vm.signs().addListener((SetChangeListener<WarningSign>) ch -> c.setSelected(vm.signs().contains(s)));
            signs.getChildren().add(c);
        }
        VBox card = new VBox(8, title, hint, signs);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private VBox temperatureAndNoteCard() {
        TextField temp = new TextField();
        temp.setId("temperature");
        temp.setPrefColumnCount(5);
        temp.setPromptText("e.g. 37.2");
        ToggleGroup units = new ToggleGroup();
        HBox unitBox = new HBox();
        unitBox.getStyleClass().add("segmented");
        for (Temperature.Unit u : Temperature.Unit.values()) {
            ToggleButton b = new ToggleButton(u.symbol());
            b.setId("unit-" + u.name().toLowerCase());
            b.setToggleGroup(units);
            b.setUserData(u);
            b.setSelected(u == vm.temperatureUnitProperty().get());
            unitBox.getChildren().add(b);
        }
        units.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) old.setSelected(true);
            else vm.temperatureUnitProperty().set((Temperature.Unit) t.getUserData());
        });
        vm.temperatureUnitProperty().addListener((obs, old, u) -> units.getToggles().forEach(t -> t.setSelected(t.getUserData() == u)));
        HBox tempRow = new HBox(6, temp, unitBox);
        tempRow.setAlignment(Pos.CENTER_LEFT);
        temp.textProperty().bindBidirectional(vm.temperatureProperty());
        VBox tempField = Fields.labelled("Temperature (if you took it)", tempRow, temp, vm.temperatureErrorProperty());

        TextArea note = new TextArea();
        note.setId("note");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.setPromptText("Anything else about today: what you did, how you slept, questions for the team");
        note.textProperty().bindBidirectional(vm.noteProperty());
        Label noteLabel = new Label("Note");
        noteLabel.setLabelFor(note);
        VBox noteBox = new VBox(3, noteLabel, note);
        HBox.setHgrow(noteBox, Priority.ALWAYS);
        FlowPane row = new FlowPane(16, 8, tempField, noteBox);
        noteBox.prefWidthProperty().bind(row.widthProperty().multiply(0.6));
        VBox card = new VBox(8, row);
        card.getStyleClass().add(Styles.CARD);
        return card;
    }

    private HBox saveBar() {
        Label status = new Label();
        status.setId("status");
        status.setWrapText(true);
        status.setMinWidth(0);
        status.textProperty().bind(vm.statusProperty());
        Button save = new Button("Save check-in", new FontIcon(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.setId("saveCheckIn");
        save.getStyleClass().add("accent");
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(12, status, gap, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add(Styles.UNDO_BAR);
        return bar;
    }

    /** Ctrl+S anywhere, and Enter outside the note and outside buttons (which Enter would press), save. */
    private void saveKeys(KeyEvent e) {
        boolean ctrlS = e.getCode() == KeyCode.S && e.isShortcutDown();
        Node target = getScene() == null ? null : getScene().getFocusOwner();
        boolean enter = e.getCode() == KeyCode.ENTER && !e.isShiftDown() && !(target instanceof TextArea)
                && !(target instanceof Button);
        if (ctrlS || enter) {
            vm.save();
            e.consume();
        }
    }

    /** Scrolls the page so that {@code node} (somewhere in it) is in view. */
    void reveal(Node node) {
        if (node == null || !isInPage(node)) return;
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double viewport = page.getViewportBounds().getHeight();
        double extra = content.getHeight() - viewport;
        if (extra <= 0) return;
        double top = page.getVvalue() * extra;
        if (b.getMinY() < top) page.setVvalue(Math.max(0, b.getMinY() - 8) / extra);
        else if (b.getMaxY() > top + viewport) page.setVvalue(Math.min(extra, b.getMaxY() + 8 - viewport) / extra);
    }

    private boolean isInPage(Node node) {
        for (Node n = node; n != null; n = n.getParent()) if (n == content) return true;
        return false;
    }

    private void buildRows() {
        rows.clear();
        ratingRows.getChildren().clear();
        for (int i = 0; i < vm.rows().size(); i++) {
            int next = i + 1;
            RatingRow row = new RatingRow(vm.rows().get(i), () -> focusRow(next));
            rows.add(row);
            ratingRows.getChildren().add(row);
        }
    }

    private void focusRow(int index) {
        if (index < rows.size()) rows.get(index).requestFocus();
        else {
            pain.now.requestFocus();
            pain.now.selectAll();   // typing replaces what is there, as after a Tab
        }
    }

    private void showDay() {
        var d = vm.dayProperty().get();
        if (d == null) return;
        String name = DayNames.describe(d, vm.today());
        dayTitle.setText(Character.toUpperCase(name.charAt(0)) + name.substring(1));
        daySubtitle.setText(vm.savedProperty().get() ? "Check-in saved. Change anything and save again."
                : "No check-in saved for this day yet.");
        // Ready for the first key press: the first symptom has the focus.
        Platform.runLater(() -> {
            if (!rows.isEmpty() && getScene() != null) rows.get(0).requestFocus();
        });
    }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }
}
