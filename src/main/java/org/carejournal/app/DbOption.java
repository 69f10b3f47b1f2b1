package org.carejournal.app;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command takes (a picocli mixin). */
public final class DbOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The journal file to use; it is created when it does not exist yet. "
                    + "Default: journal.db in this user's Care Journal data folder (see the README).")
    Path db;

    /** The file named on the command line, or null. */
    public Path explicitFile() {
        return db;
    }
}
