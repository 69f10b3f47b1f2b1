package org.carejournal.analysis;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.LabResult;

/** The plain-English sentences that say how far the kinetics figures can be trusted. */
final class KineticsNotes {
    private KineticsNotes() {}

    static List<String> build(List<LabResult> used, boolean fitted, int censored, int excluded,
                              LocalDate treatmentStart, LabResult baseline,
                              Response response, Progression progression) {
        List<String> notes = new ArrayList<>();
        if (used.size() < 2) {
            notes.add("Fewer than 2 values: no doubling time or velocity.");
        } else if (!fitted) {
            notes.add("All values are from the same day: no doubling time or velocity.");
        } else if (used.size() == 2) {
            notes.add("Based on 2 values only; at least 3 values 4 weeks apart give a more reliable estimate.");
        } else if (spacedValues(used) < 3) {
            notes.add("The values are close together in time; at least 3 values 4 weeks apart "
                    + "give a more reliable estimate.");
        }
        if (censored > 0) {
            notes.add(count(censored, "value") + " below the detection limit " + wasWere(censored) + " left out.");
        }
        if (excluded > 0) {
            notes.add(count(excluded, "value") + " you excluded " + wasWere(excluded) + " left out.");
        }
        if (baseline == null) {
            notes.add("No value to use as a baseline.");
        } else if (treatmentStart == null) {
            notes.add("No treatment start date set: the baseline is the first value shown.");
        } else if (baseline.date().isAfter(treatmentStart)) {
            notes.add("No value on or before the treatment start: the baseline is the first value after it.");
        }
        if (response == Response.UNCONFIRMED) {
            notes.add("The fall of 50% or more needs a second value at least 4 weeks later to be confirmed.");
        }
        if (progression == Progression.UNCONFIRMED) {
            notes.add("The rise needs a second value at least 3 weeks later to be confirmed.");
        }
        return notes;
    }

    /** How many values can be picked, in date order, each at least 4 weeks after the one before. */
    static int spacedValues(List<LabResult> sortedUsed) {
        int picked = 0;
        LocalDate last = null;
        for (LabResult r : sortedUsed) {
            if (last == null || DAYS.between(last, r.date()) >= PsaKinetics.SPACING_DAYS) {
                picked++;
                last = r.date();
            }
        }
        return picked;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String wasWere(int n) {
        return n == 1 ? "was" : "were";
    }
}
