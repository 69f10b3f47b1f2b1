package org.carejournal.ui.labs;

import java.util.Comparator;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.Numbers;
import org.carejournal.ui.Styles;
import org.carejournal.charts.LabChartData;

/** Beside the chart: PSA kinetics with a plain sentence for each figure, or a summary for other tests. */
final class KineticsPanel extends VBox {

    KineticsPanel() {
        setId("kinetics");
        setSpacing(10);
        getStyleClass().add(Styles.CARD);
        setMinWidth(260);
    }

    void show(LabChartData data) {
        getChildren().clear();
        if (data == null) return;
        Label title = new Label(data.test().isPsa() ? "PSA trend" : data.test().displayName());
        title.getStyleClass().add(Styles.SECTION_TITLE);
        getChildren().add(title);
        if (data.pointCount() == 0) {
            getChildren().add(wrapped("No " + data.test().displayName() + " results in this range yet.", Styles.HINT));
            return;
        }
        if (data.kinetics() != null) showKinetics(data.kinetics());
        else showSummary(data);
    }

    private void showKinetics(KineticsReport k) {
        if (KineticsText.needsAttention(k)) {
            Label alert = wrapped("PSA meets, or may meet, the clinical-trial definition of PSA progression. "
                    + "This is not a diagnosis: talk to your care team at your next contact.", Styles.ALERT_BOX);
            alert.setId("progressionAlert");
            getChildren().add(alert);
        }
        for (KineticsText.Line line : KineticsText.lines(k)) {
            Label name = wrapped(line.name(), Styles.METRIC_NAME);
            Label value = wrapped(line.value(), Styles.METRIC_VALUE);
            value.setId("metric-" + line.id());
            Label why = wrapped(line.explanation(), Styles.HINT);
            getChildren().add(new VBox(1, name, value, why));
        }
        String counts = k.pointsUsed() + (k.pointsUsed() == 1 ? " value" : " values") + " used.";
        Label notes = wrapped(counts + (k.notes().isEmpty() ? "" : " " + String.join(" ", k.notes())), Styles.HINT);
        notes.setId("kineticsNotes");
        getChildren().addAll(notes, wrapped("Click a point on the chart to leave it out of the trend, or to use it again.", Styles.HINT),
                wrapped(KineticsText.SOURCE, Styles.SOURCE));
    }

    private void showSummary(LabChartData data) {
        List<LabResult> shown = data.points().stream().flatMap(List::stream)
                .sorted(Comparator.comparing(LabResult::date)).toList();
        LabResult latest = shown.get(shown.size() - 1);
        String unit = " " + data.test().canonicalUnit().symbol();
        double low = shown.stream().mapToDouble(r -> r.value().value()).min().orElseThrow();
        double high = shown.stream().mapToDouble(r -> r.value().value()).max().orElseThrow();
        addMetric("latest", "Latest", latest.value().display() + unit + " on " + latest.date());
        addMetric("range", "Lowest – highest", Numbers.format(low) + " – " + Numbers.format(high) + unit);
        addMetric("count", "Results shown", String.valueOf(shown.size()));
        if (data.test() == LabTest.TESTOSTERONE) {
            boolean castrate = latest.value().value() < LabTest.CASTRATE_TESTOSTERONE_NG_DL;
            getChildren().add(wrapped("Hormone therapy aims to keep testosterone below 50 ng/dL (about 1.7 nmol/L), "
                    + "the \"castrate level\" drawn as a line on the chart. The latest value is "
                    + (castrate ? "below" : "above") + " it.", Styles.HINT));
        }
    }

    private void addMetric(String id, String name, String value) {
        Label n = new Label(name);
        n.getStyleClass().add(Styles.METRIC_NAME);
        Label v = wrapped(value, Styles.METRIC_VALUE);
        v.setId("metric-" + id);
        getChildren().add(new VBox(1, n, v));
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
