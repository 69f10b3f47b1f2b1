package org.carejournal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.analysis.Adherence.DueDoses;
import org.carejournal.domain.meds.DoseEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Adherence counted by hand over small plans: which events count as taken, per medicine, overall and by week. */
class AdherenceTest {
    private static final long TABLET = 1;
    private static final long INJECTION = 2;
    private static final LocalDate MON = LocalDate.of(2026, 3, 2); // a Monday

    private static LocalDateTime at(LocalDate day, int hour) { return day.atTime(hour, 0); }

    /** A tablet at 08:00 every day of the week of {@code MON}: 7 doses. */
    private static DueDoses tabletWeek() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 0; i < 7; i++) times.add(at(MON.plusDays(i), 8));
        return new DueDoses(TABLET, "Abiraterone", times);
    }

    static Stream<Arguments> events() {
        LocalDateTime wed = at(MON.plusDays(2), 8);
        return Stream.of(
                Arguments.of("nothing recorded", List.of(), 0),
                Arguments.of("taken on time", List.of(DoseEvent.taken(TABLET, wed, wed)), 1),
                Arguments.of("taken at another time counts as taken", List.of(DoseEvent.taken(TABLET, wed, wed.plusHours(5))), 1),
                Arguments.of("skipped counts as not taken", List.of(DoseEvent.skipped(TABLET, wed, "sick")), 0),
                Arguments.of("as needed does not count", List.of(DoseEvent.asNeeded(TABLET, wed, "1", "pain")), 0),
                Arguments.of("another medicine at the same time does not count",
                        List.of(DoseEvent.taken(INJECTION, wed, wed)), 0),
                Arguments.of("a dose the plan no longer has does not count",
                        List.of(DoseEvent.taken(TABLET, wed.withHour(20), wed.withHour(20))), 0),
                Arguments.of("a dose outside the period does not count",
                        List.of(DoseEvent.taken(TABLET, at(MON.minusDays(1), 8), at(MON.minusDays(1), 8))), 0),
                Arguments.of("every day taken", allTaken(), 7));
    }

    private static List<DoseEvent> allTaken() {
        return tabletWeek().dueAt().stream().map(t -> DoseEvent.taken(TABLET, t, t)).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void whichEventsCountAsTaken(String name, List<DoseEvent> events, int taken) {
        AdherenceReport r = Adherence.of(List.of(tabletWeek()), events, MON, MON.plusDays(6));

        assertThat(r.perMedication()).containsExactly(new AdherenceFigure(TABLET, "Abiraterone", 7, taken));
        assertThat(r.overall()).isEqualTo(new AdherenceFigure(null, "All medicines", 7, taken));
        assertThat(r.weekly()).containsExactly(new AdherencePoint(MON, 7, taken));
    }

    /**
     * Tablet: 7 due, 5 taken (one late), 1 skipped, 1 unrecorded: 5/7 = 71.4 %. Injection on Wednesday, taken:
     * 1/1. Overall 6/8 = 75 %.
     */
    @Test
    void perMedicineAndOverall() {
        LocalDate wed = MON.plusDays(2);
        List<DoseEvent> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            LocalDateTime due = at(MON.plusDays(i), 8);
            events.add(DoseEvent.taken(TABLET, due, i == 3 ? due.plusHours(3) : due));
        }
        events.add(DoseEvent.skipped(TABLET, at(MON.plusDays(5), 8), "nausea"));
        events.add(DoseEvent.taken(INJECTION, at(wed, 10), at(wed, 11)));
        DueDoses injection = new DueDoses(INJECTION, "Denosumab", List.of(at(wed, 10)));

        AdherenceReport r = Adherence.of(List.of(tabletWeek(), injection), events, MON, MON.plusDays(6));

        assertThat(r.perMedication()).containsExactly(
                new AdherenceFigure(TABLET, "Abiraterone", 7, 5),
                new AdherenceFigure(INJECTION, "Denosumab", 1, 1));
        assertThat(r.perMedication().get(0).percent().getAsDouble()).isCloseTo(71.43, within(0.01));
        assertThat(r.overall().percent().getAsDouble()).isEqualTo(75.0);
        assertThat(r.weekly()).containsExactly(new AdherencePoint(MON, 8, 6));
    }

    /** From Wednesday 4 March to Tuesday 10 March: the tablet's 5 doses in week 1 (Wed..Sun), 2 in week 2. */
    @Test
    void weeksStartOnMondayAndCoverThePeriod() {
        List<LocalDateTime> times = new ArrayList<>();
        for (int i = 2; i < 9; i++) times.add(at(MON.plusDays(i), 8));
        List<DoseEvent> events = List.of(DoseEvent.taken(TABLET, times.get(0), times.get(0)),
                DoseEvent.taken(TABLET, times.get(6), times.get(6)));

        AdherenceReport r = Adherence.of(List.of(new DueDoses(TABLET, "Tablet", times)), events,
                MON.plusDays(2), MON.plusDays(8));

        assertThat(r.weekly()).containsExactly(new AdherencePoint(MON, 5, 1), new AdherencePoint(MON.plusWeeks(1), 2, 1));
    }

    @Test
    void weeksWithNothingDueStayOnTheChartEmpty() {
        DueDoses monthly = new DueDoses(INJECTION, "Leuprolide", List.of(at(MON, 9), at(MON.plusWeeks(3), 9)));

        AdherenceReport r = Adherence.of(List.of(monthly), List.of(), MON, MON.plusWeeks(3).plusDays(6));

        assertThat(r.weekly()).extracting(AdherencePoint::due).containsExactly(1, 0, 0, 1);
        assertThat(r.weekly().get(1).percent()).isEmpty();
        assertThat(r.weekly().get(0).percent()).hasValue(0.0);
    }

    @Test
    void medicinesWithNothingDueAreLeftOutAndAnEmptyPeriodHasNoPercent() {
        AdherenceReport r = Adherence.of(List.of(new DueDoses(TABLET, "Paracetamol", List.of())), List.of(), MON, MON);

        assertThat(r.perMedication()).isEmpty();
        assertThat(r.overall()).isEqualTo(new AdherenceFigure(null, "All medicines", 0, 0));
        assertThat(r.overall().percent()).isEmpty();
        assertThat(r.weekly()).containsExactly(new AdherencePoint(MON, 0, 0));
    }
}
