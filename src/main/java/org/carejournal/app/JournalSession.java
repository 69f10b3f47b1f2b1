package org.carejournal.app;

import java.nio.file.Path;
import org.carejournal.domain.checkin.CheckInPorts;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.RaisedFlags;
import org.carejournal.domain.checkin.Symptoms;
import org.carejournal.domain.dump.JournalTables;
import org.carejournal.domain.library.AppointmentQuestions;
import org.carejournal.domain.library.LibraryShelf;
import org.carejournal.domain.meds.Appointments;
import org.carejournal.domain.meds.DoseLog;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.domain.meds.Reminders;
import org.carejournal.report.summary.SummaryPorts;
import org.carejournal.report.export.ExportSources;
import org.carejournal.store.AppointmentQuestionRepository;
import org.carejournal.store.AppointmentRepository;
import org.carejournal.store.CheckInRepository;
import org.carejournal.store.Database;
import org.carejournal.store.DoseLogRepository;
import org.carejournal.store.LabResultRepository;
import org.carejournal.store.LibraryShelfRepository;
import org.carejournal.store.MedicationPlanRepository;
import org.carejournal.store.PainLogRepository;
import org.carejournal.store.PersonRepository;
import org.carejournal.store.ReadOnlyJournal;
import org.carejournal.store.RaisedFlagRepository;
import org.carejournal.store.ReminderRepository;
import org.carejournal.store.SettingsRepository;
import org.carejournal.store.SymptomRepository;
import org.carejournal.store.TableDump;

/** One open journal file and its repositories. */
public final class JournalSession implements AutoCloseable {
    private final Database database;
    private final PersonRepository people;
    private final LabResultRepository labs;
    private final SettingsRepository settings;
    private final SymptomRepository symptoms;
    private final CheckInRepository checkIns;
    private final PainLogRepository painLog;
    private final RaisedFlagRepository raisedFlags;
    private final MedicationPlanRepository plan;
    private final DoseLogRepository doses;
    private final ReminderRepository reminders;
    private final AppointmentRepository appointments;
    private final LibraryShelfRepository shelf;
    private final AppointmentQuestionRepository questions;
    /** The shelf as screens see it: in review, reading an article is not noted, as that would write. */
    private final LibraryShelf shelfPort;
    private final boolean readOnly;

    private JournalSession(Database database, boolean readOnly) {
        this.readOnly = readOnly;
        this.database = database;
        this.people = new PersonRepository(database);
        this.labs = new LabResultRepository(database);
        this.settings = new SettingsRepository(database);
        this.symptoms = new SymptomRepository(database);
        this.checkIns = new CheckInRepository(database);
        this.painLog = new PainLogRepository(database);
        this.raisedFlags = new RaisedFlagRepository(database);
        this.plan = new MedicationPlanRepository(database);
        this.doses = new DoseLogRepository(database);
        this.reminders = new ReminderRepository(database);
        this.appointments = new AppointmentRepository(database);
        this.shelf = new LibraryShelfRepository(database);
        this.questions = new AppointmentQuestionRepository(database);
        this.shelfPort = readOnly ? new ReviewShelf(shelf) : shelf;
    }

    /** Opens (or creates) a journal file; throws {@link org.carejournal.store.JournalException} with a plain message. */
    public static JournalSession open(Path file) {
        return new JournalSession(Database.open(file), false);
    }

    /**
     * Opens a journal or backup file for review: read-only, never migrated, nothing written to it or beside it.
     * Throws {@link org.carejournal.store.JournalException} with a plain message for a file that cannot be
     * reviewed as it is (an older schema, an encrypted backup, not a journal).
     */
    public static JournalSession openReadOnly(Path file) {
        return new JournalSession(ReadOnlyJournal.open(file), true);
    }

    /** True when opened by {@link #openReadOnly(Path)}: every write fails, and screens offer none. */
    public boolean readOnly() { return readOnly; }

    public Path file() { return database.file(); }
    public Database database() { return database; }
    public PersonRepository people() { return people; }
    public LabResultRepository labs() { return labs; }
    public SettingsRepository settings() { return settings; }

    // The check-in parts are handed out as their ports: screens code against those, never the store.
    public Symptoms symptoms() { return symptoms; }
    public CheckIns checkIns() { return checkIns; }
    public PainLog painLog() { return painLog; }
    public RaisedFlags raisedFlags() { return raisedFlags; }

    /** The four check-in ports together, as the Today screen and the save service take them. */
    public CheckInPorts checkInPorts() { return new CheckInPorts(symptoms, checkIns, painLog, raisedFlags, database); }

    // The medication parts, likewise handed out as their ports.
    public MedicationPlan plan() { return plan; }
    public DoseLog doses() { return doses; }
    public Reminders reminders() { return reminders; }
    public Appointments appointments() { return appointments; }

    /** The four medication ports together, with the journal's transactions, as the plan and reminder services take them. */
    public MedicationPorts medicationPorts() { return new MedicationPorts(plan, doses, reminders, appointments, database); }

    // The library's per-person parts, likewise as ports.
    /** Bookmarks and reading history of library articles. */
    public LibraryShelf shelf() { return shelfPort; }
    /** Questions to ask at appointments, from articles or the person's own. */
    public AppointmentQuestions questions() { return questions; }

    /** What the appointment summary reads, as its ports. */
    public SummaryPorts summaryPorts() {
        return new SummaryPorts(people, labs, settings, symptoms, checkIns, painLog, raisedFlags, medicationPorts(), questions);
    }

    /** Every table read or written whole: the full JSON export and its import. */
    public JournalTables tables() { return new TableDump(database); }

    /** The ports the CSV, JSON and FHIR exports read through. */
    public ExportSources exportSources() {
        return new ExportSources(labs, symptoms, checkIns, painLog, plan, doses, reminders, tables(), settings);
    }

    @Override
    public void close() {
        database.close();
    }
}
