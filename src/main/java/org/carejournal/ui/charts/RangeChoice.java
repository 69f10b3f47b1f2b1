package org.carejournal.ui.charts;

import java.time.LocalDate;
import org.carejournal.domain.DateRange;

/** The range buttons shared by the charts (see {@link ChartRange}). */
public enum RangeChoice {
    ALL("All"), ONE_YEAR("1 year"), SINCE_TREATMENT("Since treatment start"), CUSTOM("Custom");

    private final String label;

    RangeChoice(String label) { this.label = label; }

    public String label() { return label; }

    /**
     * The dates this choice shows. Since-treatment without a start date, or a custom range missing an
     * end, falls back to showing everything open on that side.
     */
    public DateRange resolve(LocalDate today, LocalDate treatmentStart, LocalDate customFrom, LocalDate customTo) {
        return switch (this) {
            case ALL -> DateRange.ALL;
            case ONE_YEAR -> new DateRange(today.minusYears(1), today);
            case SINCE_TREATMENT -> treatmentStart == null ? DateRange.ALL : new DateRange(treatmentStart, null);
            case CUSTOM -> customFrom != null && customTo != null && customTo.isBefore(customFrom)
                    ? new DateRange(customTo, customFrom)
                    : new DateRange(customFrom, customTo);
        };
    }
}
