package org.carejournal.ui.symptoms;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.carejournal.analysis.PeriodComparison;
import org.carejournal.ui.Styles;

/**
 * Beside the pain chart: the last 7 and 30 days in plain sentences. Node ids {@code comparison7} and
 * {@code comparison30}, each holding one label per sentence.
 */
final class ComparisonPanel extends VBox {
    private final VBox week = new VBox(6);
    private final VBox month = new VBox(6);

    ComparisonPanel() {
        setId("comparison");
        setSpacing(10);
        getStyleClass().add(Styles.CARD);
        week.setId("comparison7");
        month.setId("comparison30");
        Label title = new Label("How things are changing");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        getChildren().addAll(title, heading("The last 7 days, against the 7 days before"), week,
                heading("The last 30 days, against the 30 days before"), month,
                wrapped("Severe means a rating of " + PeriodComparison.SEVERE + " or more out of 10. A symptom counts as "
                        + "getting worse or better when its average moved by " + PeriodComparison.CHANGE
                        + " points or more.", Styles.HINT));
    }

    void show(PeriodComparison last7, PeriodComparison last30) {
        fill(week, last7);
        fill(month, last30);
    }

    private static void fill(VBox box, PeriodComparison c) {
        box.getChildren().clear();
        if (c == null) return;
        for (String line : c.sentences()) box.getChildren().add(wrapped(line, Styles.COMPARISON_LINE));
    }

    private static Label heading(String text) {
        return wrapped(text, Styles.METRIC_NAME);
    }

    private static Label wrapped(String text, String style) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }
}
