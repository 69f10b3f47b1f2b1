package org.carejournal.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;

/**
 * The plan the export tests use, exported for 3 months from 1 December 2026 (to 28 February 2027):
 * a daily tablet, a twice-daily tablet that stops mid-January, a 3-monthly depot started on 31 August,
 * six radium-223 doses 28 days apart from 6 October, a radiation course, as-needed pain relief, a medicine
 * taken out of the plan, reminders in every state and two appointments.
 */
final class IcsPlan {
    static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    static final int MONTHS = 3;
    static final String JOURNAL_UID = "5f0c6a1e-0b7d-4a55-9d8e-2c1b7e3f9a10";

    /** A name longer than a line, in letters that take two and three octets in UTF-8. */
    static final String LONG_NAME = "Abiratérone acétate (Zytiga®) — アビラテロン酢酸エステル錠 250 mg, prise à jeun";
    /** A reason with every character TEXT escaping must handle. */
    static final String WHY = "Radium-223 lowers blood counts; a count is checked before each dose, "
            + "so ask the clinic\\lab for one.\nBring the last results.";

    private IcsPlan() {}

    static Medication med(long id, String name, DrugClass drugClass, Route route) {
        return Medication.draft(null, name, drugClass, route).withId(id);
    }

    static final Medication ABIRATERONE = med(1, LONG_NAME, DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH);
    static final Medication PREDNISONE = med(2, "Prednisone", DrugClass.CORTICOSTEROID, Route.BY_MOUTH);
    static final Medication LEUPROLIDE = med(3, "Leuprolide (Lupron Depot)", DrugClass.LHRH_AGONIST, Route.INJECTION);
    static final Medication RADIUM = med(4, "Radium-223 (Xofigo)", DrugClass.RADIOPHARMACEUTICAL, Route.INFUSION);
    static final Medication RADIOTHERAPY = med(5, "Radiotherapy to the spine", DrugClass.RADIATION, Route.RADIATION);
    static final Medication PARACETAMOL = med(6, "Paracetamol", DrugClass.PAIN_RELIEF, Route.BY_MOUTH);
    static final Medication BICALUTAMIDE = med(7, "Bicalutamide", DrugClass.OLDER_ANTIANDROGEN, Route.BY_MOUTH)
            .withRemoved(true);

    static List<Medication> medications() {
        return List.of(ABIRATERONE, PREDNISONE, LEUPROLIDE, RADIUM, RADIOTHERAPY, PARACETAMOL, BICALUTAMIDE);
    }

    static List<Schedule> schedules() {
        return List.of(
                Rhythms.daily(1, LocalDate.of(2026, 6, 1), null, List.of(LocalTime.of(8, 0)), "1000 mg").withId(11),
                Rhythms.daily(2, LocalDate.of(2026, 6, 1), LocalDate.of(2027, 1, 15),
                        List.of(LocalTime.of(20, 0), LocalTime.of(8, 0)), "5 mg").withId(12),
                Rhythms.every(3, LocalDate.of(2026, 8, 31), null, 3, ChronoUnit.MONTHS, LocalTime.of(10, 30), "22.5 mg")
                        .withId(13),
                Rhythms.cycle(4, LocalDate.of(2026, 10, 6), 28, 6, LocalTime.of(9, 0), "55 kBq/kg").withId(14),
                Rhythms.once(5, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 14), "Five sessions, one a day")
                        .withId(15),
                Rhythms.asNeeded(6, LocalDate.of(2026, 6, 1), "1 g", "up to 4 times a day").withId(16),
                Rhythms.daily(7, LocalDate.of(2025, 1, 1), null, List.of(LocalTime.of(9, 0)), "50 mg").withId(17));
    }

    /** The blood count before the fourth radium dose; open, due in the window. */
    static final Reminder BLOOD_COUNT = Reminder.generated("blood-count-before-dose:4:2026-12-29",
            ReminderKind.BLOOD_COUNT_BEFORE_DOSE, "Blood count before Radium-223 dose 4", WHY, "NICE",
            "radium-223", LocalDate.of(2026, 12, 22), 4L).withId(31);

    static List<Reminder> reminders() {
        return List.of(BLOOD_COUNT,
                // Snoozed from before the window into it: shown on the snooze day.
                Reminder.custom("Order more prednisone", "", LocalDate.of(2026, 11, 20)).withId(32)
                        .snoozed(LocalDate.of(2026, 12, 3)),
                // Done, dismissed, overdue before the window, after it: all left out.
                Reminder.custom("Call the dentist", "", LocalDate.of(2026, 12, 5)).withId(33).done(LocalDate.of(2026, 11, 30)),
                Reminder.custom("Flu jab", "", LocalDate.of(2026, 12, 6)).withId(34).dismissed("Had it"),
                Reminder.custom("Book a scan", "", LocalDate.of(2026, 11, 1)).withId(35),
                Reminder.custom("Bone density scan", "", LocalDate.of(2027, 3, 1)).withId(36));
    }

    static final Appointment CLINIC = new Appointment(41, LocalDateTime.of(2027, 1, 20, 14, 30), "Oncology clinic",
            "St Mary's Hospital, Ward 5; Level 2", "Ask about the bone scan");

    static List<Appointment> appointments() {
        return List.of(CLINIC,
                new Appointment(42, LocalDateTime.of(2027, 3, 1, 9, 0), "Dr Patel", "", ""));
    }

    static IcsContent content() {
        return new IcsContent(medications(), schedules(), reminders(), appointments());
    }
}
