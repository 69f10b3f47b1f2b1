package org.carejournal.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The text sizes a person can choose, from 100 % to 200 % in steps of 25 %; the whole window scales
 * with the root font size. LARGEST is always the biggest, so tests written "at the largest size" keep
 * testing the hardest case.
 */
public enum TextSize {
    NORMAL(100), LARGE(125), LARGER(150), VERY_LARGE(175), LARGEST(200);

    /** The root font size at 100 %, in pixels. */
    private static final double BASE_PX = 14;

    private final int percent;

    TextSize(int percent) {
        this.percent = percent;
    }

    /** Percent of the normal size: 100, 125, 150, 175 or 200. */
    public int percent() { return percent; }

    /** What menus and the Settings screen show, e.g. "150 %". */
    public String label() { return percent + " %"; }

    /** The root font size in pixels. */
    public double px() { return BASE_PX * percent / 100.0; }

    /** Style class put on the scene root; app.css sets the font size for each. */
    public String styleClass() { return "text-" + name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The size of this percent, if it is one of the steps. */
    public static Optional<TextSize> ofPercent(int percent) {
        return Arrays.stream(values()).filter(s -> s.percent == percent).findFirst();
    }

    /**
     * Reads a size saved by an earlier version, which stored names for 100–175 % (LARGEST then meant
     * 175 %), so someone who chose the biggest size then keeps what they saw.
     */
    public static Optional<TextSize> ofLegacyName(String name) {
        return switch (name == null ? "" : name.strip()) {
            case "NORMAL" -> Optional.of(NORMAL);
            case "LARGE" -> Optional.of(LARGE);
            case "LARGER" -> Optional.of(LARGER);
            case "LARGEST" -> Optional.of(VERY_LARGE);
            default -> Optional.empty();
        };
    }
}
