package org.carejournal.app;

import java.nio.file.Path;
import org.carejournal.store.Database;
import org.carejournal.store.LabResultRepository;
import org.carejournal.store.PersonRepository;
import org.carejournal.store.SettingsRepository;

/** One open journal file and its repositories. */
public final class JournalSession implements AutoCloseable {
    private final Database database;
    private final PersonRepository people;
    private final LabResultRepository labs;
    private final SettingsRepository settings;

    private JournalSession(Database database) {
        this.database = database;
        this.people = new PersonRepository(database);
        this.labs = new LabResultRepository(database);
        this.settings = new SettingsRepository(database);
    }

    /** Opens (or creates) a journal file; throws {@link org.carejournal.store.JournalException} with a plain message. */
    public static JournalSession open(Path file) {
        return new JournalSession(Database.open(file));
    }

    public Path file() { return database.file(); }
    public Database database() { return database; }
    public PersonRepository people() { return people; }
    public LabResultRepository labs() { return labs; }
    public SettingsRepository settings() { return settings; }

    @Override
    public void close() {
        database.close();
    }
}
