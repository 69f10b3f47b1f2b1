package org.carejournal.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What checking a file as a journal found, without changing it.
 *
 * @param file             the file checked
 * @param integrity        SQLite's {@code PRAGMA integrity_check} answer ("ok" when sound), or what stopped it
 * @param schemaVersion    the file's {@code PRAGMA user_version}; 0 when unknown
 * @param supportedVersion the newest schema this build of the app reads
 * @param problems         what makes it unusable as a journal, in plain words; empty when it is a sound journal
 */
public record JournalCheck(Path file, String integrity, int schemaVersion, int supportedVersion, List<String> problems) {

    public JournalCheck {
        problems = List.copyOf(problems);
    }

    /** True when the file is a sound Care Journal this app can open. */
    public boolean ok() {
        return problems.isEmpty();
    }

    /** The problems as one sentence or more, for a message; empty when there are none. */
    public String problemText() {
        return String.join(" ", problems);
    }
}
