package org.carejournal.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.application.Application;
import org.carejournal.app.cli.BackupCommand;
import org.carejournal.app.cli.BenchCommand;
import org.carejournal.app.cli.CheckCommand;
import org.carejournal.app.cli.DemoCommand;
import org.carejournal.app.cli.ExportCommand;
import org.carejournal.app.cli.ImportCommand;
import org.carejournal.app.cli.KineticsCommand;
import org.carejournal.app.cli.ReportCommand;
import org.carejournal.app.cli.RestoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The jar's entry point: with no subcommand it opens the window, otherwise it runs a command.
 * A plain class rather than the {@link Application}, so {@code java -jar} works with JavaFX on the classpath.
 */
@Command(name = "care-journal", mixinStandardHelpOptions = true, version = "Care Journal 0.1",
        description = "A private journal for PSA and lab results. Without a command, opens the window.",
        subcommands = {ImportCommand.class, KineticsCommand.class, ExportCommand.class, ReportCommand.class,
                DemoCommand.class, BenchCommand.class, BackupCommand.class, RestoreCommand.class, CheckCommand.class})
public final class Main implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--timing", description = "Print startup.firstFrame.ms when the window has drawn its first frame.")
    boolean timing;

    @Option(names = "--exit-after-first-frame", hidden = true, description = "For the benchmark: close after the first frame.")
    boolean exitAfterFirstFrame;

    public static void main(String[] args) {
        CareJournalApp.Options window = windowOptions(args);
        if (window != null) {
            // The common case, opening the window, skips picocli: building its model of every command
            // costs about a tenth of a second of a cold start. Everything else goes through picocli.
            launch(window);
            System.exit(0);
        }
        System.exit(run(args));
    }

    /** The window's options when {@code args} hold nothing else (no command, no help), else null. */
    static CareJournalApp.Options windowOptions(String... args) {
        Path db = null;
        boolean timing = false;
        boolean exit = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--timing" -> timing = true;
                case "--exit-after-first-frame" -> exit = true;
                case "--db" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("-")) return null;
                    db = Path.of(args[++i]);
                }
                default -> {
                    if (!args[i].startsWith("--db=")) return null;
                    db = Path.of(args[i].substring("--db=".length()));
                }
            }
        }
        return new CareJournalApp.Options(db, timing, exit);
    }

    private static void launch(CareJournalApp.Options options) {
        CareJournalApp.options = options;
        Application.launch(CareJournalApp.class);
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public Integer call() {
        launch(new CareJournalApp.Options(db.explicitFile(), timing, exitAfterFirstFrame));
        return 0;
    }
}
