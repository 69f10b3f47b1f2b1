package org.carejournal.domain.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.checkin.StandardSymptom;
import org.junit.jupiter.api.Test;

/** The sample's check-ins: three years, the story's shape, the same every time. */
class SampleCheckInsTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    final List<SampleCheckIns.Day> days = SampleCheckIns.days(TODAY);

    @Test
    void threeYearsEndingTodayWithAFewMissedDays() {
        assertThat(days.get(days.size() - 1).date()).isEqualTo(TODAY);
        assertThat(days.get(0).date()).isAfterOrEqualTo(TODAY.minusDays(SampleCheckIns.DAYS - 1));
        assertThat(days).hasSizeBetween(SampleCheckIns.DAYS * 9 / 10, SampleCheckIns.DAYS - 10);
        assertThat(days).allSatisfy(d -> assertThat(d.ratings()).hasSize(StandardSymptom.values().length));
        assertThat(days).filteredOn(d -> d.pain() != null).hasSizeGreaterThan(days.size() * 8 / 10);
        assertThat(days).anySatisfy(d -> assertThat(d.note()).isNotEmpty());
    }

    @Test
    void bonePainEasesOnAdtReturnsAsPsaRisesAndEasesOnAbiraterone() {
        LocalDate adt = SampleStory.adtStart(TODAY);
        double atDiagnosis = mean(adt.minusDays(20), adt);
        double onAdt = mean(adt.plusDays(150), adt.plusDays(250));
        double rising = mean(adt.plusDays(600), adt.plusDays(650));
        double onAbiraterone = mean(adt.plusDays(800), adt.plusDays(900));
        assertThat(atDiagnosis).isGreaterThan(onAdt + 2);
        assertThat(rising).isGreaterThan(onAdt + 1.5);
        assertThat(onAbiraterone).isLessThan(rising - 1.5);
    }

    @Test
    void isTheSameEveryTime() {
        assertThat(SampleCheckIns.days(TODAY)).isEqualTo(days);
    }

    private double mean(LocalDate from, LocalDate to) {
        List<Integer> r = new ArrayList<>();
        for (SampleCheckIns.Day d : days) {
            if (!d.date().isBefore(from) && !d.date().isAfter(to)) r.add(d.ratings().get(StandardSymptom.BONE_PAIN));
        }
        return r.stream().mapToInt(Integer::intValue).average().orElseThrow();
    }
}
