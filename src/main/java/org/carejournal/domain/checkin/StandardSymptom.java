package org.carejournal.domain.checkin;

import java.util.Arrays;
import java.util.Optional;

/**
 * The symptoms every new journal tracks (DOMAIN.md "What gets logged"): those of advanced disease
 * named by the American Cancer Society and the common effects of treatment. The key is stored with
 * the person's symptom so red-flag rules can recognise it even after it is renamed or reordered.
 */
public enum StandardSymptom {
    FATIGUE("fatigue", "Tiredness"),
    BONE_PAIN("bone-pain", "Bone pain"),
    URINE_STREAM("urine-stream", "Trouble starting or keeping a urine stream"),
    BLOOD_IN_URINE("blood-in-urine", "Blood in the urine"),
    LEAKING_URINE("leaking-urine", "Leaking urine"),
    ERECTION("erection", "Erection problems or painful ejaculation"),
    LEG_NUMBNESS("leg-numbness", "Tingling or weakness in the legs or feet"),
    HOT_FLASHES("hot-flashes", "Hot flashes"),
    NAUSEA("nausea", "Feeling sick (nausea)"),
    APPETITE("appetite", "Loss of appetite"),
    CONSTIPATION("constipation", "Constipation"),
    DIARRHOEA("diarrhoea", "Diarrhoea"),
    LOW_MOOD("low-mood", "Low mood"),
    ANXIETY("anxiety", "Worry or anxiety"),
    POOR_SLEEP("poor-sleep", "Poor sleep"),
    BREATHLESS("breathless", "Shortness of breath"),
    SWELLING("swelling", "Swelling"),
    JAW_PAIN("jaw-pain", "Jaw or mouth pain");

    private final String key;
    private final String displayName;

    StandardSymptom(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** Stable code kept in the journal file. */
    public String key() { return key; }

    /** The name a new journal starts with; the person may rename nothing but may hide or reorder it. */
    public String displayName() { return displayName; }

    public static Optional<StandardSymptom> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
