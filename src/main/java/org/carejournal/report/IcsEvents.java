package org.carejournal.report;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;

/**
 * Makes the calendar events of an export, one kind per method, each with its alarm.
 *
 * <p>Times are written as floating local times (no TZID, no VTIMEZONE): a dose at 08:00 is due at 08:00
 * on the person's own clock, wherever that is, and floating time says exactly that. Google Calendar reads
 * such times in the calendar's own zone, Apple Calendar keeps them floating, Outlook and Thunderbird read
 * them as local time, so all four show 08:00. A TZID would need a VTIMEZONE that Outlook in particular is
 * fussy about, and would pin the doses to the zone the export happened to run in.
 *
 * <p>UIDs are made from the journal's uid and the identity of the thing (schedule and time of day, medicine
 * and dose day, reminder key, appointment id), so exporting again updates the same entries instead of
 * adding copies.
 */
final class IcsEvents {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HHmm");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final String FROM_PLAN = "From your Care Journal plan.";

    /** A tablet at home: long enough to show in a day view, short enough not to crowd it. */
    static final Duration HOME_DOSE = Duration.ofMinutes(15);
    /** Injections, infusions and appointments take a visit. */
    static final Duration VISIT = Duration.ofHours(1);

    // Alarms. A day before a visit leaves time to arrange the trip; all-day entries get 09:00 (the
    // offset runs from the day's midnight), which Apple Calendar and Thunderbird show as "on the day
    // at 9:00" and "the day before at 9:00".
    static final Duration BEFORE_HOME_DOSE = Duration.ofMinutes(-15);
    static final Duration BEFORE_VISIT = Duration.ofDays(-1);
    static final Duration MORNING_OF = Duration.ofHours(9);
    static final Duration MORNING_BEFORE = Duration.ofHours(-15);

    private final String uidDomain;
    private final Instant stamp;

    /**
     * @param uidDomain the journal's uid, the part of every UID after the {@code @}
     * @param stamp     the export time (DTSTAMP)
     */
    IcsEvents(String uidDomain, Instant stamp) {
        this.uidDomain = uidDomain;
        this.stamp = stamp;
    }

    /**
     * A daily dose at one time of day as one recurring event, from {@code first} to {@code last} (due
     * days of the schedule, inclusive). UNTIL is a floating local time, as RFC 5545 asks when DTSTART is one.
     */
    VEvent dailyDose(Medication m, Schedule s, LocalTime time, LocalDate first, LocalDate last) {
        LocalDateTime start = first.atTime(time);
        VEvent e = event("daily-" + s.id() + "-" + time.format(HOUR_MINUTE), start, start.plus(HOME_DOSE),
                doseTitle(m, s));
        if (last.isAfter(first)) {
            Recur<LocalDateTime> rule = new Recur.Builder<>(new Recur<LocalDateTime>(s.rrule()))
                    .until(last.atTime(time)).build();
            e.add(new RRule<>(rule));
        }
        e.add(new Description(text(doseLine(m, s) + " Each day at " + time.format(CLOCK) + ".", s.instruction(),
                FROM_PLAN)));
        e.add(ImmutableTransp.TRANSPARENT);
        return withAlarm(e, BEFORE_HOME_DOSE, doseTitle(m, s) + " at " + time.format(CLOCK));
    }

    /**
     * One dose of an every-N or cycle schedule: a clinic visit for an injection or infusion.
     *
     * @param doseNumber which dose of a course this is (from 1), or 0 when the schedule is not a course
     * @param doses      the course's number of doses, or 0
     */
    VEvent visitDose(Medication m, Schedule s, LocalDateTime at, int doseNumber, int doses) {
        String id = "dose-" + m.id() + "-" + at.format(DAY) + (s.times().size() > 1 ? "-" + at.format(HOUR_MINUTE) : "");
        String course = doseNumber > 0 && doses > 0 ? "Dose " + doseNumber + " of " + doses + "." : "";
        VEvent e = event(id, at, at.plus(VISIT), doseTitle(m, s));
        e.add(new Description(text(doseLine(m, s), course, s.instruction(), FROM_PLAN)));
        return withAlarm(e, BEFORE_VISIT, doseTitle(m, s) + " tomorrow at " + at.format(CLOCK));
    }

    /** A dose of an every-N schedule kept without a time of day: an all-day entry. */
    VEvent visitDoseDay(Medication m, Schedule s, LocalDate day, int doseNumber, int doses) {
        String course = doseNumber > 0 && doses > 0 ? "Dose " + doseNumber + " of " + doses + "." : "";
        VEvent e = event("dose-" + m.id() + "-" + day.format(DAY), day, day.plusDays(1), doseTitle(m, s));
        e.add(new Description(text(doseLine(m, s), course, s.instruction(), FROM_PLAN)));
        return withAlarm(e, MORNING_BEFORE, doseTitle(m, s) + " tomorrow");
    }

    /** A one-off treatment (a radiation course, an operation) as an all-day entry over its days. */
    VEvent treatmentEvent(Medication m, Schedule s) {
        LocalDate last = s.end() == null ? s.start() : s.end();
        VEvent e = event("event-" + s.id(), s.start(), last.plusDays(1), m.name());
        String days = last.equals(s.start()) ? "" : "From " + s.start() + " to " + last + ".";
        e.add(new Description(text(days, s.instruction(), FROM_PLAN)));
        return withAlarm(e, MORNING_BEFORE, m.name() + " starts tomorrow");
    }

    /** An open reminder as an all-day entry on the day it is shown from; the description says why it exists. */
    VEvent reminder(Reminder r) {
        String id = r.key() != null ? "reminder-" + r.key().replaceAll("[^A-Za-z0-9.-]", "-") : "reminder-" + r.id();
        LocalDate day = r.showFrom();
        VEvent e = event(id, day, day.plusDays(1), r.title());
        String source = r.source().isBlank() ? "" : "Source: " + r.source() + ".";
        e.add(new Description(text(r.why(), source, "From your Care Journal reminders.")));
        e.add(ImmutableTransp.TRANSPARENT);
        return withAlarm(e, MORNING_OF, r.title());
    }

    /** An appointment as a one-hour entry at its place. */
    VEvent appointment(Appointment a) {
        String title = "Appointment: " + a.with();
        VEvent e = event("appointment-" + a.id(), a.at(), a.at().plus(VISIT), title);
        if (!a.place().isEmpty()) e.add(new Location(a.place()));
        e.add(new Description(text(a.note(), "From your Care Journal appointments.")));
        return withAlarm(e, BEFORE_VISIT, title + " tomorrow at " + a.at().format(CLOCK));
    }

    private <T extends Temporal> VEvent event(String id, T start, T end, String summary) {
        // VEvent(false): no DTSTAMP of its own making, so the export time is the only one.
        VEvent e = new VEvent(false);
        e.add(new Uid(id + "@" + uidDomain));
        e.add(new DtStamp(stamp));
        e.add(new DtStart<>(start));
        e.add(new DtEnd<>(end));
        e.add(new Summary(summary));
        return e;
    }

    private static VEvent withAlarm(VEvent e, TemporalAmount trigger, String message) {
        VAlarm alarm = new VAlarm(trigger);
        alarm.add(ImmutableAction.DISPLAY);
        alarm.add(new Description(message));
        e.add(alarm);
        return e;
    }

    /** "Leuprolide (Lupron Depot) 22.5 mg": the medicine and the amount, as on its label. */
    static String doseTitle(Medication m, Schedule s) {
        return s.dose().isEmpty() ? m.name() : m.name() + " " + s.dose();
    }

    private static String doseLine(Medication m, Schedule s) {
        String amount = s.dose().isEmpty() ? "as prescribed" : s.dose();
        String route = m.route() == null || m.route() == Route.OTHER ? "" : ", " + m.route().label().toLowerCase(Locale.ROOT);
        return "Dose: " + amount + route + ".";
    }

    /** Paragraphs joined by blank lines, the empty ones left out. */
    private static String text(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String p : parts) {
            if (p == null || p.isBlank()) continue;
            if (b.length() > 0) b.append("\n\n");
            b.append(p.strip());
        }
        return b.toString();
    }
}
