package org.carejournal.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.carejournal.app.DbOption;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.report.IcsExport;
import org.carejournal.report.IcsWindow;
import org.carejournal.report.export.ExportFormat;
import org.carejournal.report.export.JournalExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code care-journal export --format csv|json|fhir|ics}: the journal as spreadsheet files, as one full
 * JSON document (which {@code import --json} reads back), as a FHIR R4 bundle, or the upcoming doses,
 * injections, reminders and appointments as a calendar file. Everything is checked before anything is
 * written, and each file is replaced only once it is complete.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Exports the journal of its first person: csv (one spreadsheet file per kind of data, into a folder), "
                + "json (the whole journal, which `care-journal import --json` reads back into a new journal), "
                + "fhir (a FHIR R4 bundle of lab results, pain scores and medicines) or "
                + "ics (the upcoming doses, injections, open reminders and appointments as a calendar file with alarms).",
                "Exporting a calendar again gives each entry the same identity, so importing the new file updates the old entries."})
public final class ExportCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "csv, json, fhir or ics (a calendar file for Google Calendar, Apple Calendar, Outlook or Thunderbird).")
    String format;

    @Option(names = "--months", paramLabel = "N", defaultValue = "3",
            description = "For ics: how many months ahead to export, from today: 1 to 24. Default: 3.")
    int months;

    @Option(names = "--out", paramLabel = "PATH", required = true,
            description = "The file to write (e.g. care-journal.ics, export.json), or for csv a folder that receives "
                    + "one file per kind. Files already there are replaced.")
    Path target;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        String chosen = format.strip().toLowerCase(Locale.ROOT);
        if ("ics".equals(chosen)) return exportIcs();
        ExportFormat kind = switch (chosen) {
            case "csv" -> ExportFormat.CSV;
            case "json" -> ExportFormat.JSON;
            case "fhir" -> ExportFormat.FHIR;
            default -> throw new CliFailure("Unknown format \"" + format + "\": the export writes csv, json, fhir "
                    + "or ics. Nothing was written.", CliFailure.USAGE);
        };
        if (kind.writesFolder()) checkFolder();
        else checkTarget();
        try (JournalSession session = openExisting(journalFile(db))) {
            Person person = requirePerson(session);
            List<Path> files;
            try {
                files = new JournalExport(session.exportSources(), clock).write(kind, person, target, Progress.NONE);
            } catch (IOException e) {
                throw new CliFailure("The export could not be written to " + target + " (" + e.getMessage()
                        + "). Nothing was replaced.");
            }
            if (kind.writesFolder()) {
                out.println("Wrote " + files.size() + " CSV files to " + target.toAbsolutePath() + ":");
                for (Path f : files) out.println("  " + f.getFileName());
            } else {
                out.println("Wrote " + (kind == ExportFormat.JSON ? "the full export" : "a FHIR R4 bundle") + " to "
                        + target.toAbsolutePath() + ".");
            }
            if (kind == ExportFormat.JSON) {
                out.println("It can be read back into a new journal: care-journal import --db NEW.db --json " + target);
            }
            out.println("The files hold health data: keep them somewhere private.");
            return 0;
        }
    }

    private int exportIcs() {
        if (months < IcsWindow.MIN_MONTHS || months > IcsWindow.MAX_MONTHS) {
            throw new CliFailure("--months must be a number of months from " + IcsWindow.MIN_MONTHS + " to "
                    + IcsWindow.MAX_MONTHS + ", not " + months + ". Nothing was written.", CliFailure.USAGE);
        }
        checkTarget();
        try (JournalSession session = openExisting(journalFile(db))) {
            Person person = requirePerson(session);
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

    private static Person requirePerson(JournalSession session) {
        Person person = firstPerson(session);
        if (person == null) {
            throw new CliFailure("This journal has no person yet: open it in the app first, or run `care-journal demo`.");
        }
        return person;
    }

    private int write(IcsExport export, long personId, LocalDate today) {
        try {
            return export.write(personId, today, months, target);
        } catch (IOException e) {
            throw new CliFailure("The file " + target + " could not be written (" + e.getMessage() + "). Nothing was written.");
        }
    }

    private void checkTarget() {
        if (Files.isDirectory(target)) {
            String example = "ics".equalsIgnoreCase(format.strip()) ? "care-journal.ics" : "care-journal-export.json";
            throw new CliFailure(target + " is a folder: give a file name, e.g. " + target.resolve(example) + ".");
        }
        Path folder = target.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new CliFailure("There is no folder " + folder + " to write " + target.getFileName() + " in.");
        }
    }

    /** For csv the target is a folder; a missing one is made, but only inside a folder that exists. */
    private void checkFolder() {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new CliFailure(target + " is a file: for csv give a folder, which receives one file per kind of data.");
        }
        Path parent = target.toAbsolutePath().getParent();
        if (!Files.exists(target) && (parent == null || !Files.isDirectory(parent))) {
            throw new CliFailure("There is no folder " + parent + " to make " + target.getFileName() + " in.");
        }
    }

    private String monthsText() {
        return months == 1 ? "month" : months + " months";
    }
}
