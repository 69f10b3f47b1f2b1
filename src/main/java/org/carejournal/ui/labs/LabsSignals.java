package org.carejournal.ui.labs;

import java.util.ArrayList;
import java.util.List;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.Progression;
import org.carejournal.domain.LabTest;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;

/** What the labs screen shows, as signals for the "Learn more" panel: the test charted and its PSA kinetics. */
final class LabsSignals {
    private LabsSignals() {}

    /**
     * @param test      the test on screen, or null before anything is shown
     * @param kinetics  the PSA kinetics of the chart's range; null for other tests
     */
    static List<LearnSignal> of(LabTest test, KineticsReport kinetics) {
        if (test == null) return List.of();
        List<LearnSignal> signals = new ArrayList<>();
        signals.add(new LearnSignal(LearnTags.lab(test), LearnSignal.SHOWN, "The " + inSentence(test) + " chart is on screen."));
        if (test.isPsa()) signals.add(new LearnSignal(LearnTags.PSA, LearnSignal.SHOWN, "The PSA chart is on screen."));
        Progression progression = kinetics == null ? Progression.NONE : kinetics.progression();
        // The PCWG definition is a trial yardstick, not a verdict: the reason says so in the same words as the screen.
        switch (progression) {
            case CONFIRMED -> signals.add(new LearnSignal(LearnTags.PROGRESSION, LearnSignal.FLAGGED,
                    "Your PSA rise meets the trial definition of progression."));
            case UNCONFIRMED -> signals.add(new LearnSignal(LearnTags.PROGRESSION, LearnSignal.FLAGGED,
                    "Your PSA rise may meet the trial definition of progression once confirmed by a later test."));
            case NONE -> { }
        }
        return List.copyOf(signals);
    }

    /** The test's name inside a sentence: "alkaline phosphatase", but "PSA" stays as written. */
    static String inSentence(LabTest test) {
        String name = test.displayName();
        boolean acronym = name.length() > 1 && Character.isUpperCase(name.charAt(1));
        return acronym ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
