package org.carejournal.app.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.carejournal.app.DbOption;
import org.carejournal.app.SampleJournal;
import org.carejournal.store.JournalLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code care-journal demo}: writes the sample journal (made-up data) for trying the app and the commands. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Writes the sample journal (made-up data, clearly marked) into the --db file "
                + "(default: the sample journal beside your journal).",
                "A journal with real entries is never overwritten."})
public final class DemoCommand extends JournalCommand {

    @Mixin
    DbOption db;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        // Without --db the sample goes where the app keeps its own sample, never into the real journal.
        Path file = journalFile(db, JournalLocation.sampleJournal()).toAbsolutePath().normalize();
        try {
            SampleJournal.write(file, LocalDate.now(clock));
        } catch (IllegalStateException e) {
            throw new CliFailure(e.getMessage());
        }
        out.println("The sample journal was written to " + file + ".");
        return 0;
    }
}
