package org.carejournal.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subprocess plumbing of the startup figures, with a tiny program instead of a window (no display needed). */
class StartupProbeTest {
    @TempDir
    Path dir;

    /** Started by the probe in a new JVM: prints a figure as the app does with --timing. */
    public static final class PrintsAFigure {
        public static void main(String[] args) {
            System.out.println("some other line");
            System.out.println(args[0] + " 42");
            if (args.length > 1) System.exit(3);
        }
    }

    @Test
    void readsTheFigureTheProgramPrints() {
        StartupProbe.Outcome o = new StartupProbe(dir).run(PrintsAFigure.class.getName(), List.of("test.ms"), "test.ms");
        assertThat(o.problem()).isNull();
        assertThat(o.ms()).isEqualTo(42.0);
    }

    @Test
    void saysWhyWhenTheFigureIsMissing() {
        StartupProbe.Outcome o = new StartupProbe(dir).run(PrintsAFigure.class.getName(), List.of("other.ms"), "test.ms");
        assertThat(o.ms()).isNull();
        assertThat(o.problem()).startsWith("exit code 0, no 'test.ms' line");
    }

    @Test
    void theReasonIsTheDeepestCause() throws Exception {
        Path err = dir.resolve("err.txt");
        Files.writeString(err, "WARNING: something\nException in Application start method\n"
                + "java.lang.RuntimeException: outer\n\tat a.b(C.java:1)\n"
                + "Caused by: java.lang.NullPointerException: scene is null\n\tat x.y(Z.java:2)\n\t... 1 more\n");
        assertThat(StartupProbe.reason(err)).isEqualTo(": Caused by: java.lang.NullPointerException: scene is null");
    }
}
