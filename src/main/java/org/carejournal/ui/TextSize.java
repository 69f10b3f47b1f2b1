package org.carejournal.ui;

/** The text sizes a person can choose; the whole window scales with the root font size. */
public enum TextSize {
    NORMAL("Normal", 14), LARGE("Large", 17), LARGEST("Largest", 21);

    private final String label;
    private final int px;

    TextSize(String label, int px) {
        this.label = label;
        this.px = px;
    }

    public String label() { return label; }

    public int px() { return px; }

    /** Style class put on the scene root; app.css sets the font size for each. */
    public String styleClass() { return "text-" + name().toLowerCase(); }
}
