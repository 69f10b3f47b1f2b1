package org.carejournal.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.carejournal.app.DbOption;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.store.JournalException;
import org.carejournal.store.JournalLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: where its output goes, which journal file it works on, and how a
 * problem the person can fix becomes one plain line on stderr and an exit code instead of a stack trace.
 */
abstract class JournalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    PrintWriter out;
    PrintWriter err;

    /** The command's work; returns the exit code. */
    abstract int execute();

    @Override
    public final Integer call() {
        out = spec.commandLine().getOut();
        err = spec.commandLine().getErr();
        try {
            return execute();
        } catch (CliFailure e) {
            err.println(e.getMessage());
            return e.exitCode();
        } catch (JournalException e) {
            err.println(e.getMessage());
            return CliFailure.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * The journal named by this command's {@code --db}, else by the one given before the command
     * ({@code care-journal --db FILE kinetics}), else this user's default journal.
     */
    Path journalFile(DbOption db) {
        return journalFile(db, JournalLocation.defaultJournal());
    }

    /** As {@link #journalFile(DbOption)}, with another file when no {@code --db} was given. */
    Path journalFile(DbOption db, Path otherwise) {
        if (db != null && db.explicitFile() != null) return db.explicitFile();
        CommandSpec parent = spec.parent();
        OptionSpec parentDb = parent == null ? null : parent.findOption("--db");
        if (parentDb != null && parentDb.getValue() instanceof Path p) return p;
        return otherwise;
    }

    /** Opens a journal that must already exist: reading commands never create an empty file by accident. */
    JournalSession openExisting(Path file) {
        if (!Files.exists(file)) {
            throw new CliFailure("There is no journal at " + file + ". Open it in the app first, "
                    + "or run `care-journal demo --db " + file + "` for a sample journal.");
        }
        return JournalSession.open(file);
    }

    /** The person commands act on: the first one in the journal, or null when there is nobody yet. */
    static Person firstPerson(JournalSession session) {
        var people = session.people().all();
        return people.isEmpty() ? null : people.get(0);
    }
}
