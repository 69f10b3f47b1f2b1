package org.carejournal.app.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;

/** The JSON shape of {@code kinetics --json}: one flat object, names as in {@link KineticsReport}. */
final class KineticsJson {
    private KineticsJson() {}

    static Map<String, Object> of(LabTest test, DateRange range, LocalDate treatmentStart, KineticsReport k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("test", test.code());
        m.put("unit", test.canonicalUnit().symbol());
        m.put("from", range.from());
        m.put("to", range.to());
        m.put("pointsUsed", k.pointsUsed());
        m.put("pointsCensored", k.pointsCensored());
        m.put("pointsExcluded", k.pointsExcluded());
        m.put("doublingTimeDays", k.doublingTimeDays());
        m.put("doublingTimeMonths", k.doublingTimeMonths());
        m.put("halvingTimeDays", k.halvingTimeDays());
        m.put("halvingTimeMonths", k.halvingTimeMonths());
        m.put("velocityPerYear", k.velocityPerYear());
        m.put("baseline", point(k.baseline()));
        m.put("nadir", point(k.nadir()));
        m.put("timeToNadirDays", k.timeToNadirDays());
        m.put("changeFromBaselinePercent", k.changeFromBaselinePercent());
        m.put("response", k.response());
        m.put("progression", k.progression());
        m.put("progressionDate", k.progressionDate());
        m.put("treatmentStart", treatmentStart);
        m.put("notes", k.notes());
        return m;
    }

    /** {"date", "value", "censored"} or null; a censored value is the detection limit. */
    private static Map<String, Object> point(LabResult r) {
        if (r == null) return null;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", r.date());
        m.put("value", r.value().value());
        m.put("censored", r.value().censored());
        return m;
    }
}
