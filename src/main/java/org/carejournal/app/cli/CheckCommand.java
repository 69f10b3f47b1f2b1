package org.carejournal.app.cli;

import java.nio.file.Path;
import org.carejournal.app.DbOption;
import org.carejournal.store.JournalCheck;
import org.carejournal.store.JournalVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code care-journal check}: is this file a sound journal? Reads only; exit code 0 when it is, 1 when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks a journal or a backup file without changing it: SQLite's integrity check and the schema version.",
                "Exit code 0 when it is a sound Care Journal this version can open, 1 when not."})
public final class CheckCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Override
    int execute() {
        Path file = journalFile(db);
        JournalCheck check = JournalVerifier.check(file);
        out.println("file: " + check.file());
        out.println("integrity: " + check.integrity());
        out.println("schema version: " + check.schemaVersion() + " (this version of Care Journal reads up to "
                + check.supportedVersion() + ")");
        if (check.ok()) {
            out.println("ok: a sound Care Journal");
            return 0;
        }
        err.println(check.problemText());
        return CliFailure.FAILED;
    }
}
