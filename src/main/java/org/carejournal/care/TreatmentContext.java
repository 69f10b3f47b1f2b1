package org.carejournal.care;

/**
 * What the red-flag rules need to know about current treatment. Some patterns only matter on some
 * treatments (a fever on chemotherapy, jaw pain on a bone drug); while the journal does not know the
 * medicines it passes {@link #UNKNOWN}, and the rules then err towards raising the flag.
 *
 * @param medicationsKnown             whether the person's medicine list is kept in the journal
 * @param onChemoOrRadiopharmaceutical chemotherapy, radium-223 or lutetium now (NICE CG151 applies)
 * @param onBoneDrug                   a bone-targeted drug such as zoledronic acid or denosumab now
 */
public record TreatmentContext(boolean medicationsKnown, boolean onChemoOrRadiopharmaceutical, boolean onBoneDrug) {

    /** Medicines are not kept yet: nothing is known to be taken, and nothing is known not to be. */
    public static final TreatmentContext UNKNOWN = new TreatmentContext(false, false, false);

    public TreatmentContext {
        // "Not known" and "known to be on chemo" at once would be read differently by different rules.
        if (!medicationsKnown && (onChemoOrRadiopharmaceutical || onBoneDrug)) {
            throw new IllegalArgumentException("A treatment can only be known when the medicines are known");
        }
    }

    /** The medicine list is kept: these are what it says. */
    public static TreatmentContext known(boolean onChemoOrRadiopharmaceutical, boolean onBoneDrug) {
        return new TreatmentContext(true, onChemoOrRadiopharmaceutical, onBoneDrug);
    }
}
