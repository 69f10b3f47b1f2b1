package org.carejournal.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;

/**
 * PSA kinetics over one test and one visible date range, as defined in DOMAIN.md.
 *
 * @param test                      the test the results belong to; null only when there were no results
 * @param pointsUsed                uncensored, included values in the range used for the fits
 * @param pointsCensored            censored ("&lt;0.1") included values in the range, left out of the fits
 * @param pointsExcluded            values in the range the person excluded (censored or not)
 * @param doublingTimeDays          ln 2 / b for a fitted slope b &gt; 0 of ln(PSA) per day; else null
 * @param doublingTimeMonths        the doubling time in months of 365.25/12 days; else null
 * @param halvingTimeDays           ln 2 / |b| for a fitted slope b &lt; 0; else null
 * @param halvingTimeMonths         the halving time in months of 365.25/12 days; else null
 * @param velocityPerYear           least-squares slope of PSA (ng/mL) per day times 365.25; null with &lt; 2 points
 * @param baseline                  the last included value on or before the treatment start, see {@link PsaKinetics}
 * @param nadir                     the lowest included value from the baseline up to the range end
 * @param timeToNadirDays           days from the treatment start (or baseline date) to the nadir
 * @param changeFromBaselinePercent latest included uncensored value in the range against the baseline
 * @param response                  fall of 50 % or more from the baseline
 * @param progression               PCWG2/3 rise status
 * @param progressionDate           date of the first value meeting the rise criteria; null when NONE
 * @param notes                     plain-English sentences on how reliable the figures are
 */
public record KineticsReport(
        LabTest test,
        int pointsUsed,
        int pointsCensored,
        int pointsExcluded,
        Double doublingTimeDays, Double doublingTimeMonths,
        Double halvingTimeDays, Double halvingTimeMonths,
        Double velocityPerYear,
        LabResult baseline,
        LabResult nadir,
        Long timeToNadirDays,
        Double changeFromBaselinePercent,
        Response response,
        Progression progression,
        LocalDate progressionDate,
        List<String> notes) {

    public KineticsReport {
        Objects.requireNonNull(response, "response");
        Objects.requireNonNull(progression, "progression");
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    /** True when the fitted PSA slope is rising, so a doubling time is reported. */
    public boolean rising() { return doublingTimeDays != null; }
}
