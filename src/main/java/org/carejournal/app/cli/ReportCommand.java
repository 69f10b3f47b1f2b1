package org.carejournal.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.carejournal.app.DbOption;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.report.summary.Audience;
import org.carejournal.report.summary.Paper;
import org.carejournal.report.summary.SummaryRequest;
import org.carejournal.report.summary.SummaryService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code care-journal report}: the appointment summary of a period as a PDF to print or send. Everything
 * is checked before anything is written, and the file is replaced only once it is complete.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Writes the appointment summary of the journal's first person as a PDF: PSA and other labs "
                + "with charts, pain and symptoms, medicines, what is coming up and the questions to ask.",
                "Example: care-journal report --from 2026-05-25 --to 2026-11-25 --out summary.pdf"})
public final class ReportCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the period, e.g. 2026-05-25.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the period, e.g. 2026-11-25.")
    String to;

    @Option(names = "--audience", paramLabel = "WHO", defaultValue = "oncologist",
            description = "oncologist (everything), family-doctor (no PSA trend figures) or dentist "
                    + "(bone drugs, medicines, questions). Default: oncologist.")
    String audience;

    @Option(names = "--large-print", description = "Bigger type throughout.")
    boolean largePrint;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "a4", description = "a4 or letter. Default: a4.")
    String paper;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The PDF to write, e.g. summary.pdf. A file already there is replaced.")
    Path target;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        LocalDate first = date("--from", from);
        LocalDate last = date("--to", to);
        if (last.isBefore(first)) {
            throw new CliFailure("--to (" + last + ") is before --from (" + first + "): give the earlier day as --from. "
                    + "Nothing was written.", CliFailure.USAGE);
        }
        Audience who = choice(() -> Audience.parse(audience));
        Paper size = choice(() -> Paper.parse(paper));
        checkTarget();
        try (JournalSession session = openExisting(journalFile(db))) {
            Person person = firstPerson(session);
            if (person == null) {
                throw new CliFailure("This journal has no person yet: open it in the app first, or run `care-journal demo`. "
                        + "Nothing was written.");
            }
            SummaryRequest request = SummaryRequest.of(person.id(), first, last, who, largePrint, size);
            try {
                new SummaryService(session.summaryPorts(), clock).write(request, target, p -> {}, () -> false);
            } catch (IOException e) {
                throw new CliFailure("The file " + target + " could not be written (" + e.getMessage() + "). "
                        + "Nothing was written.");
            }
            out.println("Wrote the " + who.label().toLowerCase(java.util.Locale.ROOT) + " summary of " + person.name()
                    + " from " + first + " to " + last + " to " + target.toAbsolutePath() + ".");
            return 0;
        }
    }

    private static LocalDate date(String option, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new CliFailure(option + " \"" + text + "\" is not a date: write it as year-month-day, e.g. 2026-05-25. "
                    + "Nothing was written.", CliFailure.USAGE);
        }
    }

    private static <T> T choice(java.util.function.Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage() + " Nothing was written.", CliFailure.USAGE);
        }
    }

    private void checkTarget() {
        if (Files.isDirectory(target)) {
            throw new CliFailure(target + " is a folder: give a file name, e.g. " + target.resolve("summary.pdf") + ".");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("There is no folder " + folder + " to write " + target.getFileName() + " in.");
        }
    }
}
