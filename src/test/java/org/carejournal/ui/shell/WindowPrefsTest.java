package org.carejournal.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carejournal.ui.TextSize;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowPrefsTest {
    @TempDir
    Path dir;

    @Test
    void theTextSizeIsRememberedAcrossRuns() {
        Path file = dir.resolve("sub/window.properties");
        assertThat(new WindowPrefs(file).textSize()).isEqualTo(TextSize.NORMAL);
        new WindowPrefs(file).setTextSize(TextSize.LARGEST);
        assertThat(new WindowPrefs(file).textSize()).isEqualTo(TextSize.LARGEST);
    }

    @Test
    void aDamagedFileMeansDefaultsNotACrash() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "text.size=HUGE\nwindow.width=wide\n\\u12");
        assertThat(new WindowPrefs(file).textSize()).isEqualTo(TextSize.NORMAL);
    }
}
