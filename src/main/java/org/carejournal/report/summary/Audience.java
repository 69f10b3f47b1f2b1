package org.carejournal.report.summary;

import java.util.EnumSet;
import java.util.Set;

/** Who the summary is for; each preset picks the sections that doctor reads in a short visit. */
public enum Audience {
    /** Everything. */
    ONCOLOGIST("Oncologist", EnumSet.allOf(Section.class)),
    /** Medicines, pain and symptoms, reminders, questions, and the labs without the kinetics detail. */
    FAMILY_DOCTOR("Family doctor", EnumSet.of(Section.PSA, Section.OTHER_LABS, Section.PAIN_AND_SYMPTOMS,
            Section.RED_FLAGS, Section.MEDICATIONS, Section.UPCOMING, Section.QUESTIONS)),
    /** Bone drugs and their dates, the medicine list, jaw problems, and questions. */
    DENTIST("Dentist", EnumSet.of(Section.BONE_AND_JAW, Section.MEDICATIONS, Section.QUESTIONS)),
    /** The sections the person picked. */
    CUSTOM("Custom", EnumSet.noneOf(Section.class));

    private final String label;
    private final Set<Section> sections;

    Audience(String label, Set<Section> sections) {
        this.label = label;
        this.sections = Set.copyOf(sections);
    }

    public String label() { return label; }

    /** The preset's sections; none for {@link #CUSTOM}, whose sections come with the request. */
    public Set<Section> sections() {
        return sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
    }

    /** The audience named on the command line: "oncologist", "family-doctor", "dentist" (any case). */
    public static Audience parse(String text) {
        String key = text.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Audience a : values()) if (a.name().equals(key)) return a;
        throw new IllegalArgumentException("Unknown audience \"" + text + "\": choose oncologist, family-doctor or dentist.");
    }
}
