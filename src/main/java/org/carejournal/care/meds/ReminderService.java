package org.carejournal.care.meds;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Reminder;

/**
 * Keeps a person's care reminders in step with their plan ({@link ReminderRules}) and carries out what the
 * person does with them: mark done, snooze, dismiss, add their own, add appointments.
 *
 * <p>Regenerating is idempotent and keeps what the person did: a reminder is found again by its key, a done
 * or dismissed one is never changed, and reminders added by hand are never touched.
 */
public final class ReminderService {
    private final MedicationPorts ports;
    private final LabResults labs;
    private final JournalSettings settings;
    private final ReminderRules rules;
    private final Clock clock;

    public ReminderService(MedicationPorts ports, LabResults labs, JournalSettings settings, MedicationCatalog catalog,
                           Clock clock) {
        this.ports = ports;
        this.labs = labs;
        this.settings = settings;
        this.rules = new ReminderRules(catalog);
        this.clock = clock;
    }

    private LocalDate today() { return LocalDate.now(clock); }

    /**
     * Brings the stored reminders in line with the rules, in one transaction: new keys are added; open ones
     * get the rules' current text and due date; open generated ones the rules no longer make (the plan
     * changed, or their date passed) are deleted. Done, dismissed and hand-made reminders stay as they are.
     */
    public void regenerate(long personId) {
        ports.transactions().allOrNothing(() -> {
            sync(personId);
            return null;
        });
    }

    private void sync(long personId) {
        List<Reminder> stored = ports.reminders().all(personId);
        Map<String, Reminder> byKey = new HashMap<>();
        Map<String, LocalDate> storedDue = new HashMap<>();
        for (Reminder r : stored) {
            if (r.key() == null) continue;
            byKey.put(r.key(), r);
            storedDue.put(r.key(), r.due());
        }
        ReminderFacts facts = new ReminderFacts(ports.plan().medications(personId), ports.plan().schedules(personId),
                ports.appointments().all(personId), lastPsa(personId), settings.psaIntervalMonths(personId),
                storedDue);
        Set<String> wanted = new HashSet<>();
        for (Reminder r : rules.reminders(facts, today())) {
            wanted.add(r.key());
            Reminder old = byKey.get(r.key());
            if (old == null) {
                ports.reminders().add(personId, r);
            } else if (old.open()) {
                Reminder fresh = old.refreshedFrom(r);
                if (!fresh.equals(old)) ports.reminders().update(fresh);
            }
        }
        for (Reminder r : stored) {
            if (r.key() != null && r.open() && !wanted.contains(r.key())) ports.reminders().delete(r.id());
        }
    }

    /** The day of the latest PSA test (standard or ultrasensitive), or null when none is kept. */
    private LocalDate lastPsa(long personId) {
        return Stream.concat(labs.forTest(personId, LabTest.PSA).stream(),
                        labs.forTest(personId, LabTest.PSA_ULTRASENSITIVE).stream())
                .map(LabResult::date).max(LocalDate::compareTo).orElse(null);
    }

    /** Every reminder of the person, by due date, as stored (call {@link #regenerate} first to bring it up to date). */
    public List<Reminder> all(long personId) {
        return ports.reminders().all(personId);
    }

    /** The stored reminders sorted into overdue, due soon, later and done as seen on {@code today}. */
    public ReminderGroups groups(long personId, LocalDate today) {
        return ReminderGroups.of(all(personId), today);
    }

    /** Marks a reminder done on a day (today or earlier) and saves it. */
    public Reminder markDone(Reminder r, LocalDate on) {
        if (on == null) throw new IllegalArgumentException("Choose the day it was done");
        if (on.isAfter(today())) throw new IllegalArgumentException("The day it was done cannot be in the future");
        return save(r.done(on));
    }

    /** Hides an open reminder until a later day; it stays open. */
    public Reminder snooze(Reminder r, LocalDate until) {
        if (!r.open()) throw new IllegalArgumentException("Only an open reminder can be snoozed");
        if (until == null || !until.isAfter(today())) throw new IllegalArgumentException("Choose a day after today");
        return save(r.snoozed(until));
    }

    /** Closes a reminder without doing it, keeping the reason. Regenerating never brings it back. */
    public Reminder dismiss(Reminder r, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("Say why you are dismissing it");
        return save(r.dismissed(reason));
    }

    /** Months between PSA tests the person expects; the psa-due reminder counts from the last result. */
    public int psaIntervalMonths(long personId) {
        return settings.psaIntervalMonths(personId);
    }

    /** Changes the PSA interval and moves the open psa-due reminder with it, all or nothing. */
    public void setPsaIntervalMonths(long personId, int months) {
        ports.transactions().allOrNothing(() -> {
            settings.setPsaIntervalMonths(personId, months);
            sync(personId);
            return null;
        });
    }

    /** Adds a reminder of the person's own; {@code why} may be empty. */
    public Reminder addCustom(long personId, String title, String why, LocalDate due) {
        if (title == null || title.isBlank()) throw new IllegalArgumentException("A reminder needs a title");
        if (due == null) throw new IllegalArgumentException("A reminder needs a due date");
        return ports.reminders().add(personId, Reminder.custom(title, why, due));
    }

    /** Saves a new appointment and brings the reminders up to date (its preparation reminder), as one change. */
    public Appointment addAppointment(long personId, Appointment a) {
        return ports.transactions().allOrNothing(() -> {
            Appointment saved = ports.appointments().add(personId, a);
            sync(personId);
            return saved;
        });
    }

    /** Saves a changed appointment (date, place...) and moves its preparation reminder with it. */
    public void updateAppointment(long personId, Appointment a) {
        ports.transactions().allOrNothing(() -> {
            ports.appointments().update(a);
            sync(personId);
            return null;
        });
    }

    /**
     * Deletes an appointment and its open preparation reminder. The person is needed because an appointment
     * does not name whose it is.
     */
    public void deleteAppointment(long personId, Appointment a) {
        ports.transactions().allOrNothing(() -> {
            ports.appointments().delete(a.id());
            sync(personId);
            return null;
        });
    }

    /** The person's appointments, soonest first. */
    public List<Appointment> appointments(long personId) {
        return ports.appointments().all(personId);
    }

    private Reminder save(Reminder r) {
        ports.reminders().update(r);
        return r;
    }
}
