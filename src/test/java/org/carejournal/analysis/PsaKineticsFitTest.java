package org.carejournal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carejournal.analysis.Psa.below;
import static org.carejournal.analysis.Psa.day;
import static org.carejournal.analysis.Psa.excluded;
import static org.carejournal.analysis.Psa.psa;

import java.util.List;
import java.util.stream.Stream;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Doubling time, halving time and velocity; every expectation is worked out by hand below. */
class PsaKineticsFitTest {

    private static final double MONTH = 365.25 / 12; // 30.4375 days

    static Stream<Arguments> fits() {
        return Stream.of(
                // 1 -> 2 over 60 days: ln-slope = ln2/60, so PSADT = 60 days exactly.
                // Velocity: (2-1)/60 per day * 365.25 = 6.0875 ng/mL/year.
                Arguments.of("exactly 2 values", List.of(psa(0, 1), psa(60, 2)), 60.0, null, 6.0875),
                // 1, 2, 4, 8 every 30 days: ln PSA is a straight line of slope ln2/30, PSADT = 30 days.
                // Velocity: x mean 45, y mean 3.75, Sxx = 2*45^2 + 2*15^2 = 4500,
                // Sxy = -45*-2.75 + -15*-1.75 + 15*0.25 + 45*4.25 = 345; 345/4500*365.25 = 28.0025.
                Arguments.of("exponential rise, 4 points", List.of(psa(0, 1), psa(30, 2), psa(60, 4), psa(90, 8)),
                        30.0, null, 28.0025),
                // 8, 4, 2 every 30 days: ln-slope = -ln2/30, halving time 30 days, no doubling time.
                // Velocity: x mean 30, y mean 14/3, Sxx = 1800, Sxy = -30*(10/3) + 30*(-8/3) = -180;
                // -180/1800 = -0.1 per day * 365.25 = -36.525.
                Arguments.of("falling PSA", List.of(psa(0, 8), psa(30, 4), psa(60, 2)), null, 30.0, -36.525),
                // Flat: slope 0, neither doubling nor halving; velocity 0.
                Arguments.of("flat PSA", List.of(psa(0, 2), psa(30, 2), psa(60, 2)), null, null, 0.0),
                // Input order does not matter: the same 1, 2, 4, 8 shuffled.
                Arguments.of("any order", List.of(psa(60, 4), psa(0, 1), psa(90, 8), psa(30, 2)), 30.0, null, 28.0025));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fits")
    void fits(String name, List<LabResult> values, Double doublingDays, Double halvingDays, double velocity) {
        KineticsReport r = PsaKinetics.compute(values, DateRange.ALL, null);

        assertThat(r.pointsUsed()).isEqualTo(values.size());
        assertClose(r.doublingTimeDays(), doublingDays);
        assertClose(r.doublingTimeMonths(), doublingDays == null ? null : doublingDays / MONTH);
        assertClose(r.halvingTimeDays(), halvingDays);
        assertClose(r.halvingTimeMonths(), halvingDays == null ? null : halvingDays / MONTH);
        assertThat(r.velocityPerYear()).isCloseTo(velocity, within(1e-9));
        assertThat(r.rising()).isEqualTo(doublingDays != null);
    }

    @Test
    void twoValuesAreComputedButFlagged() {
        KineticsReport r = PsaKinetics.compute(List.of(psa(0, 1), psa(60, 2)), DateRange.ALL, null);

        // 60 days / 30.4375 = 1.97125... months
        assertThat(r.doublingTimeMonths()).isCloseTo(1.9712525667, within(1e-9));
        assertThat(r.notes()).contains(
                "Based on 2 values only; at least 3 values 4 weeks apart give a more reliable estimate.");
    }

    @Test
    void fourWellSpacedValuesNeedNoReliabilityNote() {
        // 0.1 -> 0.8 doubles every 30 days but rises only 0.7 ng/mL: no progression note either.
        KineticsReport r = PsaKinetics.compute(
                List.of(psa(0, 0.1), psa(30, 0.2), psa(60, 0.4), psa(90, 0.8)), DateRange.ALL, day(0));

        assertThat(r.notes()).isEmpty();
    }

    @Test
    void threeValuesCloseTogetherAreFlagged() {
        // Days 0, 10, 20: no two values are 4 weeks apart, so only 1 "spaced" value.
        KineticsReport r = PsaKinetics.compute(List.of(psa(0, 1), psa(10, 1.2), psa(20, 1.5)), DateRange.ALL, day(0));

        assertThat(r.doublingTimeDays()).isNotNull();
        assertThat(r.notes()).containsExactly("The values are close together in time; at least 3 values "
                + "4 weeks apart give a more reliable estimate.");
    }

    @Test
    void fewerThanTwoValuesGiveNoFits() {
        KineticsReport one = PsaKinetics.compute(List.of(psa(0, 3)), DateRange.ALL, day(0));

        assertThat(one.pointsUsed()).isEqualTo(1);
        assertThat(one.doublingTimeDays()).isNull();
        assertThat(one.doublingTimeMonths()).isNull();
        assertThat(one.halvingTimeDays()).isNull();
        assertThat(one.velocityPerYear()).isNull();
        assertThat(one.notes()).containsExactly("Fewer than 2 values: no doubling time or velocity.");
    }

    @Test
    void valuesOnOneDayGiveNoFits() {
        KineticsReport r = PsaKinetics.compute(List.of(psa(0, 3), psa(0, 4)), DateRange.ALL, day(0));

        assertThat(r.pointsUsed()).isEqualTo(2);
        assertThat(r.doublingTimeDays()).isNull();
        assertThat(r.velocityPerYear()).isNull();
        assertThat(r.notes()).contains("All values are from the same day: no doubling time or velocity.");
    }

    @Test
    void censoredValuesAreLeftOutAndCounted() {
        // Used: 0.2 (day 0), 0.4 (day 90), 0.8 (day 180): PSADT exactly 90 days.
        // The two "<0.1" values would drag the fit down if they were used.
        List<LabResult> values = List.of(psa(0, 0.2), below(30, 0.1), below(60, 0.1), psa(90, 0.4), psa(180, 0.8));
        KineticsReport r = PsaKinetics.compute(values, DateRange.ALL, day(0));

        assertThat(r.pointsUsed()).isEqualTo(3);
        assertThat(r.pointsCensored()).isEqualTo(2);
        assertThat(r.pointsExcluded()).isZero();
        assertThat(r.doublingTimeDays()).isCloseTo(90.0, within(1e-9));
        assertThat(r.notes()).contains("2 values below the detection limit were left out.");
    }

    @Test
    void oneCensoredValueIsSingular() {
        KineticsReport r = PsaKinetics.compute(List.of(psa(0, 0.2), below(30, 0.1), psa(90, 0.4)), DateRange.ALL, day(0));

        assertThat(r.notes()).contains("1 value below the detection limit was left out.");
    }

    @Test
    void excludedValuesAreLeftOutAndCounted() {
        // 1, 2, 4 every 30 days (PSADT 30) with a flare of 50 on day 45 the person excluded,
        // and an excluded "<0.1" counted as excluded, not as censored.
        List<LabResult> values = List.of(psa(0, 1), psa(30, 2), excluded(45, 50), psa(60, 4),
                below(70, 0.1).withExcluded(true));
        KineticsReport r = PsaKinetics.compute(values, DateRange.ALL, day(0));

        assertThat(r.pointsUsed()).isEqualTo(3);
        assertThat(r.pointsExcluded()).isEqualTo(2);
        assertThat(r.pointsCensored()).isZero();
        assertThat(r.doublingTimeDays()).isCloseTo(30.0, within(1e-9));
        assertThat(r.notes()).contains("2 values you excluded were left out.");

        KineticsReport one = PsaKinetics.compute(values.subList(0, 4), DateRange.ALL, day(0));
        assertThat(one.notes()).contains("1 value you excluded was left out.");
    }

    @Test
    void rangeFiltersTheFitAndTheCounts() {
        // Range days 50..130 keeps 2 (day 60) and 4 (day 120): PSADT = 60 days.
        // Outside: 1 on day 0, an excluded value on day 10, "<0.1" on day 20, 100 on day 200.
        List<LabResult> values = List.of(psa(0, 1), excluded(10, 9), below(20, 0.1), psa(60, 2), psa(120, 4),
                psa(200, 100));
        KineticsReport r = PsaKinetics.compute(values, new DateRange(day(50), day(130)), null);

        assertThat(r.pointsUsed()).isEqualTo(2);
        assertThat(r.pointsExcluded()).isZero();
        assertThat(r.pointsCensored()).isZero();
        assertThat(r.doublingTimeDays()).isCloseTo(60.0, within(1e-9));
        // Velocity: (4-2)/60 per day * 365.25 = 12.175.
        assertThat(r.velocityPerYear()).isCloseTo(12.175, within(1e-9));
        // No start: baseline is the first value shown (2 on day 60); latest shown is 4: +100 %.
        assertThat(r.baseline().date()).isEqualTo(day(60));
        assertThat(r.changeFromBaselinePercent()).isCloseTo(100.0, within(1e-9));
        // The nadir looks up to the range end only, so the 100 on day 200 plays no part anywhere.
        assertThat(r.nadir().date()).isEqualTo(day(60));
        assertThat(r.progression()).isEqualTo(Progression.NONE);
        assertThat(r.notes()).contains("No treatment start date set: the baseline is the first value shown.");
    }

    @Test
    void noResultsGiveAnEmptyReport() {
        KineticsReport r = PsaKinetics.compute(List.of(), DateRange.ALL, null);

        assertThat(r.test()).isNull();
        assertThat(r.pointsUsed()).isZero();
        assertThat(r.baseline()).isNull();
        assertThat(r.nadir()).isNull();
        assertThat(r.timeToNadirDays()).isNull();
        assertThat(r.changeFromBaselinePercent()).isNull();
        assertThat(r.response()).isEqualTo(Response.NONE);
        assertThat(r.progression()).isEqualTo(Progression.NONE);
        assertThat(r.progressionDate()).isNull();
    }

    private static void assertClose(Double actual, Double expected) {
        if (expected == null) assertThat(actual).isNull();
        else assertThat(actual).isCloseTo(expected, within(1e-9));
    }
}
