package org.carejournal.care.meds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which version of a plan is in force on a day, and when a medicine counts as active. */
class PlanItemTest {
    private static final Medication MED = new Medication(7, null, "Test", DrugClass.OTHER, Route.BY_MOUTH, "", false);
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static LocalDate d(String iso) { return LocalDate.parse(iso); }

    // January once a day, from February twice a day: the change on 1 February ended the first version on 31 January.
    private static final Schedule JAN = Rhythms.daily(7, d("2026-01-01"), d("2026-01-31"), List.of(NINE), "1").withId(1);
    private static final Schedule FEB = Rhythms.daily(7, d("2026-02-01"), null, List.of(NINE, NINE.plusHours(12)), "1").withId(2);

    @ParameterizedTest(name = "{0}: version {1}, active {2}")
    @CsvSource({
            "2025-12-31, 2, false", // before it started: the latest version
            "2026-01-01, 1, true",
            "2026-01-31, 1, true",
            "2026-02-01, 2, true",
            "2030-06-01, 2, true",
    })
    void currentVersionOfAChangedPlan(String day, long version, boolean active) {
        PlanItem item = new PlanItem(MED, List.of(FEB, JAN)); // given out of order: sorted by start

        assertThat(item.versions()).containsExactly(JAN, FEB);
        assertThat(item.current(d(day))).get().extracting(Schedule::id).isEqualTo(version);
        assertThat(item.activeOn(d(day))).isEqualTo(active);
    }

    @ParameterizedTest(name = "{0}: active {1}")
    @CsvSource({
            "2026-01-05, false",
            "2026-01-06, true",
            "2026-02-17, true",  // third and last dose: 6 January + 2 x 21 days
            "2026-02-18, false",
    })
    void aCourseOfCyclesIsActiveUntilItsLastDose(String day, boolean active) {
        Schedule course = Rhythms.cycle(7, d("2026-01-06"), 21, 3, NINE, "").withId(3);

        assertThat(new PlanItem(MED, List.of(course)).activeOn(d(day))).isEqualTo(active);
        assertThat(PlanItem.lastDose(course)).isEqualTo(d("2026-02-17"));
    }

    @ParameterizedTest(name = "cut short on {0}: last dose {1}")
    @CsvSource({
            "2026-01-26, 2026-01-06",
            "2026-01-27, 2026-01-27",
            "2026-02-16, 2026-01-27",
            "2026-12-31, 2026-02-17",
    })
    void aCourseCutShortEndsAtItsLastDoseBeforeTheEnd(String end, String lastDose) {
        Schedule course = Rhythms.cycle(7, d("2026-01-06"), 21, 3, NINE, "").withEnd(d(end));

        assertThat(PlanItem.lastDose(course)).isEqualTo(d(lastDose));
        assertThat(ScheduleExpansion.dueDays(course, d("2026-01-01"), d("2027-01-01"))).last().isEqualTo(d(lastDose));
    }

    @ParameterizedTest(name = "stopped plan on {0}: version {1}, active {2}")
    @CsvSource({"2026-01-15, 1, true", "2026-03-01, 1, false"})
    void aStoppedPlanKeepsItsLastVersion(String day, long version, boolean active) {
        PlanItem item = new PlanItem(MED, List.of(JAN));

        assertThat(item.current(d(day))).get().extracting(Schedule::id).isEqualTo(version);
        assertThat(item.activeOn(d(day))).isEqualTo(active);
    }

    @Test
    void aMedicineWithoutVersionsHasNoCurrentOne() {
        PlanItem item = new PlanItem(MED, List.of());

        assertThat(item.current(d("2026-01-01"))).isEmpty();
        assertThat(item.activeOn(d("2026-01-01"))).isFalse();
        assertThat(item.firstDay()).isEmpty();
    }
}
