package org.carejournal.domain.checkin;

/** Whether the medicine taken for breakthrough pain helped. */
public enum RescueEffect {
    HELPED("Yes, it helped"), PARTLY("A little"), DID_NOT_HELP("No");

    private final String label;

    RescueEffect(String label) { this.label = label; }

    public String label() { return label; }
}
