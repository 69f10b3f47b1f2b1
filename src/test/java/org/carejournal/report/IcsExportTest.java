package org.carejournal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import net.fortuna.ical4j.model.component.VEvent;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.Appointment;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export over a real journal file: a daily tablet, a 3-monthly depot, six docetaxel cycles, a
 * reminder and an appointment, exported for 6 months from 1 December 2026 (to 31 May 2027) and read
 * back with ical4j's parser.
 */
class IcsExportTest {
    static final LocalDate FROM = LocalDate.of(2026, 12, 1);
    static final Clock EXPORT_TIME = Clock.fixed(Instant.parse("2026-12-01T07:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;
    Path journal;
    long person;
    long tablet;
    long depot;
    long docetaxel;
    long tabletSchedule;
    long appointment;

    @BeforeEach
    void aJournalWithAPlan() {
        journal = dir.resolve("journal.db");
        try (JournalSession s = JournalSession.open(journal)) {
            person = s.people().create("John Smith").id();
            MedicationPlan plan = s.plan();
            tablet = add(plan, "Abiraterone (Zytiga)", DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH);
            tabletSchedule = plan.addSchedule(Rhythms.daily(tablet, LocalDate.of(2026, 6, 1), null,
                    List.of(LocalTime.of(8, 0)), "1000 mg")).id();
            depot = add(plan, "Leuprolide (Lupron Depot)", DrugClass.LHRH_AGONIST, Route.INJECTION);
            plan.addSchedule(Rhythms.every(depot, LocalDate.of(2026, 9, 15), null, 3, ChronoUnit.MONTHS,
                    LocalTime.of(10, 30), "22.5 mg"));
            docetaxel = add(plan, "Docetaxel", DrugClass.CHEMOTHERAPY, Route.INFUSION);
            plan.addSchedule(Rhythms.cycle(docetaxel, LocalDate.of(2026, 11, 10), 21, 6, LocalTime.of(11, 0), "75 mg/m²"));
            s.reminders().add(person, Reminder.generated("next-injection:" + depot + ":2027-03-15",
                    ReminderKind.NEXT_INJECTION, "Leuprolide injection on 15 March",
                    "The next depot injection is due; book it with the clinic if it is not booked yet.", "",
                    "", LocalDate.of(2027, 3, 8), depot));
            appointment = s.appointments().add(person, new Appointment(0, LocalDateTime.of(2027, 1, 20, 14, 30),
                    "Oncology clinic", "St Mary's Hospital", "")).id();
        }
    }

    private long add(MedicationPlan plan, String name, DrugClass drugClass, Route route) {
        return plan.add(person, Medication.draft(null, name, drugClass, route)).id();
    }

    private String export(Clock clock) {
        try (JournalSession s = JournalSession.open(journal)) {
            return new IcsExport(s.medicationPorts(), s.settings(), clock).write(person, FROM, 6);
        }
    }

    private String journalUid() {
        try (JournalSession s = JournalSession.open(journal)) {
            return s.settings().journalUid();
        }
    }

    @Test
    void theWholePlanComesBackWithItsDatesRulesAndAlarms() {
        String text = export(EXPORT_TIME);
        String uid = "@" + journalUid();
        var events = ParsedCalendar.parse(text).events;

        // uid, DTSTART line, RRULE or null, alarm; dates worked out by hand from the plan above.
        List<List<String>> expected = Stream.of(
                row("daily-" + tabletSchedule + "-0800", "DTSTART:20261201T080000", "FREQ=DAILY;UNTIL=20270531T080000", "-PT15M"),
                // Depot from 15 September every 3 months: 15 December and 15 March (15 June is after the window).
                row("dose-" + depot + "-20261215", "DTSTART:20261215T103000", null, "-P1D"),
                row("dose-" + depot + "-20270315", "DTSTART:20270315T103000", null, "-P1D"),
                // Docetaxel every 21 days from 10 November, 6 doses: doses 2 to 6 fall in the window.
                row("dose-" + docetaxel + "-20261201", "DTSTART:20261201T110000", null, "-P1D"),
                row("dose-" + docetaxel + "-20261222", "DTSTART:20261222T110000", null, "-P1D"),
                row("dose-" + docetaxel + "-20270112", "DTSTART:20270112T110000", null, "-P1D"),
                row("dose-" + docetaxel + "-20270202", "DTSTART:20270202T110000", null, "-P1D"),
                row("dose-" + docetaxel + "-20270223", "DTSTART:20270223T110000", null, "-P1D"),
                row("reminder-next-injection-" + depot + "-2027-03-15", "DTSTART;VALUE=DATE:20270308", null, "PT9H"),
                row("appointment-" + appointment, "DTSTART:20270120T143000", null, "-P1D")).toList();

        assertThat(events.keySet()).containsExactlyInAnyOrderElementsOf(expected.stream().map(r -> r.get(0) + uid).toList());
        for (List<String> r : expected) {
            VEvent e = events.get(r.get(0) + uid);
            assertThat(ParsedCalendar.line(e, "DTSTART")).as(r.get(0)).isEqualTo(r.get(1));
            assertThat(ParsedCalendar.value(e, "RRULE")).as(r.get(0)).isEqualTo(r.get(2));
            assertThat(ParsedCalendar.alarms(e)).as(r.get(0)).containsExactly("DISPLAY " + r.get(3));
            assertThat(ParsedCalendar.line(e, "DTSTAMP")).isEqualTo("DTSTAMP:20261201T073000Z");
        }
        assertThat(events.get("dose-" + docetaxel + "-20270223" + uid).getDescription().getValue())
                .contains("Dose 6 of 6.");
        assertThat(events.get("appointment-" + appointment + uid).getLocation().getValue()).isEqualTo("St Mary's Hospital");
    }

    private static List<String> row(String uid, String start, String rrule, String trigger) {
        return java.util.Arrays.asList(uid, start, rrule, trigger);
    }

    @Test
    void twoExportsGiveEveryEntryTheSameUid() {
        String first = export(EXPORT_TIME);
        String second = export(Clock.offset(EXPORT_TIME, java.time.Duration.ofDays(3)));

        assertThat(second).isNotEqualTo(first); // the export time differs...
        assertThat(ParsedCalendar.parse(second).events.keySet())
                .containsExactlyElementsOf(ParsedCalendar.parse(first).events.keySet()); // ...the identities do not
        assertThat(journalUid()).isNotBlank();
    }

    @Test
    void writingToAFileGivesTheSameTextAndLeavesNoTemporaryFileBehind() throws IOException {
        Path out = dir.resolve("calendar.ics");
        Files.writeString(out, "an older export");
        int written;
        try (JournalSession s = JournalSession.open(journal)) {
            written = new IcsExport(s.medicationPorts(), s.settings(), EXPORT_TIME).write(person, FROM, 6, out);
        }
        assertThat(written).isEqualTo(10);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(export(EXPORT_TIME));
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
    }

    @Test
    void aFolderThatIsNotThereFailsWithoutWritingAnything() {
        Path out = dir.resolve("missing").resolve("calendar.ics");
        assertThatThrownBy(() -> {
            try (JournalSession s = JournalSession.open(journal)) {
                new IcsExport(s.medicationPorts(), s.settings(), EXPORT_TIME).write(person, FROM, 6, out);
            }
        }).isInstanceOf(NoSuchFileException.class);
        assertThat(Files.exists(out.getParent())).isFalse();
    }

    @Test
    void nothingInTheWindowWritesNothing() throws IOException {
        Path out = dir.resolve("calendar.ics");
        Files.writeString(out, "an older export");
        try (JournalSession s = JournalSession.open(journal)) {
            long nobody = s.people().create("Peter Jones").id();
            IcsExport export = new IcsExport(s.medicationPorts(), s.settings(), EXPORT_TIME);
            assertThat(export.write(nobody, FROM, 6)).isEmpty();
            assertThat(export.write(nobody, FROM, 6, out)).isZero();
        }
        assertThat(Files.readString(out)).isEqualTo("an older export");
    }

    @Test
    void monthsOutsideOneToTwentyFourAreRefused() {
        try (JournalSession s = JournalSession.open(journal)) {
            IcsExport export = new IcsExport(s.medicationPorts(), s.settings(), EXPORT_TIME);
            for (int months : new int[] {0, -1, 25}) {
                assertThatThrownBy(() -> export.write(person, FROM, months)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("1 to 24");
            }
            assertThat(export.write(person, FROM, 24)).contains("BEGIN:VEVENT");
        }
    }
}
