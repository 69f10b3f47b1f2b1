package org.carejournal.care.meds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carejournal.domain.meds.Schedule;

/** Builds the schedule a catalog offer describes, as the add-medicine form would with its defaults. */
final class Offers {
    private static final List<LocalTime> TIMES =
            List.of(LocalTime.of(8, 0), LocalTime.of(13, 0), LocalTime.of(18, 0), LocalTime.of(22, 0));

    private Offers() {}

    static Schedule build(ScheduleOffer o, long medicationId, LocalDate start) {
        return switch (o.kind()) {
            case DAILY -> Rhythms.daily(medicationId, start, null, TIMES.subList(0, o.n()), o.dose());
            case EVERY -> Rhythms.every(medicationId, start, null, o.n(), o.unit(), LocalTime.of(9, 0), o.dose());
            case CYCLE -> Rhythms.cycle(medicationId, start, o.n(), o.doses(), LocalTime.of(9, 0), o.dose());
            case ONCE -> Rhythms.once(medicationId, start, null, o.label());
            case AS_NEEDED -> Rhythms.asNeeded(medicationId, start, o.dose(), o.instruction());
        };
    }
}
