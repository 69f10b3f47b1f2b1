package org.carejournal.domain.meds;

/** Where a reminder comes from: one of DOMAIN.md's care-reminder rules, or the person. */
public enum ReminderKind {
    DENTAL_BEFORE_BONE_DRUG("dental-before-bone-drug"),
    CALCIUM_VITAMIN_D("calcium-vitamin-d"),
    KIDNEY_BEFORE_ZOLEDRONIC("kidney-before-zoledronic"),
    BLOOD_COUNT_BEFORE_DOSE("blood-count-before-dose"),
    LIVER_ON_ABIRATERONE("liver-on-abiraterone"),
    NEXT_INJECTION("next-injection"),
    PSA_DUE("psa-due"),
    BONE_DENSITY_ON_ADT("bone-density-on-adt"),
    DENTAL_RECALL("dental-recall"),
    APPOINTMENT_PREP("appointment-prep"),
    /** Added by hand. */
    CUSTOM("custom");

    private final String id;

    ReminderKind(String id) { this.id = id; }

    /** The rule id of DOMAIN.md, as used in the medication catalog. */
    public String id() { return id; }

    public boolean generated() { return this != CUSTOM; }

    public static ReminderKind ofId(String id) {
        for (ReminderKind k : values()) if (k.id.equals(id)) return k;
        throw new IllegalArgumentException("No reminder rule " + id);
    }
}
