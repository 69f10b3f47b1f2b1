package org.carejournal.domain.meds;

/** Where a reminder comes from: one of DOMAIN.md's care-reminder rules, or the person. */
public enum ReminderKind {
    DENTAL_BEFORE_BONE_DRUG("dental-before-bone-drug", "bone-drugs"),
    CALCIUM_VITAMIN_D("calcium-vitamin-d", "bone-drugs"),
    KIDNEY_BEFORE_ZOLEDRONIC("kidney-before-zoledronic", "kidney-tests"),
    BLOOD_COUNT_BEFORE_DOSE("blood-count-before-dose", "blood-counts"),
    LIVER_ON_ABIRATERONE("liver-on-abiraterone", "hormone-therapy"),
    NEXT_INJECTION("next-injection", "treatment-schedules"),
    PSA_DUE("psa-due", "psa-tests"),
    BONE_DENSITY_ON_ADT("bone-density-on-adt", "bone-health"),
    DENTAL_RECALL("dental-recall", "dental"),
    APPOINTMENT_PREP("appointment-prep", "preparing-for-appointments"),
    /** Added by hand. */
    CUSTOM("custom", "");

    private final String id;
    private final String articleTag;

    ReminderKind(String id, String articleTag) {
        this.id = id;
        this.articleTag = articleTag;
    }

    /** The rule id of DOMAIN.md, as used in the medication catalog. */
    public String id() { return id; }

    /** The library tag of the article that explains why this reminder exists; "" for the person's own. */
    public String articleTag() { return articleTag; }

    public boolean generated() { return this != CUSTOM; }

    public static ReminderKind ofId(String id) {
        for (ReminderKind k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException("No reminder rule " + id);
    }
}
