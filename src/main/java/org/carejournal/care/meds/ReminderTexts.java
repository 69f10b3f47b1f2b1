package org.carejournal.care.meds;

import static org.carejournal.domain.meds.ReminderKind.APPOINTMENT_PREP;
import static org.carejournal.domain.meds.ReminderKind.BLOOD_COUNT_BEFORE_DOSE;
import static org.carejournal.domain.meds.ReminderKind.BONE_DENSITY_ON_ADT;
import static org.carejournal.domain.meds.ReminderKind.CALCIUM_VITAMIN_D;
import static org.carejournal.domain.meds.ReminderKind.DENTAL_BEFORE_BONE_DRUG;
import static org.carejournal.domain.meds.ReminderKind.DENTAL_RECALL;
import static org.carejournal.domain.meds.ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC;
import static org.carejournal.domain.meds.ReminderKind.LIVER_ON_ABIRATERONE;
import static org.carejournal.domain.meds.ReminderKind.NEXT_INJECTION;
import static org.carejournal.domain.meds.ReminderKind.PSA_DUE;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;

/**
 * The words of each care reminder: a short title, why it exists, the organisation the reason comes from
 * and (through its {@link ReminderKind}) the library article that explains it. Written in our own words; they point to the care team and
 * never advise a treatment. Where a reminder only follows the person's own plan or wish (the next dose,
 * an appointment), it states no medical fact and names no source.
 */
final class ReminderTexts {
    static final String ACS = "American Cancer Society";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final String JAW = "Bone-strengthening medicines can, rarely, harm the jawbone. "
            + "It happens most often after dental work done during treatment.";

    private ReminderTexts() {}

    static String day(LocalDate d) { return DAY.format(d); }

    /** @param late the two weeks before the first dose had already begun when the reminder first appeared */
    static Reminder dentalBefore(String key, Medication m, LocalDate firstDose, LocalDate due, boolean late) {
        String why = JAW + " A dental check, with any problems treated, is best done at least 2 weeks before "
                + "the first dose (" + day(firstDose) + ")."
                + (late ? " That is less than 2 weeks away now, so it is already late: please book it soon "
                + "and tell your care team." : " Tell the dentist which medicine you will have.");
        return make(key, DENTAL_BEFORE_BONE_DRUG, "Dental check before starting " + m.name(), why, ACS, due, m);
    }

    static Reminder calcium(String key, Medication m, LocalDate due) {
        String why = "Calcium and vitamin D are usually taken every day alongside " + m.name()
                + ", because the medicine can lower the calcium in the blood. Ask your care team whether this "
                + "is right for you, and how much. If it is, add it to your plan so the journal can remind you.";
        return make(key, CALCIUM_VITAMIN_D, "Ask about calcium and vitamin D with " + m.name(), why, ACS, due, m);
    }

    static Reminder kidney(String key, Medication m, LocalDate dose, LocalDate due) {
        String why = "Zoledronic acid leaves the body through the kidneys. A blood test (creatinine) before each "
                + "dose lets the care team check the kidneys are coping and adjust the dose if needed. "
                + "This one is for the dose on " + day(dose) + ".";
        return make(key, KIDNEY_BEFORE_ZOLEDRONIC, "Kidney blood test before " + m.name() + " on " + day(dose),
                why, label(m), due, m);
    }

    static Reminder bloodCount(String key, Medication m, LocalDate dose, LocalDate due) {
        String why = m.name() + " can lower the number of blood cells that fight infection, carry oxygen and "
                + "stop bleeding. A blood count before each dose lets the care team decide whether it is safe "
                + "to go ahead. This one is for the dose on " + day(dose) + ".";
        return make(key, BLOOD_COUNT_BEFORE_DOSE, "Blood count before " + m.name() + " on " + day(dose), why,
                label(m), due, m);
    }

    /** @param early within the first 12 weeks, when the tests are every 2 weeks */
    static Reminder liver(String key, Medication m, LocalDate due, boolean early) {
        String why = m.name() + " can affect the liver, so liver blood tests are done "
                + (early ? "every 2 weeks for the first 3 months." : "every month after the first 3 months.")
                + " Your care team may choose a different timetable; follow theirs.";
        return make(key, LIVER_ON_ABIRATERONE, "Liver blood test on " + m.name(), why, label(m),
                due, m);
    }

    static Reminder nextDose(String key, Medication m, LocalDate dose, LocalDate due) {
        String why = "Your plan has the next dose of " + m.name() + " on " + day(dose)
                + ". Check the appointment is booked and that you can get there.";
        return make(key, NEXT_INJECTION, "Next " + m.name() + " on " + day(dose), why, "", due, m);
    }

    /** @param last the last PSA test kept, or null when there is none */
    static Reminder psa(String key, LocalDate last, int months, LocalDate due) {
        String every = months == 1 ? "every month" : "every " + months + " months";
        String why = "Regular PSA tests help your care team see how treatment is working. "
                + (last == null ? "The journal has no PSA result yet; add your latest one, or ask when the next "
                + "test is due." : "Your last PSA test was on " + day(last) + ", and you chose a test " + every
                + " (you can change this on the Reminders screen).");
        return make(key, PSA_DUE, "PSA test due", why, ACS, due, null);
    }

    static Reminder boneDensity(String key, Medication m, LocalDate due) {
        String why = "Hormone therapy can thin the bones over time. A bone density scan shows where you start "
                + "from. Ask your care team whether you should have one now that you are on " + m.name() + ".";
        return make(key, BONE_DENSITY_ON_ADT, "Ask about a bone density scan", why, ACS, due, m);
    }

    static Reminder dentalRecall(String key, Medication m, LocalDate due) {
        String why = JAW + " While you have " + m.name() + ", a dental visit about every 6 months helps find "
                + "problems early. Tell the dentist about the medicine.";
        return make(key, DENTAL_RECALL, "Dental visit, every 6 months on " + m.name(), why, ACS, due, m);
    }

    static Reminder appointmentPrep(String key, Appointment a, LocalDate due) {
        String why = "Your appointment with " + a.with() + " is on " + day(a.at().toLocalDate()) + " at "
                + a.at().toLocalTime() + (a.place().isEmpty() ? "" : " (" + a.place() + ")")
                + ". Print the summary and look over the questions you want to ask.";
        return make(key, APPOINTMENT_PREP, "Get ready for your appointment with " + a.with(), why, "", due, null);
    }

    private static String label(Medication m) {
        return "Product label of " + m.name();
    }

    private static Reminder make(String key, ReminderKind kind, String title, String why, String source,
                                 LocalDate due, Medication m) {
        return Reminder.generated(key, kind, title, why, source, kind.articleTag(), due, m == null ? null : m.id());
    }
}
