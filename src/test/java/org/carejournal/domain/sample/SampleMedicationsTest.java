package org.carejournal.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.carejournal.care.meds.ScheduleExpansion;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DoseStatus;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.sample.SampleMedications.Entry;
import org.carejournal.domain.sample.SampleMedications.Story;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The sample's medication history: consistent with the PSA story, with its own plan, never in the future. */
class SampleMedicationsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final Story story = SampleMedications.story(TODAY);

    /** Today as in the check-in test, a leap day, and a day whose ADT start falls on the 31st of a month. */
    static List<LocalDate> todays() {
        return List.of(TODAY, LocalDate.of(2028, 2, 29), LocalDate.of(2023, 1, 31).plusDays(1080));
    }

    @Test
    void everyMedicineHasAScheduleAndLinesNameMedicinesOfThePlan() {
        assertThat(story.medicines()).allSatisfy(e -> assertThat(e.versions()).isNotEmpty());
        assertThat(story.medicines()).extracting(Entry::key).doesNotHaveDuplicates();
        Set<String> keys = new HashSet<>(story.medicines().stream().map(Entry::key).toList());
        assertThat(story.lines()).allSatisfy(l -> assertThat(keys).containsAll(l.keys()));
        assertThat(story.medicines()).allSatisfy(e -> assertThat(e.medication().catalogKey()).isEqualTo(e.key()));
    }

    @Test
    void lineStartsMatchTheStory() {
        assertThat(story.lines()).extracting(SampleMedications.Line::start)
                .containsExactly(SampleStory.adtStart(TODAY), SampleStory.abirateroneStart(TODAY));
        // The first leuprolide injection is the ADT start; abiraterone starts with its line.
        assertThat(story.medicine(SampleMedications.LEUPROLIDE).versions().get(0).start()).isEqualTo(SampleStory.adtStart(TODAY));
        assertThat(story.medicine(SampleMedications.ABIRATERONE).versions().get(0).start())
                .isEqualTo(SampleStory.abirateroneStart(TODAY));
        // The PSA before the first injection is on or before the first line's start: the baseline exists.
        assertThat(SampleStory.labs(TODAY)).anySatisfy(r -> assertThat(r.date()).isBefore(SampleStory.adtStart(TODAY)));
    }

    @Test
    void theLeuprolidePlanChangedOnceAndKeepsBothVersions() {
        List<Schedule> v = story.medicine(SampleMedications.LEUPROLIDE).versions();
        assertThat(v).hasSize(2);
        assertThat(v.get(0).end()).isEqualTo(v.get(1).start().minusDays(1));
        assertThat(v.get(1).end()).isNull();
    }

    @ParameterizedTest
    @MethodSource("todays")
    void noDoseEventIsInTheFutureOrToday(LocalDate today) {
        LocalDateTime midnight = today.atStartOfDay();
        for (Entry e : SampleMedications.story(today).medicines()) {
            for (DoseEvent d : e.doses()) {
                if (d.dueAt() != null) assertThat(d.dueAt()).isBefore(midnight);
                if (d.takenAt() != null) assertThat(d.takenAt()).isBefore(midnight);
            }
        }
    }

    /** Each planned event is due on a dose of its plan as ical4j expands the rule, and few doses are unrecorded. */
    @ParameterizedTest
    @MethodSource("todays")
    void plannedDosesFollowTheRulesAsTheAppExpandsThem(LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        int expectedAll = 0;
        List<LocalDateTime> unrecorded = new ArrayList<>();
        for (Entry e : SampleMedications.story(today).medicines()) {
            Set<LocalDateTime> expected = new HashSet<>();
            for (Schedule s : e.versions()) {
                LocalDate last = s.end() != null && s.end().isBefore(yesterday) ? s.end() : yesterday;
                ScheduleExpansion.dueDoses(s, s.start(), last).stream().filter(t -> !t.toLocalDate().isAfter(last))
                        .forEach(expected::add);
            }
            Set<LocalDateTime> recorded = new HashSet<>();
            e.doses().stream().filter(DoseEvent::planned).forEach(d -> recorded.add(d.dueAt()));
            assertThat(expected).containsAll(recorded);
            assertThat(recorded).hasSameSizeAs(e.doses().stream().filter(DoseEvent::planned).toList());   // one per dose
            expected.stream().filter(t -> !recorded.contains(t)).forEach(unrecorded::add);
            expectedAll += expected.size();
        }
        assertThat(expectedAll).isGreaterThan(1500);   // about 1700: three daily tablets for 14 months, injections
        assertThat(unrecorded).isNotEmpty().hasSizeLessThan(expectedAll / 50);
        // Exactly one missed dose within the two weeks the Today screen lists: prednisone two evenings ago.
        assertThat(unrecorded).filteredOn(t -> !t.toLocalDate().isBefore(today.minusDays(14)))
                .containsExactly(today.minusDays(2).atTime(20, 0));
    }

    @Test
    void mostlyTakenSomeSkippedWithAReasonSomeLateAndPainReliefWhenNeeded() {
        List<DoseEvent> all = story.medicines().stream().flatMap(e -> e.doses().stream()).toList();
        List<DoseEvent> skipped = all.stream().filter(d -> d.status() == DoseStatus.SKIPPED).toList();
        assertThat(skipped).isNotEmpty().hasSizeLessThan(all.size() / 40).allSatisfy(d -> assertThat(d.reason()).isNotBlank());
        assertThat(all).anySatisfy(d -> assertThat(d.planned() && d.takenAt() != null
                && d.takenAt().isAfter(d.dueAt().plusMinutes(59))).isTrue());
        assertThat(story.medicine(SampleMedications.DENOSUMAB).doses()).filteredOn(d -> d.status() == DoseStatus.SKIPPED)
                .singleElement().satisfies(d -> assertThat(d.reason()).contains("tooth"));

        Entry paracetamol = story.medicine(SampleMedications.PARACETAMOL);
        assertThat(paracetamol.versions()).singleElement().extracting(Schedule::kind).isEqualTo(ScheduleKind.AS_NEEDED);
        assertThat(paracetamol.doses()).hasSizeGreaterThan(20)
                .allSatisfy(d -> assertThat(d.planned()).isFalse())
                .allSatisfy(d -> assertThat(d.amount()).isEqualTo("1 g"));
        // The other medicines' events are all planned doses.
        assertThat(all.stream().filter(d -> !d.planned()).count()).isEqualTo(paracetamol.doses().size());
    }

    @Test
    void anAppointmentIsComingAndTheDentistCameBeforeTheFirstDenosumab() {
        assertThat(story.appointments()).anySatisfy(a -> assertThat(a.at().toLocalDate()).isAfter(TODAY));
        LocalDate firstDenosumab = story.medicine(SampleMedications.DENOSUMAB).versions().get(0).start();
        assertThat(story.appointments()).anySatisfy(a -> {
            assertThat(a.with()).isEqualTo("Dentist");
            assertThat(a.at().toLocalDate()).isBefore(firstDenosumab.minusDays(13));
        });
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(SampleMedications.story(TODAY)).isEqualTo(story);
    }
}
