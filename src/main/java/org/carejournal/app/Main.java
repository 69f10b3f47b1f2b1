package org.carejournal.app;

import java.util.concurrent.Callable;
import javafx.application.Application;
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
        subcommands = {org.carejournal.app.cli.ImportCommand.class, org.carejournal.app.cli.KineticsCommand.class, org.carejournal.app.cli.DemoCommand.class, org.carejournal.app.cli.BenchCommand.class})
public final class Main implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Option(names = "--timing", description = "Print startup.firstFrame.ms when the window has drawn its first frame.")
    boolean timing;

    @Option(names = "--exit-after-first-frame", hidden = true, description = "For the benchmark: close after the first frame.")
    boolean exitAfterFirstFrame;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public Integer call() {
        CareJournalApp.options = new CareJournalApp.Options(db.explicitFile(), timing, exitAfterFirstFrame);
        Application.launch(CareJournalApp.class);
        return 0;
    }
}
