package org.carejournal.domain.sample;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Schedule;

/**
 * Robert's dose log for {@link SampleMedications}, up to yesterday: tablets mostly taken on time, now and
 * then late, a few skipped with a reason and a few simply missed; clinic injections given on the day;
 * paracetamol on days his pain was bad. In the last two weeks exactly one dose is missed, so the Today
 * screen has one to show. Deterministic: one fixed seed, drawn in a fixed order.
 */
final class SampleDoses {
    private static final long SEED = 20_260_301L;
    /** Missed doses are listed for this many days; older ones are history. */
    private static final int RECENT_DAYS = 14;
    /** Which denosumab dose (counting from 0) was put off for a tooth extraction. */
    private static final int POSTPONED_DENOSUMAB = 8;
    /** Which leuprolide injection (counting from 0) the clinic gave three days late. */
    private static final int LATE_LEUPROLIDE = 5;

    private static final String[] SKIP_REASONS = {
            "Felt sick in the morning", "Left the tablets at home, away at my daughter's",
            "Ran out; the pharmacy was closed", "Stomach upset"};
    private static final String[] PAIN_REASONS = {
            "Hip ache", "Lower back pain", "Sore after a long walk", "Hip pain kept me awake"};

    private final LocalDate today;
    private final Random noise = new Random(SEED);

    SampleDoses(LocalDate today) {
        this.today = today;
    }

    /** Events for every planned dose of {@code s} due before today (medication id 0). */
    List<DoseEvent> planned(String key, Schedule s) {
        boolean clinic = key.equals(SampleMedications.LEUPROLIDE) || key.equals(SampleMedications.DENOSUMAB);
        LocalDate lastDay = s.end() != null && s.end().isBefore(today) ? s.end() : today.minusDays(1);
        List<DoseEvent> log = new ArrayList<>();
        List<LocalDate> days = dueDays(s, lastDay);
        for (int k = 0; k < days.size(); k++) {
            for (LocalTime t : s.times()) {
                LocalDateTime due = days.get(k).atTime(t);
                DoseEvent e = clinic ? injection(key, k, due) : tablet(key, due);
                if (e != null) log.add(e);
            }
        }
        return log;
    }

    private DoseEvent injection(String key, int k, LocalDateTime due) {
        if (key.equals(SampleMedications.DENOSUMAB) && k == POSTPONED_DENOSUMAB) {
            return DoseEvent.skipped(0, due, "Put off for a tooth extraction, as the dentist and the oncologist agreed");
        }
        LocalDateTime given = due.plusMinutes(noise.nextInt(25));
        if (key.equals(SampleMedications.LEUPROLIDE) && k == LATE_LEUPROLIDE && due.plusDays(3).toLocalDate().isBefore(today)) {
            given = given.plusDays(3);   // the clinic moved the appointment: taken at another time
        }
        return DoseEvent.taken(0, due, given);
    }

    /** A tablet: about 1 in 100 skipped, 1 in 100 missed (no event, older than two weeks), 3 in 100 late. */
    private DoseEvent tablet(String key, LocalDateTime due) {
        int roll = noise.nextInt(200);
        boolean recent = !due.toLocalDate().isBefore(today.minusDays(RECENT_DAYS));
        if (key.equals(SampleMedications.PREDNISONE) && due.equals(today.minusDays(2).atTime(20, 0))) return null;
        if (roll < 2) return DoseEvent.skipped(0, due, SKIP_REASONS[noise.nextInt(SKIP_REASONS.length)]);
        if (roll < 4 && !recent) return null;
        if (roll < 10) return DoseEvent.taken(0, due, due.plusMinutes(60 + noise.nextInt(120)));
        return DoseEvent.taken(0, due, due.plusMinutes(noise.nextInt(45) - 15));
    }

    /**
     * Paracetamol as needed: on a day his pain entry says he took it for breakthrough pain, and on about a
     * third of the days his worst pain was 4 or more. Days before today only.
     */
    List<DoseEvent> asNeeded(List<SampleCheckIns.Day> days) {
        List<DoseEvent> log = new ArrayList<>();
        for (SampleCheckIns.Day d : days) {
            PainEntry pain = d.pain();
            if (pain == null || !d.date().isBefore(today)) continue;
            if (pain.breakthrough()) {
                log.add(DoseEvent.asNeeded(0, pain.takenAt(), "1 g", "Breakthrough pain"));
            } else if (pain.worst() != null && pain.worst() >= 4 && noise.nextInt(3) == 0) {
                LocalDateTime at = d.date().atTime(9 + noise.nextInt(12), noise.nextInt(4) * 15);
                log.add(DoseEvent.asNeeded(0, at, "1 g", PAIN_REASONS[noise.nextInt(PAIN_REASONS.length)]));
            }
        }
        return log;
    }

    /**
     * The days a version has a dose from its start to {@code last}, for the rules {@link SampleMedications}
     * writes. Months are counted from the start each time, so a rhythm begun on the 31st comes back to the
     * 31st after a short month, as the rule's BYSETPOS form does.
     */
    static List<LocalDate> dueDays(Schedule s, LocalDate last) {
        List<LocalDate> days = new ArrayList<>();
        if (!s.kind().hasDueDoses()) return days;
        String freq = part(s.rrule(), "FREQ");
        String interval = part(s.rrule(), "INTERVAL");
        int n = interval == null ? 1 : Integer.parseInt(interval);
        for (int k = 0; ; k++) {
            LocalDate d = switch (freq) {
                case "DAILY" -> s.start().plusDays((long) k * n);
                case "WEEKLY" -> s.start().plusWeeks((long) k * n);
                case "MONTHLY" -> s.start().plusMonths((long) k * n);
                default -> throw new IllegalArgumentException("Not a sample rule: " + s.rrule());
            };
            if (d.isAfter(last)) return days;
            days.add(d);
        }
    }

    private static String part(String rule, String name) {
        for (String p : rule.split(";")) {
            if (p.startsWith(name + "=")) return p.substring(name.length() + 1);
        }
        return null;
    }
}
