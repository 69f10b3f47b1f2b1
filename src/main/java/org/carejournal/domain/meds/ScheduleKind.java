package org.carejournal.domain.meds;

/** The rhythms a plan can have (DOMAIN.md, "Treatments and their rhythm"). */
public enum ScheduleKind {
    /** Every day at 1 to 4 times. */
    DAILY,
    /** Every N days, weeks or months: depot injections, bone drugs. */
    EVERY,
    /** A dose every N days for K doses: chemotherapy cycles, radium-223 or lutetium courses. */
    CYCLE,
    /** A single event, possibly spanning days: an orchiectomy, a course of radiation. */
    ONCE,
    /** Taken when needed, following an instruction such as "up to 4 times a day". */
    AS_NEEDED;

    /** Whether doses fall on dates the plan fixes (and so can be missed). */
    public boolean hasDueDoses() {
        return this == DAILY || this == EVERY || this == CYCLE;
    }
}
