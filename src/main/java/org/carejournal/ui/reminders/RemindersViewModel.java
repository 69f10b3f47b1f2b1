package org.carejournal.ui.reminders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.care.meds.ReminderGroups;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.library.LearnSignal;
import org.carejournal.ui.Async;

/**
 * The Reminders screen: the person's care reminders in four groups (overdue, due soon, later, done),
 * their coming appointments, and the commands that close, put off or add them. Every command checks its
 * form first; bad input leaves a message beside the field and saves nothing.
 */
public final class RemindersViewModel {
    private final ReminderService service;
    private final long personId;
    private final Async async;
    private final Clock clock;

    private final ObservableList<ReminderRow> overdue = FXCollections.observableArrayList();
    private final ObservableList<ReminderRow> dueSoon = FXCollections.observableArrayList();
    private final ObservableList<ReminderRow> later = FXCollections.observableArrayList();
    private final ObservableList<ReminderRow> done = FXCollections.observableArrayList();
    private final ObservableList<AppointmentRow> appointments = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> readOnlySignals = FXCollections.unmodifiableObservableList(signals);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper nothingOpen = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper psaIntervalMonths = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final boolean regenerate;
    /** Counts reads, so an older answer arriving after a newer one is dropped. */
    private int generation;

    public RemindersViewModel(ReminderService service, long personId, Async async, Clock clock) {
        this(service, personId, async, clock, true);
    }

    /**
     * @param regenerate false in review mode: the stored reminders are shown as they are, since bringing
     *                   them up to date with the plan would write to a file that must stay unchanged
     */
    public RemindersViewModel(ReminderService service, long personId, Async async, Clock clock, boolean regenerate) {
        this.regenerate = regenerate;
        this.service = service;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
    }

    /** Brings the reminders up to date with the plan (regenerating them, unless in review), then reads them. */
    public void load() {
        read(() -> {
            if (regenerate) service.regenerate(personId);
            return null;
        }, "");
    }

    /** Sets how many months apart PSA tests are expected; the PSA reminder moves with it. */
    public void setPsaIntervalMonths(int months) {
        if (months == psaIntervalMonths.get()) return;
        read(() -> {
            service.setPsaIntervalMonths(personId, months);
            return null;
        }, "A PSA test is now expected every " + months + (months == 1 ? " month." : " months."));
    }

    /** Marks a reminder done on the day in {@code form}; false (and a message beside the field) when it cannot be read. */
    public boolean markDone(ReminderRow row, DoneForm form) {
        Optional<LocalDate> on = form.check(today());
        on.ifPresent(day -> read(() -> service.markDone(row.reminder(), day), "Marked done: " + row.title() + "."));
        return on.isPresent();
    }

    /** Puts a reminder off until the day chosen in {@code form}. */
    public boolean snooze(ReminderRow row, SnoozeForm form) {
        LocalDate today = today();
        Optional<LocalDate> until = form.check(today);
        until.ifPresent(day -> read(() -> service.snooze(row.reminder(), day),
                "Snoozed until " + DueWords.day(day, today) + ": " + row.title() + "."));
        return until.isPresent();
    }

    /** Dismisses a reminder with the reason in {@code form} (a reason is required). */
    public boolean dismiss(ReminderRow row, DismissForm form) {
        Optional<String> reason = form.check();
        reason.ifPresent(r -> read(() -> service.dismiss(row.reminder(), r), "Dismissed: " + row.title() + "."));
        return reason.isPresent();
    }

    /** Saves the appointment in {@code form}; the journal then reminds two days before it. */
    public boolean addAppointment(AppointmentForm form) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<Appointment> a = form.check(now);
        a.ifPresent(appointment -> read(() -> service.addAppointment(personId, appointment),
                "Added the appointment with " + appointment.with() + " on "
                        + DueWords.dayAndTime(appointment.at(), now.toLocalDate()) + "."));
        return a.isPresent();
    }

    /** Saves a reminder of the person's own. */
    public boolean addReminder(ReminderForm form) {
        Optional<ReminderForm.Entry> e = form.check(today());
        e.ifPresent(entry -> read(() -> service.addCustom(personId, entry.title(), entry.note(), entry.due()),
                "Added the reminder: " + entry.title() + "."));
        return e.isPresent();
    }

    public void deleteAppointment(AppointmentRow row) {
        read(() -> {
            service.deleteAppointment(personId, row.appointment());
            return null;
        }, "Deleted the appointment with " + row.appointment().with() + " on " + row.when() + ".");
    }

    public DoneForm doneForm() { return new DoneForm(today()); }
    public SnoozeForm snoozeForm() { return new SnoozeForm(); }
    public DismissForm dismissForm() { return new DismissForm(); }
    public AppointmentForm appointmentForm() { return new AppointmentForm(); }
    public ReminderForm reminderForm() { return new ReminderForm(today()); }

    /** Runs {@code change} in the background, then reads the groups and appointments and shows them. */
    private void read(Supplier<?> change, String doneMessage) {
        int ticket = ++generation;
        LocalDateTime now = LocalDateTime.now(clock);
        async.run(() -> {
            change.get();
            return new Loaded(service.groups(personId, now.toLocalDate()), service.appointments(personId),
                    service.psaIntervalMonths(personId));
        }, l -> {
            if (ticket != generation) return;
            show(l, now);
            problem.set("");
            status.set(doneMessage);
        }, e -> problem.set("Could not use the journal file: " + e.getMessage()));
    }

    private record Loaded(ReminderGroups groups, List<Appointment> appointments, int psaMonths) {}

    private void show(Loaded l, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        overdue.setAll(rows(l.groups().overdue(), today));
        dueSoon.setAll(rows(l.groups().dueSoon(), today));
        later.setAll(rows(l.groups().later(), today));
        done.setAll(rows(l.groups().done(), today));
        // Today's appointments stay listed all day: they matter most on the day itself.
        appointments.setAll(l.appointments().stream().filter(a -> !a.at().toLocalDate().isBefore(today))
                .map(a -> AppointmentRow.of(a, today)).toList());
        nothingOpen.set(overdue.isEmpty() && dueSoon.isEmpty() && later.isEmpty());
        psaIntervalMonths.set(l.psaMonths());
        List<LearnSignal> fresh = RemindersSignals.of(l.groups().overdue(), l.groups().dueSoon(), l.groups().later(),
                appointments.stream().map(AppointmentRow::appointment).toList());
        if (!signals.equals(fresh)) signals.setAll(fresh);
        loaded.set(true);
    }

    private static List<ReminderRow> rows(List<org.carejournal.domain.meds.Reminder> reminders, LocalDate today) {
        return reminders.stream().map(r -> ReminderRow.of(r, today)).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Open reminders whose day has passed, most overdue first (as the service orders them). */
    public ObservableList<ReminderRow> overdue() { return overdue; }
    /** Open reminders due today or in the next 7 days. */
    public ObservableList<ReminderRow> dueSoon() { return dueSoon; }
    /** Open reminders due after the next 7 days. */
    public ObservableList<ReminderRow> later() { return later; }
    /** Reminders done or dismissed. */
    public ObservableList<ReminderRow> done() { return done; }
    /** Appointments from today on, soonest first. */
    public ObservableList<AppointmentRow> appointments() { return appointments; }
    /**
     * What the "Learn more" panel should explain: why each open reminder exists (overdue ones weigh most)
     * and, when one is coming, preparing for an appointment. Replaced as a whole on every read; read-only.
     */
    public ObservableList<LearnSignal> learnSignals() { return readOnlySignals; }
    /** True once the first read has arrived. */
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** True once loaded when no reminder is open: the screen then says what it will remind about. */
    public ReadOnlyBooleanProperty nothingOpenProperty() { return nothingOpen.getReadOnlyProperty(); }
    /** Months between PSA tests, as the journal keeps it (0 until loaded). */
    public ReadOnlyIntegerProperty psaIntervalMonthsProperty() { return psaIntervalMonths.getReadOnlyProperty(); }
    /** What the last command did, in a short sentence. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** Why the journal file could not be read or changed; "" when all is well. */
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
}
