package org.carejournal.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** Where the journal lives when no {@code --db} is given: the usual per-user data folder of each OS. */
public final class JournalLocation {

    static final String JOURNAL = "journal.db";
    static final String SAMPLE = "sample-journal.db";

    private JournalLocation() {}

    /** The default journal of the person logged in to this computer. */
    public static Path defaultJournal() {
        return folder(System.getProperty("os.name", ""), System::getenv, Path.of(System.getProperty("user.home"))).resolve(JOURNAL);
    }

    /** The demonstration journal, beside the default one. */
    public static Path sampleJournal() {
        return defaultJournal().resolveSibling(SAMPLE);
    }

    /**
     * The data folder for an OS name, environment and home folder (injected so every OS can be tested anywhere).
     * Linux and other Unix: {@code $XDG_DATA_HOME/care-journal} (else {@code ~/.local/share/care-journal});
     * macOS: {@code ~/Library/Application Support/Care Journal}; Windows: {@code %APPDATA%\Care Journal}.
     */
    static Path folder(String osName, UnaryOperator<String> env, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.apply("APPDATA");
            Path base = isSet(appData) ? home.getFileSystem().getPath(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Care Journal");
        }
        if (os.startsWith("mac") || os.contains("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Care Journal");
        }
        String xdg = env.apply("XDG_DATA_HOME");
        // The XDG spec says a relative value is invalid and must be ignored.
        Path base = isSet(xdg) && home.getFileSystem().getPath(xdg).isAbsolute()
                ? home.getFileSystem().getPath(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("care-journal");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
