package org.carejournal.report.summary.pdf;

/**
 * The type sizes of one summary, in points. Large print scales everything, charts included, by the same
 * factor, so the page keeps its look and just holds less.
 */
record TypeScale(float body) {
    /** Line height as a multiple of the type size: roomy enough for a tired reader. */
    static final float LEADING = 1.35f;
    static final TypeScale NORMAL = new TypeScale(10);
    static final TypeScale LARGE = new TypeScale(14.5f);

    static TypeScale of(boolean largePrint) {
        return largePrint ? LARGE : NORMAL;
    }

    float title() { return body * 1.7f; }

    float heading() { return body * 1.3f; }

    float small() { return body * 0.85f; }

    /** Axis labels and legends of the charts. */
    float chart() { return body * 0.9f; }

    /** Height of a chart without medicine lanes. */
    float chartHeight() { return body * 21; }
}
