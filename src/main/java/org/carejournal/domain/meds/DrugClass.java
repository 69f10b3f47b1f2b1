package org.carejournal.domain.meds;

/**
 * The drug families of DOMAIN.md's treatment table. The care-reminder and red-flag rules ask these
 * questions of a medicine rather than testing its name.
 */
public enum DrugClass {
    LHRH_AGONIST("Hormone therapy (LHRH agonist)"),
    LHRH_ANTAGONIST("Hormone therapy (LHRH antagonist)"),
    SURGICAL_ADT("Hormone therapy (surgery)"),
    OLDER_ANTIANDROGEN("Anti-androgen"),
    NEWER_ANTIANDROGEN("Newer anti-androgen"),
    ANDROGEN_SYNTHESIS_INHIBITOR("Androgen synthesis inhibitor"),
    CHEMOTHERAPY("Chemotherapy"),
    BISPHOSPHONATE("Bone-targeted (bisphosphonate)"),
    RANKL_INHIBITOR("Bone-targeted (denosumab)"),
    RADIOPHARMACEUTICAL("Radiopharmaceutical"),
    PARP_INHIBITOR("PARP inhibitor"),
    IMMUNOTHERAPY("Immunotherapy"),
    CORTICOSTEROID("Corticosteroid"),
    RADIATION("Radiation therapy"),
    PAIN_RELIEF("Pain relief"),
    SUPPLEMENT("Supplement"),
    OTHER("Other");

    private final String label;

    DrugClass(String label) { this.label = label; }

    public String label() { return label; }

    /**
     * The library tag of the article that explains this family, the same tags the catalog gives its drugs;
     * "" for a medicine of no family the library covers.
     */
    public String articleTag() {
        return switch (this) {
            case LHRH_AGONIST, LHRH_ANTAGONIST, SURGICAL_ADT, OLDER_ANTIANDROGEN, NEWER_ANTIANDROGEN,
                    ANDROGEN_SYNTHESIS_INHIBITOR -> "hormone-therapy";
            case CHEMOTHERAPY -> "chemotherapy";
            case BISPHOSPHONATE, RANKL_INHIBITOR, SUPPLEMENT -> "bone-drugs";
            case RADIOPHARMACEUTICAL -> "radiopharmaceuticals";
            case PARP_INHIBITOR -> "parp-inhibitors";
            case IMMUNOTHERAPY -> "immunotherapy";
            case CORTICOSTEROID -> "steroids";
            case RADIATION -> "radiation";
            case PAIN_RELIEF -> "pain-relief";
            case OTHER -> "";
        };
    }

    /** Androgen deprivation: starting it is when bone density is worth asking about. */
    public boolean isAdt() {
        return this == LHRH_AGONIST || this == LHRH_ANTAGONIST || this == SURGICAL_ADT;
    }

    /** Bisphosphonates and denosumab: the jaw, dental and calcium reminders go with these. */
    public boolean isBoneTargeted() {
        return this == BISPHOSPHONATE || this == RANKL_INHIBITOR;
    }

    /** Treatments during which a fever is an emergency (NICE CG151) and a blood count comes before each dose. */
    public boolean lowersBloodCounts() {
        return this == CHEMOTHERAPY || this == RADIOPHARMACEUTICAL;
    }
}
