package org.carejournal.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code care-journal export --format ics}: writes a calendar a program can read, or nothing and says why. */
class ExportCommandTest {
    @TempDir
    Path dir;
    Path journal;
    Path out;
    long person;

    /** A daily tablet started ten days ago and an appointment in a week: the CLI exports from today. */
    @BeforeEach
    void aJournalWithATabletAndAnAppointment() {
        journal = dir.resolve("journal.db");
        out = dir.resolve("care.ics");
        LocalDate today = LocalDate.now();
        try (JournalSession s = JournalSession.open(journal)) {
            person = s.people().create("John Smith").id();
            long med = s.plan().add(person, Medication.draft(null, "Enzalutamide (Xtandi)", DrugClass.NEWER_ANTIANDROGEN,
                    Route.BY_MOUTH)).id();
            s.plan().addSchedule(Rhythms.daily(med, today.minusDays(10), null, List.of(LocalTime.of(9, 0)), "160 mg"));
            s.appointments().add(person, new Appointment(0, today.plusDays(7).atTime(10, 0), "Dr Patel", "Clinic 4", ""));
        }
    }

    @Test
    void writesTheCalendarAndSaysWhatItWrote() throws Exception {
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "ics", "--months", "2", "--out", out.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Wrote 2 calendar entries for the next 2 months").contains(out.toAbsolutePath().toString());
        assertThat(r.err()).isEmpty();
        Calendar cal = new CalendarBuilder().build(new StringReader(Files.readString(out)));
        List<VEvent> events = cal.getComponents("VEVENT");
        assertThat(events).extracting(e -> e.getSummary().getValue())
                .containsExactlyInAnyOrder("Enzalutamide (Xtandi) 160 mg", "Appointment: Dr Patel");
        VEvent tablet = events.stream().filter(e -> e.getSummary().getValue().startsWith("Enzalutamide")).findFirst().orElseThrow();
        String lastDay = LocalDate.now().plusMonths(2).minusDays(1).toString().replace("-", "");
        assertThat(tablet.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=DAILY;UNTIL=" + lastDay + "T090000");
    }

    @ParameterizedTest(name = "--months {0}")
    @CsvSource({"0", "25", "-3"})
    void monthsOutsideOneToTwentyFourWriteNothing(String months) throws IOException {
        Files.writeString(out, "an older export");
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "ics", "--months", months, "--out", out.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("--months must be a number of months from 1 to 24, not " + months
                + ". Nothing was written.");
        assertThat(Files.readString(out)).isEqualTo("an older export");
    }

    @Test
    void monthsThatAreNotANumberAreAUsageError() {
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "ics", "--months", "six", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--months").contains("six");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void anUnknownFormatWritesNothing() {
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "pdf", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("Unknown format \"pdf\": the export writes csv, json, fhir or ics. Nothing was written.");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aJournalWithNothingPlannedWritesNothing() {
        Path empty = dir.resolve("empty.db");
        try (JournalSession s = JournalSession.open(empty)) {
            s.people().create("Peter Jones");
        }
        Cli.Result r = Cli.run("export", "--db", empty.toString(), "--format", "ics", "--out", out.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("Nothing to export").contains("next 3 months").contains("Nothing was written.");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aMissingJournalOrFolderIsOnePlainLine() {
        Path nowhere = dir.resolve("nowhere.db");
        Cli.Result noJournal = Cli.run("export", "--db", nowhere.toString(), "--format", "ics", "--out", out.toString());
        assertThat(noJournal.exit()).isEqualTo(1);
        assertThat(noJournal.err()).startsWith("There is no journal at ").doesNotContain("Exception");
        assertThat(Files.exists(nowhere)).isFalse();

        Path noFolder = dir.resolve("missing").resolve("care.ics");
        Cli.Result r = Cli.run("export", "--db", journal.toString(), "--format", "ics", "--out", noFolder.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err().strip()).isEqualTo("There is no folder " + noFolder.getParent() + " to write care.ics in.");

        Cli.Result folder = Cli.run("export", "--db", journal.toString(), "--format", "ics", "--out", dir.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains("is a folder");
        assertThat(Files.exists(out)).isFalse();
    }
}
