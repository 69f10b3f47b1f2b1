package org.carejournal.ui.summary;

import java.io.File;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.carejournal.library.LearnSignal;
import org.carejournal.report.summary.Audience;
import org.carejournal.report.summary.Paper;
import org.carejournal.report.summary.Period;
import org.carejournal.report.summary.Section;
import org.carejournal.ui.LearnContext;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Summary screen: the choices on the left, the pages as they will print on the right, and Save as
 * PDF and Print. Node ids: {@code summaryView}, {@code period}, {@code customFrom}, {@code customTo},
 * {@code audience}, {@code section-NAME}, {@code largePrint}, {@code paper}, {@code savePdf},
 * {@code printSummary}, {@code cancelSummary}, {@code summaryProgress}, {@code summaryStatus},
 * {@code summaryPages}.
 */
public final class SummaryView extends BorderPane implements LearnContext {
    private static final String CSS = "/org/carejournal/ui/summary/summary.css";

    private final SummaryViewModel vm;
    private final VBox pages = new VBox(16);

    public SummaryView(SummaryViewModel vm) {
        this.vm = vm;
        setId("summaryView");
        getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        setPadding(new Insets(12));

        Label title = new Label("Appointment summary");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label hint = new Label("Pages to print or save for your care team, made from your own records.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);

        ComboBox<Period> period = choice("period", Period.values(), vm.periodProperty(), Period::label);
        DatePicker from = datePicker("customFrom", "From");
        from.valueProperty().bindBidirectional(vm.customFromProperty());
        DatePicker to = datePicker("customTo", "To");
        to.valueProperty().bindBidirectional(vm.customToProperty());
        HBox custom = new HBox(8, from, to);
        custom.visibleProperty().bind(vm.periodProperty().isEqualTo(Period.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());
        Label periodText = new Label();
        periodText.setId("periodText");
        periodText.getStyleClass().add(Styles.HINT);
        periodText.textProperty().bind(vm.periodTextProperty());

        ComboBox<Audience> audience = choice("audience", Audience.values(), vm.audienceProperty(), Audience::label);
        VBox sectionBoxes = new VBox(4);
        for (Section s : Section.values()) sectionBoxes.getChildren().add(sectionBox(s));

        CheckBox largePrint = new CheckBox("Large print");
        largePrint.setId("largePrint");
        largePrint.getStyleClass().add(Styles.VIEW_ONLY);
        largePrint.selectedProperty().bindBidirectional(vm.largePrintProperty());
        ComboBox<Paper> paper = choice("paper", Paper.values(), vm.paperProperty(), SummaryView::paperName);

        Button save = new Button("Save as PDF…", new FontIcon(MaterialDesignF.FILE_PDF_BOX));
        save.setId("savePdf");
        save.getStyleClass().add(Styles.VIEW_ONLY);
        save.setOnAction(e -> chooseFileAndSave());
        Button print = new Button("Print…", new FontIcon(MaterialDesignP.PRINTER));
        print.setId("printSummary");
        print.getStyleClass().add(Styles.VIEW_ONLY);
        print.setOnAction(e -> vm.print());
        save.disableProperty().bind(vm.busyProperty());
        print.disableProperty().bind(vm.busyProperty());
        HBox actions = new HBox(8, save, print);

        ProgressBar progress = new ProgressBar();
        progress.setId("summaryProgress");
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        Button cancel = new Button("Cancel", new FontIcon(MaterialDesignC.CLOSE));
        cancel.setId("cancelSummary");
        cancel.getStyleClass().add(Styles.VIEW_ONLY);
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox working = new HBox(8, progress, cancel);
        working.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label();
        status.setId("summaryStatus");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        Label paperLabel = new Label("Paper");
        paperLabel.setLabelFor(paper);
        VBox choices = new VBox(10,
                label("Period", period), period, custom, periodText,
                label("For", audience), audience, sectionBoxes,
                largePrint, new HBox(8, paperLabel, paper),
                actions, working, status);
        choices.getStyleClass().add("summary-choices");
        ScrollPane choicesScroll = new ScrollPane(choices);
        choicesScroll.setFitToWidth(true);
        choicesScroll.getStyleClass().add("edge-to-edge");

        pages.setId("summaryPages");
        pages.setAlignment(Pos.TOP_CENTER);
        pages.setPadding(new Insets(12));
        pages.getStyleClass().add("summary-pages");
        ScrollPane pageScroll = new ScrollPane(pages);
        pageScroll.setFitToWidth(true);
        vm.pages().addListener((ListChangeListener<Image>) c -> showPages(pageScroll));

        setTop(new VBox(4, title, hint));
        setLeft(choicesScroll);
        setCenter(pageScroll);
        BorderPane.setMargin(choicesScroll, new Insets(8, 12, 0, 0));
        BorderPane.setMargin(pageScroll, new Insets(8, 0, 0, 0));

        // Any change of choice shows the pages again, once the clicking has paused: a preset changes
        // several sections at once, and each preview takes a moment to make.
        PauseTransition settle = new PauseTransition(Duration.millis(250));
        settle.setOnFinished(e -> vm.preview());
        InvalidationListener again = o -> settle.playFromStart();
        vm.periodProperty().addListener(again);
        vm.customFromProperty().addListener(again);
        vm.customToProperty().addListener(again);
        vm.sections().addListener(again);
        vm.largePrintProperty().addListener(again);
        vm.paperProperty().addListener(again);
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) vm.load();
        });
    }

    private CheckBox sectionBox(Section s) {
        CheckBox box = new CheckBox(s.title());
        box.setId("section-" + s.name());
        box.getStyleClass().add(Styles.VIEW_ONLY);
        box.setSelected(vm.sections().contains(s));
        vm.sections().addListener((SetChangeListener<Section>) c -> box.setSelected(vm.sections().contains(s)));
        box.setOnAction(e -> {
            if (box.isSelected()) vm.sections().add(s);
            else vm.sections().remove(s);
        });
        return box;
    }

    private void showPages(ScrollPane scroll) {
        pages.getChildren().clear();
        for (Image page : vm.pages()) {
            ImageView view = new ImageView(page);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            // As wide as the preview area allows, never wider than the page was drawn.
            view.fitWidthProperty().bind(scroll.widthProperty().subtract(48).map(w -> Math.min(w.doubleValue(), page.getWidth())));
            view.getStyleClass().add("summary-page");
            view.setAccessibleText("A page of the summary");
            pages.getChildren().add(view);
        }
    }

    private void chooseFileAndSave() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save the summary");
        chooser.setInitialFileName(vm.suggestedFileName());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF document (*.pdf)", "*.pdf"));
        File f = chooser.showSaveDialog(getScene().getWindow());
        if (f != null) vm.save(f.toPath());
    }

    private static <T> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> value, Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.getStyleClass().add(Styles.VIEW_ONLY);
        box.valueProperty().bindBidirectional(value);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T t) { return t == null ? "" : name.apply(t); }

            @Override
            public T fromString(String s) { return null; }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static DatePicker datePicker(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.getStyleClass().add(Styles.VIEW_ONLY);
        p.setPromptText(prompt);
        p.getEditor().setPrefColumnCount(9);
        return p;
    }

    /** A heading that also names its control for a screen reader. */
    private static Label label(String text, Node control) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        l.setLabelFor(control);
        return l;
    }

    private static String paperName(Paper p) {
        return p == Paper.A4 ? "A4" : "US Letter";
    }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }
}
