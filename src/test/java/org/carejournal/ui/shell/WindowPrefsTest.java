package org.carejournal.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;
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
        assertThat(TextSize.LARGEST.percent()).isEqualTo(200);
    }

    @Test
    void sizesGoFrom100To200PercentInStepsOf25() {
        assertThat(TextSize.values()).extracting(TextSize::percent).containsExactly(100, 125, 150, 175, 200);
        assertThat(TextSize.LARGEST.px()).isEqualTo(2 * TextSize.NORMAL.px());
    }

    @Test
    void aSizeSavedByNameInAnEarlierVersionIsStillRead() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "text.size=LARGEST\n");
        assertThat(new WindowPrefs(file).textSize()).as("LARGEST was 175 %").isEqualTo(TextSize.VERY_LARGE);
        Files.writeString(file, "text.size=LARGE\n");
        assertThat(new WindowPrefs(file).textSize()).isEqualTo(TextSize.LARGE);
        new WindowPrefs(file).setTextSize(TextSize.LARGEST);
        assertThat(Files.readString(file)).contains("text.size.percent=200").doesNotContain("text.size=");
    }

    @Test
    void theThemeIsRememberedAcrossRuns() {
        Path file = dir.resolve("window.properties");
        assertThat(new WindowPrefs(file).theme()).isEqualTo(Theme.LIGHT);
        new WindowPrefs(file).setTheme(Theme.HIGH_CONTRAST);
        assertThat(new WindowPrefs(file).theme()).isEqualTo(Theme.HIGH_CONTRAST);
    }

    @Test
    void aDamagedFileMeansDefaultsNotACrash() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "text.size=HUGE\nwindow.width=wide\n\\u12");
        assertThat(new WindowPrefs(file).textSize()).isEqualTo(TextSize.NORMAL);
        Files.writeString(file, "text.size.percent=180\ntheme=NEON\n");
        assertThat(new WindowPrefs(file).textSize()).isEqualTo(TextSize.NORMAL);
        assertThat(new WindowPrefs(file).theme()).isEqualTo(Theme.LIGHT);
    }
}
