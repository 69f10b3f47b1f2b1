package org.carejournal.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.analysis.PsaKinetics;
import org.carejournal.analysis.Progression;
import org.carejournal.analysis.Response;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SampleStoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 14);

    @ParameterizedTest
    @ValueSource(strings = {"2026-03-14", "2024-02-29", "2030-12-31"})
    void datesAscendAndNeverPassToday(String todayText) {
        LocalDate today = LocalDate.parse(todayText);
        List<LabResult> labs = SampleStory.labs(today);

        assertThat(labs).extracting(LabResult::date).isSorted().allMatch(d -> !d.isAfter(today));
        assertThat(labs.get(0).date()).isBefore(today.minusYears(3).plusMonths(1));
        assertThat(labs.get(labs.size() - 1).date()).isAfter(today.minusMonths(2));
        // Every value would pass the entry check's plausibility limit.
        assertThat(labs).allMatch(r -> r.value().value() > 0 && r.value().value() <= r.test().maxPlausible());
    }

    @Test
    void isDeterministic() {
        assertThat(SampleStory.labs(TODAY)).isEqualTo(SampleStory.labs(TODAY));
    }

    @Test
    void treatmentDatesFitTheStory() {
        assertThat(SampleStory.personName()).isNotBlank();
        assertThat(SampleStory.adtStart(TODAY)).isBetween(TODAY.minusYears(3), TODAY.minusMonths(34));
        // Abiraterone about 14 months before today.
        assertThat(SampleStory.abirateroneStart(TODAY)).isBetween(TODAY.minusMonths(15), TODAY.minusMonths(13));
    }

    @Test
    void testosteroneIsCastrateAfterAdtStartsAndNormalBefore() {
        LocalDate adt = SampleStory.adtStart(TODAY);
        List<LabResult> testosterone = of(LabTest.TESTOSTERONE);

        assertThat(testosterone).filteredOn(r -> r.date().isBefore(adt))
                .isNotEmpty().allMatch(r -> r.value().value() > 300);
        assertThat(testosterone).filteredOn(r -> r.date().isAfter(adt))
                .hasSizeGreaterThan(8).allMatch(r -> r.value().value() < LabTest.CASTRATE_TESTOSTERONE_NG_DL);
    }

    @Test
    void everyPanelTestIsThereAboutEveryThreeMonths() {
        for (LabTest test : List.of(LabTest.ALKALINE_PHOSPHATASE, LabTest.HEMOGLOBIN, LabTest.CREATININE,
                LabTest.CALCIUM)) {
            assertThat(of(test)).as(test.displayName()).hasSizeGreaterThanOrEqualTo(12);
        }
        assertThat(of(LabTest.HEMOGLOBIN)).last().satisfies(r -> assertThat(r.value().value()).isBetween(11.8, 13.0));
    }

    @Test
    void adtLineFallsToANadirThenMeetsConfirmedProgressionBeforeAbiraterone() {
        LocalDate adt = SampleStory.adtStart(TODAY);
        LocalDate abiraterone = SampleStory.abirateroneStart(TODAY);
        KineticsReport r = PsaKinetics.compute(of(LabTest.PSA), new DateRange(null, abiraterone.minusDays(1)), adt);

        assertThat(r.baseline().value().value()).isBetween(40.0, 55.0);
        assertThat(r.nadir().value().value()).isBetween(0.5, 0.7);
        assertThat(r.timeToNadirDays()).isBetween(220L, 270L); // about 8 months
        assertThat(r.response()).isEqualTo(Response.CONFIRMED);
        assertThat(r.progression()).isEqualTo(Progression.CONFIRMED);
        assertThat(r.progressionDate()).isBefore(abiraterone);

        // The rise alone, nadir to abiraterone: doubling time about 5 to 6 months.
        KineticsReport rise = PsaKinetics.compute(of(LabTest.PSA),
                new DateRange(r.nadir().date(), abiraterone.minusDays(1)), adt);
        assertThat(rise.doublingTimeMonths()).isBetween(5.0, 6.0);
    }

    @Test
    void abirateroneLineRespondsAndIsOnlyStartingToRise() {
        LocalDate abiraterone = SampleStory.abirateroneStart(TODAY);
        KineticsReport r = PsaKinetics.compute(of(LabTest.PSA), DateRange.ALL, abiraterone);

        assertThat(r.baseline().date()).isBefore(abiraterone);
        assertThat(r.response()).isEqualTo(Response.CONFIRMED);
        assertThat(r.nadir().value()).isEqualTo(LabValue.below(0.1));
        assertThat(r.progression()).isEqualTo(Progression.NONE);

        KineticsReport lately = PsaKinetics.compute(of(LabTest.PSA), new DateRange(r.nadir().date(), TODAY), abiraterone);
        assertThat(lately.rising()).isTrue();
        assertThat(lately.pointsCensored()).isEqualTo(1);
    }

    private static List<LabResult> of(LabTest test) {
        return SampleStory.labs(TODAY).stream().filter(r -> r.test() == test).toList();
    }
}
