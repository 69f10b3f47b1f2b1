package org.carejournal.care;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;

/**
 * One day's evidence for the red-flag rules: the standard symptom ratings, the warning signs, the
 * temperature and the pain entries of that day. Symptoms a person added themselves are not here:
 * the rules cannot know what they mean.
 *
 * @param ratings     0–10 per standard symptom; a symptom not rated that day is absent
 * @param temperature null when not taken
 * @param pain        that day's pain entries, in any order
 */
public record DayLog(LocalDate date, Map<StandardSymptom, Integer> ratings, Set<WarningSign> signs,
                     Temperature temperature, List<PainEntry> pain) {

    public DayLog {
        Objects.requireNonNull(date, "date");
        EnumMap<StandardSymptom, Integer> r = new EnumMap<>(StandardSymptom.class);
        for (Map.Entry<StandardSymptom, Integer> e : ratings.entrySet()) {
            Integer v = Objects.requireNonNull(e.getValue(), "rating");
            if (v < 0 || v > 10) throw new IllegalArgumentException("A rating is 0 to 10, not " + v);
            r.put(Objects.requireNonNull(e.getKey(), "symptom"), v);
        }
        ratings = Collections.unmodifiableMap(r);
        // EnumSet keeps contains() cheap; the rules ask it several times per save.
        EnumSet<WarningSign> s = EnumSet.noneOf(WarningSign.class);
        s.addAll(signs);
        signs = Collections.unmodifiableSet(s);
        pain = List.copyOf(pain);
        for (PainEntry p : pain) {
            if (!p.date().equals(date)) {
                throw new IllegalArgumentException("A pain entry of " + p.date() + " is not evidence for " + date);
            }
        }
    }

    /** A day with nothing logged. */
    public static DayLog empty(LocalDate date) {
        return new DayLog(date, Map.of(), Set.of(), null, List.of());
    }

    /**
     * The evidence of one day as the journal keeps it.
     *
     * @param checkIn     null when there was no check-in that day
     * @param symptoms    the person's symptoms, to tell which rating belongs to which standard symptom
     * @param painThatDay the pain entries of {@code date}
     */
    public static DayLog of(LocalDate date, CheckIn checkIn, List<Symptom> symptoms, List<PainEntry> painThatDay) {
        if (checkIn == null) return new DayLog(date, Map.of(), Set.of(), null, painThatDay);
        if (!checkIn.date().equals(date)) {
            throw new IllegalArgumentException("The check-in of " + checkIn.date() + " is not evidence for " + date);
        }
        EnumMap<StandardSymptom, Integer> ratings = new EnumMap<>(StandardSymptom.class);
        for (Map.Entry<Long, Integer> e : checkIn.ratings().entrySet()) {
            StandardSymptom standard = standardOf(e.getKey(), symptoms);
            if (standard != null) ratings.put(standard, e.getValue());
        }
        return new DayLog(date, ratings, checkIn.signs(), checkIn.temperature(), painThatDay);
    }

    /**
     * One {@code DayLog} per calendar day from {@code from} to {@code to}, oldest first, days with
     * nothing logged included: the shape {@link RedFlagRules#evaluate} expects when {@code to} is the
     * day just saved. Check-ins and pain entries outside the days are ignored. Each day scans the
     * lists, which is fine for the week before a save but not for years of entries.
     */
    public static List<DayLog> history(LocalDate from, LocalDate to, List<CheckIn> checkIns, List<Symptom> symptoms,
                                       List<PainEntry> pain) {
        if (to.isBefore(from)) throw new IllegalArgumentException("The days end before they start");
        List<DayLog> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            CheckIn checkIn = null;
            for (CheckIn c : checkIns) if (c.date().equals(d)) checkIn = c;
            List<PainEntry> painThatDay = new ArrayList<>();
            for (PainEntry p : pain) if (p.date().equals(d)) painThatDay.add(p);
            days.add(of(d, checkIn, symptoms, painThatDay));
        }
        return days;
    }

    private static StandardSymptom standardOf(long symptomId, List<Symptom> symptoms) {
        for (Symptom s : symptoms) if (s.id() == symptomId) return s.standard();
        return null; // unknown id: a symptom deleted since, or not this person's
    }

    /** The rating of a standard symptom, 0 when it was not rated that day. */
    public int rating(StandardSymptom symptom) {
        Integer r = ratings.get(symptom);
        return r == null ? 0 : r;
    }

    /** Whether the symptom was rated that day (a rating of 0 counts as rated). */
    public boolean rated(StandardSymptom symptom) { return ratings.containsKey(symptom); }

    public boolean has(WarningSign sign) { return signs.contains(sign); }

    /**
     * Whether a plausible temperature of at least 38 °C was taken. An implausible reading (say 98.6
     * entered as °C) is a typing slip, not a fever, and would only raise a false alarm.
     */
    public boolean fever() { return temperature != null && temperature.plausible() && temperature.isFever(); }

    /** The highest pain rating of the day over all its entries, or null when none was rated. */
    public Integer worstPain() {
        Integer worst = null;
        for (PainEntry p : pain) {
            Integer h = p.highest();
            if (h != null && (worst == null || h > worst)) worst = h;
        }
        return worst;
    }

    /** The highest rating of the day's pain entries felt in the neck or back, or null when there was none. */
    public Integer worstSpinePain() {
        Integer worst = null;
        for (PainEntry p : pain) {
            Integer h = p.highest();
            if (h != null && touchesSpine(p) && (worst == null || h > worst)) worst = h;
        }
        return worst;
    }

    /** Neck or back pain that day: an entry with such a site and a rating of at least 1. */
    public boolean spinePain() {
        Integer w = worstSpinePain();
        return w != null && w >= 1;
    }

    private static boolean touchesSpine(PainEntry p) {
        for (BodyRegion r : p.sites()) if (r.isSpine()) return true;
        return false;
    }
}
