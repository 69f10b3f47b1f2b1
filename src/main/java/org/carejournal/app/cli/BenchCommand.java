package org.carejournal.app.cli;

import org.carejournal.app.bench.Bench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code care-journal bench}: times the heavy journal against the speed budgets (DESIGN.md, "Tests and benchmarks"). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Builds a synthetic heavy journal in a temporary folder and times opening it, the PSA screen, "
                + "a 10,000-row CSV import and startup, then compares each figure with its budget.",
                "Prints one 'metric value unit' line per figure. Always exits 0: it is a report."})
public final class BenchCommand extends JournalCommand {

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed runs per figure; the median is printed. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "2", description = "Untimed runs before the timed ones. Default: ${DEFAULT-VALUE}.")
    int warmups;

    @Option(names = "--no-startup", description = "Skip the two startup figures (they start the app and an empty window).")
    boolean noStartup;

    @Option(names = "--years", defaultValue = "10", hidden = true, description = "Years of labs in the heavy journal (tests make it small).")
    int years;

    @Option(names = "--csv-rows", defaultValue = "10000", hidden = true, description = "Rows of the CSV to import (tests make it small).")
    int csvRows;

    @Override
    int execute() {
        if (runs < 1 || warmups < 0 || years < 1 || csvRows < 1) {
            throw new CliFailure("--runs, --years and --csv-rows must be at least 1, --warmups at least 0.", CliFailure.USAGE);
        }
        new Bench(new Bench.Options(runs, warmups, years, csvRows, !noStartup), out, err).run();
        return 0;
    }
}
