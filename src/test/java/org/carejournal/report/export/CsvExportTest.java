package org.carejournal.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One CSV file per kind over a real journal; what the person typed never runs as a formula. */
class CsvExportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void writesOneFilePerKindWithNeutralisedTextAndNumbersAsNumbers() throws IOException {
        Path folder = dir.resolve("csv");
        try (JournalSession s = JournalSession.open(dir.resolve("j.db"))) {
            Person p = s.people().create("John Smith");
            LabResult psa = LabResult.of(LabTest.PSA, LocalDate.of(2026, 3, 2), LabValue.exact(4.2));
            s.labs().add(p.id(), new LabResult(0, psa.test(), psa.date(), psa.value(), "4,2", "ng/mL",
                    "=HYPERLINK(\"http://evil\")", "-after flare", false));
            s.labs().add(p.id(), LabResult.of(LabTest.PSA, LocalDate.of(2026, 5, 4), LabValue.below(0.1)));
            Symptom fatigue = s.symptoms().list(p.id()).get(0);
            s.checkIns().save(p.id(), new CheckIn(0, LocalDate.of(2026, 5, 1), Map.of(fatigue.id(), 7), Set.of(), null,
                    "@cmd note"));
            s.painLog().add(p.id(), new PainEntry(0, LocalDateTime.of(2026, 5, 1, 8, 30), 4, 6, null,
                    Set.of(BodyRegion.LOWER_BACK), true, "+morphine", null));
            long med = s.plan().add(p.id(), Medication.draft(null, "Enzalutamide", DrugClass.NEWER_ANTIANDROGEN,
                    Route.BY_MOUTH)).id();
            s.plan().addSchedule(Rhythms.daily(med, LocalDate.of(2026, 1, 5), null, List.of(LocalTime.of(9, 0)), "160 mg"));
            s.doses().record(DoseEvent.skipped(med, LocalDateTime.of(2026, 5, 2, 9, 0), "=1+1"));
            s.reminders().add(p.id(), Reminder.custom("Blood test", "-", LocalDate.of(2026, 6, 10)));

            List<Path> files = new JournalExport(s.exportSources(), CLOCK).write(ExportFormat.CSV, p, folder, Progress.NONE);
            assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("labs.csv", "check-ins.csv",
                    "pain.csv", "doses.csv", "medications.csv", "reminders.csv");
        }
        List<String> labs = lines(folder.resolve("labs.csv"));
        assertThat(labs.get(0)).isEqualTo("\uFEFFdate,test,value,unit,lab,note,left out of kinetics,loinc,value as entered,unit as entered");
        assertThat(labs.get(1)).isEqualTo("2026-03-02,PSA,4.2,ng/mL,\"'=HYPERLINK(\"\"http://evil\"\")\",'-after flare,,2857-1,\"4,2\",ng/mL");
        assertThat(labs.get(2)).startsWith("2026-05-04,PSA,<0.1,ng/mL,");
        List<String> checkIns = lines(folder.resolve("check-ins.csv"));
        assertThat(checkIns.get(0)).startsWith("\uFEFFdate,temperature,temperature unit,warning signs,note,Tiredness,");
        assertThat(checkIns.get(1)).startsWith("2026-05-01,,,,'@cmd note,7,");
        assertThat(lines(folder.resolve("pain.csv")).get(1)).isEqualTo("2026-05-01,08:30,4,6,,Lower back,yes,'+morphine,");
        assertThat(lines(folder.resolve("doses.csv")).get(1))
                .isEqualTo("2026-05-02,Enzalutamide,planned,2026-05-02T09:00,skipped,,,'=1+1");
        assertThat(lines(folder.resolve("medications.csv")).get(1)).startsWith("Enzalutamide,").contains(",2026-01-05,,09:00,160 mg,");
        assertThat(lines(folder.resolve("reminders.csv")).get(1)).isEqualTo("2026-06-10,Blood test,custom,open,,,,,'-,");
    }

    private static List<String> lines(Path file) throws IOException {
        return List.of(Files.readString(file, StandardCharsets.UTF_8).split("\r\n"));
    }
}
