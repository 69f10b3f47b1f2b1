package org.carejournal.ui.medications;

import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.meds.Medication;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;

/** What the Medicines screen shows, as signals for the "Learn more" panel: the plan's drug families and missed doses. */
final class MedicationsSignals {

    private MedicationsSignals() {}

    /**
     * @param current     the medicines in the plan now or starting later (not stopped, not taken out)
     * @param missedDoses whether the screen lists any missed dose
     */
    static List<LearnSignal> of(List<Medication> current, boolean missedDoses) {
        List<LearnSignal> signals = new ArrayList<>();
        for (Medication m : current) {
            String reason = m.name() + " is in your plan.";
            String tag = m.drugClass().articleTag();
            if (!tag.isEmpty()) signals.add(new LearnSignal(tag, LearnSignal.SHOWN, reason));
            if (m.drugClass().isBoneTargeted()) signals.add(new LearnSignal(LearnTags.BONE_HEALTH, LearnSignal.SHOWN, reason));
        }
        if (missedDoses) signals.add(new LearnSignal(LearnTags.SCHEDULES, LearnSignal.SHOWN, "A dose was missed."));
        // A medicines screen is always about doses and their timing, when nothing more pressing is shown.
        signals.add(new LearnSignal(LearnTags.SCHEDULES, LearnSignal.BACKGROUND, "Your medicines and their times are on screen."));
        return List.copyOf(signals);
    }
}
