package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderState;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.domain.sample.SampleMedications;
import org.carejournal.domain.sample.SampleStory;
import org.carejournal.charts.LabChartData;
import org.carejournal.charts.TreatmentHistory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample journal file holds the whole medication history with its reminders, and the PSA screen reads it
 * as the story tells.
 */
class SampleJournalTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @TempDir
    Path dir;

    @Test
    void theMedicationHistoryIsStoredWithEveryDoseBothLinesAndItsReminders() {
        Path file = dir.resolve("sample.db");
        SampleJournal.write(file, TODAY);
        SampleMedications.Story story = SampleMedications.story(TODAY);
        try (JournalSession s = JournalSession.open(file)) {
            long person = s.people().all().get(0).id();
            List<Medication> meds = s.plan().medications(person);
            assertThat(meds).extracting(Medication::name)
                    .containsExactlyElementsOf(story.medicines().stream().map(e -> e.medication().name()).toList());
            List<Schedule> schedules = s.plan().schedules(person);
            assertThat(meds).allSatisfy(m -> assertThat(schedules).anyMatch(v -> v.medicationId() == m.id()));
            assertThat(schedules).hasSize(story.medicines().stream().mapToInt(e -> e.versions().size()).sum());

            List<DoseEvent> doses = s.doses().between(person, TODAY.minusYears(4), TODAY.plusYears(1));
            assertThat(doses).hasSize(story.doseCount());   // no two events fell on the same dose
            assertThat(doses).allSatisfy(d -> assertThat(d.day()).isBefore(TODAY));

            List<TreatmentLine> lines = s.plan().lines(person);
            assertThat(lines).extracting(TreatmentLine::start)
                    .containsExactly(SampleStory.adtStart(TODAY), SampleStory.abirateroneStart(TODAY));
            assertThat(lines.get(1).medicationIds()).hasSize(3);
            assertThat(s.appointments().all(person)).anySatisfy(a -> assertThat(a.at().toLocalDate()).isAfter(TODAY));

            // Reminders: the past ones done (never after today), the last days' ones still open, none twice.
            List<Reminder> reminders = s.reminders().all(person);
            assertThat(reminders).filteredOn(r -> r.state() == ReminderState.DONE).hasSizeGreaterThan(20)
                    .allSatisfy(r -> assertThat(r.doneOn()).isBetween(r.due(), TODAY));
            assertThat(reminders).filteredOn(Reminder::open).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.due()).isAfterOrEqualTo(TODAY.minusDays(SampleJournal.OPEN_DAYS)));
            assertThat(reminders).extracting(Reminder::key).doesNotHaveDuplicates();
            assertThat(reminders).anySatisfy(r -> assertThat(r.key()).startsWith("dental-before-bone-drug"));

            // The PSA screen counts from the abiraterone line: the baseline is the PSA taken just before it.
            TreatmentHistory h = TreatmentHistory.read(s.plan(), s.settings(), person, TODAY);
            assertThat(h.fromPlan()).isTrue();
            assertThat(h.start()).isEqualTo(SampleStory.abirateroneStart(TODAY));
            LabChartData chart = LabChartData.build(LabTest.PSA, s.labs().forTest(person, LabTest.PSA),
                    new DateRange(h.start(), null), h.start(), h.timeline());
            assertThat(chart.kinetics().baseline().value().value()).isEqualTo(3.12);
            assertThat(chart.timeline().rows()).extracting(r -> r.shortName())
                    .containsExactly("Paracetamol", "Leuprolide", "Abiraterone", "Prednisone", "Calcium + vitamin D", "Denosumab");
        }
    }
}
