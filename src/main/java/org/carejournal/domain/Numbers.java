package org.carejournal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting shared by screens, exports and the command line (always a decimal point). */
public final class Numbers {
    private Numbers() {}

    /** Up to 3 significant decimals, no trailing zeros: 4.2, 0.012, 1250. */
    public static String format(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        int scale = Math.abs(value) >= 100 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
        if (Math.abs(value) > 0 && Math.abs(value) < 0.001) scale = 4;
        return d.setScale(scale, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
