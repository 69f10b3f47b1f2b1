package org.carejournal.care.meds;

import java.time.temporal.ChronoUnit;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * A schedule the catalog suggests for a drug, to fill the form in one click.
 *
 * @param kind    the rhythm
 * @param n       times a day for DAILY; the interval for EVERY and CYCLE; unused otherwise
 * @param unit    DAYS, WEEKS or MONTHS for EVERY (DAYS for CYCLE); null otherwise
 * @param doses   number of doses of a CYCLE, 0 otherwise
 * @param dose    the usual amount, e.g. "22.5 mg", or ""
 * @param label   what the person reads, e.g. "Every 3 months (22.5 mg depot)"
 */
public record ScheduleOffer(ScheduleKind kind, int n, ChronoUnit unit, int doses, String dose, String label) {}
