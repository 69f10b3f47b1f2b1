package org.carejournal.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Starts a JavaFX program in a new JVM (the same {@code java} and class path as this one) and reads
 * the startup time it prints on a line {@code metric N}. A program that hangs is destroyed after
 * {@link #TIMEOUT_SECONDS}.
 */
final class StartupProbe {
    static final int TIMEOUT_SECONDS = 60;

    private final Path workDir;
    private int started;

    /** @param workDir where the programs' output is kept while they run */
    StartupProbe(Path workDir) {
        this.workDir = workDir;
    }

    /** The outcome of one start: the milliseconds, or why there are none. */
    record Outcome(Double ms, String problem) {}

    /**
     * True when a window can be shown. On Linux and other Unix systems that needs an X or Wayland
     * display; Windows and macOS always have one.
     */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) return true;
        return isSet(System.getenv("DISPLAY")) || isSet(System.getenv("WAYLAND_DISPLAY"));
    }

    /** Runs {@code mainClass} with {@code args} and returns the value it printed for {@code metric}. */
    Outcome run(String mainClass, List<String> args, String metric) {
        int n = ++started;
        Path stdout = workDir.resolve("startup-" + n + ".out");
        Path stderr = workDir.resolve("startup-" + n + ".err");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        Process process = null;
        try {
            process = new ProcessBuilder(command)
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())))
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                return new Outcome(null, "no first frame within " + TIMEOUT_SECONDS + " s");
            }
            for (String line : Files.readAllLines(stdout, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length == 2 && parts[0].equals(metric)) return new Outcome(Double.parseDouble(parts[1]), null);
            }
            return new Outcome(null, "exit code " + process.exitValue() + ", no '" + metric + "' line" + reason(stderr));
        } catch (IOException | NumberFormatException e) {
            return new Outcome(null, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted");
        } finally {
            if (process != null && process.isAlive()) {
                process.destroyForcibly();
                try {
                    process.waitFor(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** The most telling line of what the program printed on stderr: its deepest "Caused by", else its last line. */
    static String reason(Path stderr) {
        try {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty()).toList();
            String pick = null;
            for (String l : lines) if (l.startsWith("Caused by:")) pick = l;
            if (pick == null && !lines.isEmpty()) pick = lines.get(lines.size() - 1);
            if (pick == null) return "";
            return ": " + (pick.length() > 240 ? pick.substring(0, 240) + "…" : pick);
        } catch (IOException e) {
            return "";
        }
    }

    private static String nullDevice() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows") ? "NUL" : "/dev/null";
    }

    private static boolean isSet(String s) {
        return s != null && !s.isBlank();
    }
}
