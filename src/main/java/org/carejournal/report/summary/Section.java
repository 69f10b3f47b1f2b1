package org.carejournal.report.summary;

/**
 * The parts of an appointment summary a person can choose, in the order they are printed. The header
 * (name, period, date made) is always there; each section appears only when it has data.
 */
public enum Section {
    /** PSA values in the period as a table and a log-scale chart with the medicines taken meanwhile. */
    PSA("PSA"),
    /** Doubling time, velocity, baseline, nadir, response and progression, with how reliable they are. */
    PSA_KINETICS("PSA trend figures"),
    /** The other lab results of the period (testosterone, blood counts, kidney and liver tests...). */
    OTHER_LABS("Other lab results"),
    /** The pain chart and the symptoms rated worst in the period. */
    PAIN_AND_SYMPTOMS("Pain and symptoms"),
    /** Red-flag events raised in the period. */
    RED_FLAGS("Warning signs raised"),
    /** Medicines with their schedule, adherence, and changes in the period. */
    MEDICATIONS("Medicines"),
    /** Bone-targeted drugs with their dose dates, and jaw or mouth problems (for the dentist). */
    BONE_AND_JAW("Bone drugs and the jaw"),
    /** Open reminders, tests due and appointments coming up. */
    UPCOMING("Coming up"),
    /** The person's open questions for this appointment. */
    QUESTIONS("Questions for this appointment"),
    /** The check-in notes written in the period. */
    NOTES("Notes");

    private final String title;

    Section(String title) { this.title = title; }

    /** The heading printed above the section. */
    public String title() { return title; }
}
