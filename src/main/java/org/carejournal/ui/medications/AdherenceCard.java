package org.carejournal.ui.medications;

import javafx.beans.value.ObservableDoubleValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Styles;

/**
 * Adherence: the period buttons, each medicine's share of planned doses taken (words and a bar), the
 * overall figure and the weekly chart. Node ids: {@code period-NAME}, {@code adherenceRows},
 * {@code adherenceOverall}, {@code adherenceChart}.
 */
final class AdherenceCard extends VBox {
    private final AdherenceModel model;
    private final GridPane rows = new GridPane();
    private final Label overall = new Label();
    private final AdherenceChart chart = new AdherenceChart();
    private final ObservableDoubleValue fontSize;

    AdherenceCard(AdherenceModel model, ObservableDoubleValue fontSize) {
        super(10);
        this.model = model;
        this.fontSize = fontSize;
        setId("adherenceCard");
        getStyleClass().add(Styles.CARD);
        Label title = new Label("How often doses were taken");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Label hint = new Label("The share of planned doses recorded as taken. Doses taken when needed are not counted. "
                + "In the chart each bar is a week: blue for the doses taken, grey for the rest of that week's planned doses.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        HBox periods = new HBox();
        periods.getStyleClass().add("segmented");
        for (AdherencePeriod p : AdherencePeriod.values()) {
            ToggleButton b = new ToggleButton(p.label());
            b.setId("period-" + p.name().toLowerCase());
            b.getStyleClass().add(MedStyles.PERIOD_BUTTON);
            b.setUserData(p);
            b.setToggleGroup(group);
            b.setSelected(p == model.periodProperty().get());
            periods.getChildren().add(b);
        }
        model.periodProperty().addListener((obs, old, p) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == p).findFirst().ifPresent(group::selectToggle));
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) old.setSelected(true);   // one period is always chosen
            else model.periodProperty().set((AdherencePeriod) t.getUserData());
        });

        rows.setId("adherenceRows");
        ColumnConstraints name = new ColumnConstraints();
        name.setPercentWidth(30);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setPercentWidth(25);
        ColumnConstraints figure = new ColumnConstraints();
        figure.setPercentWidth(45);
        rows.getColumnConstraints().setAll(name, bar, figure);
        rows.setHgap(12);
        rows.setVgap(6);
        overall.setId("adherenceOverall");
        overall.getStyleClass().add(MedStyles.ADHERENCE_OVERALL);
        overall.setWrapText(true);
        FlowPane top = new FlowPane(12, 8, periods);
        top.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, hint, top, overall, rows, chart);

        model.perMedicine().addListener((ListChangeListener<AdherenceRow>) c -> showRows());
        model.overallProperty().addListener(obs -> showRows());
        model.weekly().addListener((ListChangeListener<Object>) c -> showChart());
        fontSize.addListener(obs -> showChart());
        showRows();
        showChart();
    }

    private void showRows() {
        rows.getChildren().clear();
        int i = 0;
        for (AdherenceRow r : model.perMedicine()) {
            Label name = new Label(r.name());
            name.setWrapText(true);
            Label figure = new Label(r.figure());
            figure.setId("adherence-" + i);
            figure.setWrapText(true);
            rows.addRow(i++, name, bar(r), figure);
        }
        AdherenceRow all = model.overallProperty().get();
        overall.setText(all == null ? "" : "All medicines: " + all.figure());
    }

    private static ProgressBar bar(AdherenceRow r) {
        ProgressBar bar = new ProgressBar(Math.max(0, r.fraction()));
        bar.getStyleClass().add(MedStyles.ADHERENCE_BAR);
        bar.setVisible(r.hasDoses());
        bar.setFocusTraversable(false);
        return bar;
    }

    private void showChart() {
        chart.show(model.weekly(), fontSize.get() <= 0 ? 12 : fontSize.get());
    }
}
