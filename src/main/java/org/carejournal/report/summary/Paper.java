package org.carejournal.report.summary;

import java.util.Locale;

/** The paper the summary is laid out for, in PDF points (1/72 inch). */
public enum Paper {
    /** 210 × 297 mm. */
    A4(595.28f, 841.89f),
    /** US Letter, 8.5 × 11 in. */
    LETTER(612f, 792f);

    private final float width;
    private final float height;

    Paper(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() { return width; }

    public float height() { return height; }

    /** "a4" or "letter" (any case). */
    public static Paper parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> A4;
            case "letter", "us-letter" -> LETTER;
            default -> throw new IllegalArgumentException("Unknown paper \"" + text + "\": choose a4 or letter.");
        };
    }

    /** Letter where it is the usual size (the US and Canada), else A4. */
    public static Paper forLocale(Locale locale) {
        String country = locale.getCountry();
        return "US".equals(country) || "CA".equals(country) ? LETTER : A4;
    }
}
