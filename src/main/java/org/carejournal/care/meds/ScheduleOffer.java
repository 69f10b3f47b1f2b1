package org.carejournal.care.meds;

import java.time.temporal.ChronoUnit;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * A schedule the catalog suggests for a drug, to fill the form in one click.
 *
 * @param kind    the rhythm
 * @param n       times a day for DAILY; the interval for EVERY and CYCLE; for AS_NEEDED the most doses a day
 *                the label allows (0 when it names none); unused for ONCE
 * @param unit    DAYS, WEEKS or MONTHS for EVERY (DAYS for CYCLE); null otherwise
 * @param doses   number of doses of a CYCLE, 0 otherwise
 * @param dose    the usual amount, e.g. "22.5 mg", or ""
 * @param label   what the person reads, e.g. "Every 3 months (22.5 mg depot)"
 */
public record ScheduleOffer(ScheduleKind kind, int n, ChronoUnit unit, int doses, String dose, String label) {

    /** For AS_NEEDED, the instruction to keep with the schedule ("up to 4 times a day"); otherwise "". */
    public String instruction() {
        return kind == ScheduleKind.AS_NEEDED && n > 0 ? "up to " + n + " times a day" : "";
    }
}
