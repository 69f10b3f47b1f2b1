package org.carejournal.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.care.meds.ScheduleExpansion;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * Picks what falls in an export's window and turns it into an iCalendar object: planned doses of the
 * medicines still in the plan (as-needed ones have no date, so they are left out), open reminders and
 * appointments.
 */
final class IcsCalendar {
    static final String PRODUCT = "-//Care Journal//EN";

    private IcsCalendar() {}

    /**
     * The events of {@code content} within {@code window}, in the order: doses by medicine, reminders,
     * appointments.
     *
     * @param journalUid the journal's uid, which every event's UID ends with
     * @param stamp      the export time, each event's DTSTAMP
     */
    static List<VEvent> events(IcsContent content, IcsWindow window, String journalUid, Instant stamp) {
        IcsEvents make = new IcsEvents(journalUid, stamp);
        Map<Long, Medication> inPlan = content.medications().stream().filter(m -> !m.removed())
                .collect(Collectors.toMap(Medication::id, Function.identity()));
        List<VEvent> events = new java.util.ArrayList<>();
        for (Schedule s : content.schedules()) {
            Medication m = inPlan.get(s.medicationId());
            if (m != null) addDoses(events, make, m, s, window);
        }
        for (Reminder r : content.reminders()) {
            if (r.open() && window.contains(r.showFrom())) events.add(make.reminder(r));
        }
        for (Appointment a : content.appointments()) {
            if (window.contains(a.at().toLocalDate())) events.add(make.appointment(a));
        }
        return events;
    }

    /** The calendar holding {@code events}, with the headers every file has. */
    static Calendar of(List<VEvent> events) {
        Calendar cal = new Calendar();
        cal.add(new ProdId(PRODUCT));
        cal.add(ImmutableVersion.VERSION_2_0);
        cal.add(ImmutableCalScale.GREGORIAN);
        // The name Apple Calendar and Thunderbird give a calendar made from the file.
        cal.add(new XProperty("X-WR-CALNAME", "Care Journal"));
        for (VEvent e : events) cal.add(e);
        return cal;
    }

    private static void addDoses(List<VEvent> events, IcsEvents make, Medication m, Schedule s, IcsWindow window) {
        switch (s.kind()) {
            case DAILY -> {
                List<LocalDate> days = ScheduleExpansion.dueDays(s, window.from(), window.last());
                if (days.isEmpty()) return;
                for (LocalTime t : s.times()) {
                    events.add(make.dailyDose(m, s, t, days.get(0), days.get(days.size() - 1)));
                }
            }
            case EVERY, CYCLE -> {
                int doses = s.kind() == ScheduleKind.CYCLE ? Rhythms.doseCount(s) : 0;
                for (LocalDate day : ScheduleExpansion.dueDays(s, window.from(), window.last())) {
                    int number = doses > 0 ? ScheduleExpansion.doseNumber(s, day) : 0;
                    if (s.times().isEmpty()) {
                        events.add(make.visitDoseDay(m, s, day, number, doses));
                    }
                    for (LocalTime t : s.times()) {
                        events.add(make.visitDose(m, s, LocalDateTime.of(day, t), number, doses));
                    }
                }
            }
            case ONCE -> {
                LocalDate last = s.end() == null ? s.start() : s.end();
                // A course already under way when the export starts is still worth seeing.
                if (!last.isBefore(window.from()) && !s.start().isAfter(window.last())) {
                    events.add(make.treatmentEvent(m, s));
                }
            }
            case AS_NEEDED -> { }
        }
    }
}
