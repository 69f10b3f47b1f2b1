package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalLocationTest {

    private static final Path HOME = Path.of("/home/walter");

    private static Path folder(String os, Map<String, String> env) {
        return JournalLocation.folder(os, env::get, HOME);
    }

    @Test
    void linuxUsesXdgDataHomeWhenSetAndAbsolute() {
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", "/data/walter")))
                .isEqualTo(Path.of("/data/walter/care-journal"));
        assertThat(folder("Linux", Map.of())).isEqualTo(Path.of("/home/walter/.local/share/care-journal"));
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", ""))).isEqualTo(Path.of("/home/walter/.local/share/care-journal"));
        assertThat(folder("Linux", Map.of("XDG_DATA_HOME", "relative/dir")))
                .isEqualTo(Path.of("/home/walter/.local/share/care-journal"));
        assertThat(folder("FreeBSD", Map.of())).isEqualTo(Path.of("/home/walter/.local/share/care-journal"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(folder("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored")))
                .isEqualTo(Path.of("/home/walter/Library/Application Support/Care Journal"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\walter\\AppData\\Roaming";
        assertThat(folder("Windows 11", Map.of("APPDATA", appData))).isEqualTo(Path.of(appData).resolve("Care Journal"));
        assertThat(folder("Windows 10", Map.of())).isEqualTo(HOME.resolve("AppData/Roaming/Care Journal"));
    }

    @Test
    void theSampleJournalSitsBesideTheDefaultOne() {
        Path journal = JournalLocation.defaultJournal();
        assertThat(journal.getFileName()).hasToString("journal.db");
        assertThat(JournalLocation.sampleJournal()).isEqualTo(journal.resolveSibling("sample-journal.db"));
    }
}
