package org.carejournal.charts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.TreatmentLine;

/**
 * What the chart screens need of the person's treatment, read together off the FX thread: the timeline
 * drawn under the charts, and the treatment start that baseline, nadir and the "Since treatment start"
 * range count from.
 *
 * <p>The start is the current treatment line's (the latest one started on or before today) when the
 * plan has one; else the date set by hand on the PSA screen; else none. Both chart screens read it the
 * same way, so the range they share means the same days on each.
 *
 * @param currentLine the line the start comes from, or null when it was set by hand (or is unset)
 * @param start       the treatment start, or null
 */
public record TreatmentHistory(TreatmentTimeline timeline, TreatmentLine currentLine, LocalDate start) {

    /** No plan and no start. */
    public static final TreatmentHistory NONE = new TreatmentHistory(TreatmentTimeline.EMPTY, null, null);

    /** Reads the plan and the hand-set start of {@code personId}. */
    public static TreatmentHistory read(MedicationPlan plan, JournalSettings settings, long personId, LocalDate today) {
        List<TreatmentLine> lines = plan.lines(personId);
        TreatmentTimeline timeline = TreatmentTimeline.build(plan.medications(personId), plan.schedules(personId), lines, today);
        return of(timeline, lines, settings.treatmentStart(personId), today);
    }

    /** The start from the lines when one has begun by {@code today}, else the hand-set one. */
    public static TreatmentHistory of(TreatmentTimeline timeline, List<TreatmentLine> lines, Optional<LocalDate> setByHand,
                                      LocalDate today) {
        Optional<LocalDate> lineStart = TreatmentLine.currentStart(lines, today);
        if (lineStart.isEmpty()) return new TreatmentHistory(timeline, null, setByHand.orElse(null));
        // Two lines begun the same day: the one added last is taken as current.
        TreatmentLine current = lines.stream().filter(l -> l.start().equals(lineStart.get()))
                .max(Comparator.comparingLong(TreatmentLine::id)).orElseThrow();
        return new TreatmentHistory(timeline, current, lineStart.get());
    }

    /** True when the start comes from the medication plan rather than from the date set by hand. */
    public boolean fromPlan() {
        return currentLine != null;
    }
}
