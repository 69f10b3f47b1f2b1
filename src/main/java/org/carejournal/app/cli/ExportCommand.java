package org.carejournal.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.carejournal.app.DbOption;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.report.IcsExport;
import org.carejournal.report.IcsWindow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code care-journal export --format ics}: the upcoming doses, injections, reminders and appointments as a
 * calendar file, so a phone or calendar program reminds the person while the journal is closed. Everything
 * is checked before anything is written, and the file is replaced only once it is complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the upcoming planned doses, injections, open reminders and appointments of the "
                + "journal's first person as a calendar file (.ics) with alarms, for a phone or calendar program.",
                "Exporting again gives each entry the same identity, so importing the new file updates the old entries."})
public final class ExportCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "ics: a calendar file for Google Calendar, Apple Calendar, Outlook or Thunderbird.")
    String format;

    @Option(names = "--months", paramLabel = "N", defaultValue = "3",
            description = "How many months ahead to export, from today: 1 to 24. Default: 3.")
    int months;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "The file to write, e.g. care-journal.ics. A file already there is replaced.")
    Path target;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        checkFormat();
        if (months < IcsWindow.MIN_MONTHS || months > IcsWindow.MAX_MONTHS) {
            throw new CliFailure("--months must be a number of months from " + IcsWindow.MIN_MONTHS + " to "
                    + IcsWindow.MAX_MONTHS + ", not " + months + ". Nothing was written.", CliFailure.USAGE);
        }
        checkTarget();
        try (JournalSession session = openExisting(journalFile(db))) {
            Person person = firstPerson(session);
            if (person == null) {
                throw new CliFailure("This journal has no person yet: open it in the app first, or run `care-journal demo`.");
            }
            LocalDate today = LocalDate.now(clock);
            IcsExport export = new IcsExport(session.medicationPorts(), session.settings(), clock);
            int written = write(export, person.id(), today);
            if (written == 0) {
                throw new CliFailure("Nothing to export: no planned dose, open reminder or appointment falls in the next "
                        + monthsText() + ". Nothing was written.");
            }
            out.println("Wrote " + written + (written == 1 ? " calendar entry" : " calendar entries") + " for the next "
                    + monthsText() + " (from " + today + ") to " + target.toAbsolutePath() + ".");
            out.println("Import it into your calendar program; importing a later export updates the same entries.");
            return 0;
        }
    }

    private int write(IcsExport export, long personId, LocalDate today) {
        try {
            return export.write(personId, today, months, target);
        } catch (IOException e) {
            throw new CliFailure("The file " + target + " could not be written (" + e.getMessage() + "). Nothing was written.");
        }
    }

    private void checkFormat() {
        if (!"ics".equals(format.strip().toLowerCase(Locale.ROOT))) {
            throw new CliFailure("Unknown format \"" + format + "\": the export writes ics (a calendar file). "
                    + "Nothing was written.", CliFailure.USAGE);
        }
    }

    private void checkTarget() {
        if (Files.isDirectory(target)) {
            throw new CliFailure(target + " is a folder: give a file name, e.g. " + target.resolve("care-journal.ics") + ".");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("There is no folder " + folder + " to write " + target.getFileName() + " in.");
        }
    }

    private String monthsText() {
        return months == 1 ? "month" : months + " months";
    }
}
