package org.carejournal.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckInPorts;
import org.carejournal.domain.checkin.PainEntry;

/**
 * Saving a check-in: the day's ratings, an optional pain entry, then the red-flag rules over the
 * last week, recording each flag that is new for that day. Used by the Today screen and the
 * benchmark, so both measure the same work.
 */
public final class CheckInService {
    /** The rules look back this many days, the saved day included (enough for every pattern). */
    static final int HISTORY_DAYS = 7;

    private final CheckInPorts ports;
    private final Function<LocalDate, TreatmentContext> context;

    /** @param context what the medicine list says of treatment on a day (the day judged, not always today) */
    public CheckInService(CheckInPorts ports, Function<LocalDate, TreatmentContext> context) {
        this.ports = ports;
        this.context = context;
    }

    /** What a save stored, and the red flags it raised for the first time. */
    public record Saved(CheckIn checkIn, PainEntry pain, List<FlagMatch> raised) {}

    /**
     * Saves the check-in and, when given, the pain entry (new when its id is 0, else changed), then
     * judges that day, all in one transaction: if any part fails, nothing is saved. The inputs are
     * already checked ({@code domain.checkin.CheckInCheck}).
     */
    public Saved save(long personId, CheckIn checkIn, PainEntry pain) {
        return ports.transactions().allOrNothing(() -> saveTogether(personId, checkIn, pain));
    }

    private Saved saveTogether(long personId, CheckIn checkIn, PainEntry pain) {
        CheckIn stored = ports.checkIns().save(personId, checkIn);
        PainEntry storedPain = pain;
        if (pain != null && pain.id() == 0) storedPain = ports.painLog().add(personId, pain);
        else if (pain != null) ports.painLog().update(pain);
        List<FlagMatch> raised = new ArrayList<>();
        for (FlagMatch m : evaluate(personId, stored.date())) {
            if (ports.flags().raise(personId, m.flag(), m.date(), m.reason())) raised.add(m);
        }
        return new Saved(stored, storedPain, raised);
    }

    /** The red flags the entries up to {@code day} show, judged for that day. */
    public List<FlagMatch> evaluate(long personId, LocalDate day) {
        DateRange week = new DateRange(day.minusDays(HISTORY_DAYS - 1), day);
        List<DayLog> history = DayLog.history(week.from(), day, ports.checkIns().between(personId, week),
                ports.symptoms().list(personId), ports.painLog().between(personId, week));
        return RedFlagRules.evaluate(history, context.apply(day));
    }
}
