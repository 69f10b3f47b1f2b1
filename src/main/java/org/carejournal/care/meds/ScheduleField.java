package org.carejournal.care.meds;

import java.util.EnumSet;
import java.util.Set;
import org.carejournal.domain.meds.ScheduleKind;

/** The fields of the schedule form that a message can point at. */
public enum ScheduleField {
    KIND, START, END, TIMES, INTERVAL, DOSES, DOSE, INSTRUCTION;

    /**
     * The fields a rhythm uses; the others are hidden in the form and ignored by the check. A course
     * ends after its number of doses and a when-needed plan until it is stopped, so neither asks for an end.
     */
    public static Set<ScheduleField> usedBy(ScheduleKind kind) {
        if (kind == null) return EnumSet.of(KIND);
        return switch (kind) {
            case DAILY -> EnumSet.of(KIND, START, END, TIMES, DOSE, INSTRUCTION);
            case EVERY -> EnumSet.of(KIND, START, END, TIMES, INTERVAL, DOSE, INSTRUCTION);
            case CYCLE -> EnumSet.of(KIND, START, TIMES, INTERVAL, DOSES, DOSE, INSTRUCTION);
            case ONCE -> EnumSet.of(KIND, START, END, INSTRUCTION);
            case AS_NEEDED -> EnumSet.of(KIND, START, DOSE, INSTRUCTION);
        };
    }
}
