package org.carejournal.app.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.PsaKinetics;
import org.carejournal.app.DbOption;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.TreatmentLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code care-journal kinetics}: the PSA figures of the labs screen, as text or as one JSON object. */
@Command(name = "kinetics", mixinStandardHelpOptions = true,
        description = {"Prints the PSA kinetics of the journal's first person: doubling time, velocity, baseline, "
                + "nadir, response and PCWG2/3 progression, as the PSA screen shows them.",
                "These figures inform; your care team interprets them."})
public final class KineticsCommand extends JournalCommand {

    @Mixin
    DbOption db;

    @Option(names = "--test", paramLabel = "TEST", defaultValue = "psa",
            description = "psa (default) or psa-us; names such as \"Total PSA\" or \"ultrasensitive PSA\" work too.")
    String test;

    @Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class, description = "First day to include, e.g. 2024-01-31. Default: the first result.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = IsoDate.class, description = "Last day to include. Default: the latest result.")
    LocalDate to;

    @Option(names = "--json", description = "Print one JSON object instead of lines of text.")
    boolean json;

    @Override
    int execute() {
        LabTest labTest = chosenTest(test);
        DateRange range = range(from, to);
        try (JournalSession session = openExisting(journalFile(db))) {
            Person person = firstPerson(session);
            List<LabResult> results = person == null ? List.of() : session.labs().forTest(person.id(), labTest);
            LocalDate start = person == null ? null : treatmentStart(session, person.id());
            KineticsReport report = PsaKinetics.compute(results, range, start);
            if (json) {
                out.println(Json.write(KineticsJson.of(labTest, range, start, report)));
            } else {
                KineticsLines.of(labTest, range, start, person, report).forEach(out::println);
            }
        }
        return 0;
    }

    /** The current treatment line's start, as the PSA screen uses it; the date set by hand when there is no line. */
    static LocalDate treatmentStart(JournalSession session, long personId) {
        return TreatmentLine.currentStart(session.plan().lines(personId), LocalDate.now())
                .or(() -> session.settings().treatmentStart(personId))
                .orElse(null);
    }

    /** The test named by the code or loosely ("Total PSA"); only the PSA tests have kinetics. */
    static LabTest chosenTest(String name) {
        LabTest t = LabTest.byCode(name.strip().toLowerCase(java.util.Locale.ROOT))
                .or(() -> LabTest.fromLooseName(name))
                .orElseThrow(() -> new CliFailure("Unknown test \"" + name + "\". Known tests: "
                        + Arrays.stream(LabTest.values()).map(LabTest::code).collect(Collectors.joining(", ")) + "."));
        if (!t.isPsa()) {
            throw new CliFailure("Kinetics are worked out for PSA only (psa or psa-us), not for " + t.displayName() + ".");
        }
        return t;
    }

    private static DateRange range(LocalDate from, LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new CliFailure("--to " + to + " is before --from " + from + ".", CliFailure.USAGE);
        }
        return new DateRange(from, to);
    }

    /** Reads a date written as YYYY-MM-DD, with a message a person can act on. */
    static final class IsoDate implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD, for example 2024-03-05.");
            }
        }
    }
}
