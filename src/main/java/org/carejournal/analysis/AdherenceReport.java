package org.carejournal.analysis;

import java.util.List;

/**
 * Adherence over a period: per medicine with planned doses (as-needed ones have none and are left out),
 * over all of them, and week by week for a small chart.
 *
 * @param perMedication one figure per medicine with a dose due in the period, in plan order
 * @param weekly        one point per week from the period's first week to its last, weeks with nothing due included
 */
public record AdherenceReport(List<AdherenceFigure> perMedication, AdherenceFigure overall, List<AdherencePoint> weekly) {

    public AdherenceReport {
        perMedication = List.copyOf(perMedication);
        weekly = List.copyOf(weekly);
    }
}
