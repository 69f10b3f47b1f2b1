package org.carejournal.ui.medications;

import java.time.LocalDate;

/** The periods the adherence figures can cover, each ending today. */
public enum AdherencePeriod {
    DAYS_30("Last 30 days", 30), DAYS_90("Last 90 days", 90), YEAR("Last year", 365), ALL("All", 0);

    private final String label;
    private final int days;

    AdherencePeriod(String label, int days) {
        this.label = label;
        this.days = days;
    }

    public String label() { return label; }

    /** The first day of the period; for {@link #ALL} the first day of the plan ({@code firstPlanDay}). */
    public LocalDate from(LocalDate today, LocalDate firstPlanDay) {
        if (this == ALL) return firstPlanDay == null || firstPlanDay.isAfter(today) ? today : firstPlanDay;
        return today.minusDays(days - 1L);
    }
}
