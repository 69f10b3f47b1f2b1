package org.carejournal.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.carejournal.app.DbOption;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.report.DateOrder;
import org.carejournal.report.ImportPreview;
import org.carejournal.report.ImportSummary;
import org.carejournal.report.LabCsvImport;
import org.carejournal.report.PreviewRow;
import org.carejournal.report.RowStatus;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code care-journal import}: adds lab results from a CSV file exactly as the app's import does:
 * every row is checked first, and nothing is saved unless every row is right.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports lab results from a CSV file into the journal's first person (--csv), or a full JSON "
                + "export into a new, empty journal (--json).",
                "Every row is checked first; if any row is wrong, nothing is imported and the wrong rows are listed."})
public final class ImportCommand extends JournalCommand {

    /** Exit code when the file's dates could be read two ways and --date-order was not given. */
    static final int NEEDS_DATE_ORDER = 2;

    @Mixin
    DbOption db;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    /** Exactly one of the two kinds of file. */
    static final class Source {
        @Option(names = "--csv", paramLabel = "LABS.csv", required = true,
                description = "Lab results to add: a header row, then a date, test and value per row (unit, lab, note optional).")
        Path csv;

        @Option(names = "--json", paramLabel = "EXPORT.json", required = true,
                description = "A full export (`care-journal export --format json`) to read into a new, empty journal, "
                        + "exactly as it was exported.")
        Path json;
    }

    Path csv;

    @Option(names = "--date-order", paramLabel = "dmy|mdy", converter = DateOrderConverter.class,
            description = "How to read dates such as 05/03/2024: dmy (5 March) or mdy (May 3). Needed only when the file does not settle it.")
    DateOrder dateOrder;

    Clock clock = Clock.systemDefaultZone();

    @Override
    int execute() {
        if (source.json != null) {
            return new JsonImportRun(out, journalFile(db)).run(source.json);
        }
        csv = source.csv;
        if (!Files.isRegularFile(csv)) {
            throw new CliFailure(Files.isDirectory(csv) ? csv + " is a folder, not a CSV file." : "There is no file " + csv + ".");
        }
        try (JournalSession session = openExisting(journalFile(db))) {
            Person person = firstPerson(session);
            if (person == null) {
                throw new CliFailure("This journal has no person yet: open it in the app first, or run `care-journal demo`.");
            }
            LabCsvImport importer = new LabCsvImport(session.labs(), clock);
            ImportPreview preview = preview(importer, person.id());
            if (preview.needsDateOrder()) {
                err.println("The dates in " + csv.getFileName() + " could be day/month/year or month/day/year. "
                        + "Run again with --date-order dmy or --date-order mdy. Nothing was imported.");
                return NEEDS_DATE_ORDER;
            }
            if (preview.rows().isEmpty()) {
                throw new CliFailure("The file " + csv.getFileName() + " has no lab results to import.");
            }
            if (!preview.canImport()) {
                reportRejected(preview);
                return CliFailure.FAILED;
            }
            ImportSummary summary = importer.commit(person.id(), preview);
            out.println("Imported " + count(summary.imported(), "lab result") + " into " + session.file() + ".");
            out.println("Skipped " + summary.duplicates() + " as duplicates (already in the journal or repeated in the file).");
            out.println("Rejected " + summary.rejected() + ".");
            if (preview.dateOrderUsed() != null) out.println("Dates were read as " + orderText(preview.dateOrderUsed()) + ".");
            return 0;
        }
    }

    private ImportPreview preview(LabCsvImport importer, long personId) {
        try {
            return importer.preview(personId, csv, dateOrder);
        } catch (IOException e) {
            throw new CliFailure("The file " + csv + " could not be read: " + e.getMessage());
        }
    }

    private void reportRejected(ImportPreview preview) {
        List<PreviewRow> wrong = preview.rows().stream().filter(r -> r.status() == RowStatus.ERROR).toList();
        err.println("Nothing was imported: " + count(wrong.size(), "row") + " of " + csv.getFileName()
                + (wrong.size() == 1 ? " is" : " are") + " wrong. Fix " + (wrong.size() == 1 ? "it" : "them")
                + " and run the import again.");
        for (PreviewRow r : wrong) err.println("  row " + r.rowNumber() + ": " + r.reason());
        err.println("Imported 0, skipped " + preview.duplicateCount() + " as duplicates, rejected " + wrong.size()
                + "; the " + count(preview.okCount(), "good row") + " will be imported once the file is fixed.");
    }

    private static String orderText(DateOrder order) {
        return order == DateOrder.DMY ? "day/month/year" : "month/day/year";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Accepts dmy and mdy in any letter case. */
    static final class DateOrderConverter implements ITypeConverter<DateOrder> {
        @Override
        public DateOrder convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "dmy" -> DateOrder.DMY;
                case "mdy" -> DateOrder.MDY;
                default -> throw new TypeConversionException("'" + value + "' is not a date order: use dmy or mdy.");
            };
        }
    }
}
