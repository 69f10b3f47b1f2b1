package org.carejournal.domain.checkin;

/** Where pain is felt (DOMAIN.md "Pain"). */
public enum BodyRegion {
    NECK("Neck"),
    UPPER_BACK("Upper back"),
    LOWER_BACK("Lower back"),
    RIBS_CHEST("Ribs or chest"),
    SHOULDERS("Shoulders"),
    PELVIS_HIPS("Pelvis or hips"),
    ARMS("Arms"),
    LEGS("Legs"),
    OTHER("Somewhere else");

    private final String label;

    BodyRegion(String label) { this.label = label; }

    public String label() { return label; }

    /** Back or neck: the pain that, with leg or bladder signs, suggests spinal cord compression. */
    public boolean isSpine() { return this == NECK || this == UPPER_BACK || this == LOWER_BACK; }
}
