package org.carejournal.ui;

/** The text sizes a person can choose; the whole window scales with the root font size. */
public enum TextSize {
    NORMAL("Normal (100 %)", 14), LARGE("Large (125 %)", 17.5), LARGER("Larger (150 %)", 21),
    LARGEST("Largest (175 %)", 24.5);

    private final String label;
    private final double px;

    TextSize(String label, double px) {
        this.label = label;
        this.px = px;
    }

    public String label() { return label; }

    public double px() { return px; }

    /** Style class put on the scene root; app.css sets the font size for each. */
    public String styleClass() { return "text-" + name().toLowerCase(); }
}
