package org.carejournal.ui.medications;

import org.carejournal.analysis.AdherenceFigure;

/**
 * One adherence figure in words and as a bar.
 *
 * @param figure   "92 % (46 of 50 planned doses)", or {@link #NO_DOSES}
 * @param fraction 0 to 1 for the bar; negative when the period had no planned doses (no bar then)
 */
public record AdherenceRow(String name, String figure, double fraction) {
    public static final String NO_DOSES = "No planned doses in this period";

    static AdherenceRow of(String name, AdherenceFigure f) {
        if (f.due() == 0) return new AdherenceRow(name, NO_DOSES, -1);
        String doses = f.due() == 1 ? "1 planned dose" : f.due() + " planned doses";
        // Rounded down in whole numbers: "100 %" only when every planned dose was taken.
        long percent = 100L * f.taken() / f.due();
        return new AdherenceRow(name, percent + " % (" + f.taken() + " of " + doses + " taken)",
                (double) f.taken() / f.due());
    }

    public boolean hasDoses() { return fraction >= 0; }
}
