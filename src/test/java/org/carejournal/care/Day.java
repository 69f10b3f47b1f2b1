package org.carejournal.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;

/** Builds hand-made {@link DayLog}s: {@code Day.on(0)} is the day just saved, {@code Day.on(-1)} the one before. */
final class Day {
    static final LocalDate SAVED = LocalDate.of(2025, 3, 10);

    private final LocalDate date;
    private final Map<StandardSymptom, Integer> ratings = new EnumMap<>(StandardSymptom.class);
    private final Set<WarningSign> signs = EnumSet.noneOf(WarningSign.class);
    private final List<PainEntry> pain = new ArrayList<>();
    private Temperature temperature;

    private Day(LocalDate date) { this.date = date; }

    static Day on(int offset) { return new Day(SAVED.plusDays(offset)); }

    Day rate(StandardSymptom s, int rating) {
        ratings.put(s, rating);
        return this;
    }

    Day sign(WarningSign... s) {
        signs.addAll(Arrays.asList(s));
        return this;
    }

    Day celsius(double c) {
        temperature = new Temperature(c, Temperature.Unit.CELSIUS);
        return this;
    }

    Day fahrenheit(double f) {
        temperature = new Temperature(f, Temperature.Unit.FAHRENHEIT);
        return this;
    }

    /** A pain entry whose worst-in-24-hours rating is {@code worst}. */
    Day pain(int worst, BodyRegion... sites) { return painNowAndWorst(null, worst, sites); }

    /** A pain entry with a "now" rating and, when not null, a worst-in-24-hours rating. */
    Day painNowAndWorst(Integer now, Integer worst, BodyRegion... sites) {
        Set<BodyRegion> where = sites.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(sites));
        pain.add(new PainEntry(0, date.atTime(8 + pain.size(), 0), now, worst, null, where, false, null, null));
        return this;
    }

    DayLog log() { return new DayLog(date, ratings, signs, temperature, pain); }

    /** Oldest first, as the rules expect. */
    static List<DayLog> history(Day... days) { return Arrays.stream(days).map(Day::log).toList(); }
}
