package org.carejournal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.carejournal.analysis.Psa.below;
import static org.carejournal.analysis.Psa.day;
import static org.carejournal.analysis.Psa.excluded;
import static org.carejournal.analysis.Psa.psa;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Baseline, nadir, response and PCWG2/3 progression; expectations worked out by hand. */
class PsaKineticsStatusTest {

    // Treatment starts on day 10. Baseline: the last value on or before day 10 = 24 on day 5.
    // The excluded 0.5 on day 90 is not the nadir: 1.5 on day 100 is, 100 - 10 = 90 days after the start.
    private static final List<LabResult> TREATED = List.of(
            psa(0, 20), psa(5, 24), psa(40, 10), psa(70, 4), excluded(90, 0.5), psa(100, 1.5), psa(130, 1.8));

    @Test
    void baselineNadirAndTimeToNadirWithATreatmentStart() {
        KineticsReport r = PsaKinetics.compute(TREATED, DateRange.ALL, day(10));

        assertThat(r.baseline().date()).isEqualTo(day(5));
        assertThat(r.baseline().value().value()).isEqualTo(24);
        assertThat(r.nadir().date()).isEqualTo(day(100));
        assertThat(r.timeToNadirDays()).isEqualTo(90L);
        // (1.8 - 24) / 24 * 100 = -92.5
        assertThat(r.changeFromBaselinePercent()).isCloseTo(-92.5, within(1e-9));
        // 10 on day 40 is <= 12 (half of 24); 4 on day 70 is 30 days later and also <= 12.
        assertThat(r.response()).isEqualTo(Response.CONFIRMED);
        // 1.8 vs nadir 1.5: needs >= 1.875 and >= 3.5.
        assertThat(r.progression()).isEqualTo(Progression.NONE);
        assertThat(r.progressionDate()).isNull();
        assertThat(r.notes()).doesNotContain("No treatment start date set: the baseline is the first value shown.");
    }

    @Test
    void baselineIsSearchedBeforeTheVisibleRange() {
        // Showing only days 40..130 still takes the baseline from day 5 and the nadir from it on.
        KineticsReport r = PsaKinetics.compute(TREATED, new DateRange(day(40), day(130)), day(10));

        assertThat(r.baseline().date()).isEqualTo(day(5));
        assertThat(r.nadir().date()).isEqualTo(day(100));
        assertThat(r.pointsUsed()).isEqualTo(4);   // 10, 4, 1.5, 1.8
        assertThat(r.pointsExcluded()).isEqualTo(1);
    }

    @Test
    void nadirStopsAtTheRangeEnd() {
        // Up to day 80 the lowest value since the baseline is 4 on day 70: 60 days after the start.
        KineticsReport r = PsaKinetics.compute(TREATED, new DateRange(null, day(80)), day(10));

        assertThat(r.nadir().date()).isEqualTo(day(70));
        assertThat(r.timeToNadirDays()).isEqualTo(60L);
        // (4 - 24) / 24 * 100 = -83.333...
        assertThat(r.changeFromBaselinePercent()).isCloseTo(-250.0 / 3, within(1e-9));
    }

    @Test
    void withNoValueBeforeTheStartTheFirstValueAfterItIsTheBaseline() {
        KineticsReport r = PsaKinetics.compute(TREATED, DateRange.ALL, day(-10));

        assertThat(r.baseline().date()).isEqualTo(day(0));
        assertThat(r.timeToNadirDays()).isEqualTo(110L); // day -10 to day 100
        assertThat(r.notes()).contains(
                "No value on or before the treatment start: the baseline is the first value after it.");
    }

    @Test
    void withNoStartTheFirstValueShownIsTheBaselineAndStartsTheClock() {
        KineticsReport r = PsaKinetics.compute(TREATED, new DateRange(day(3), null), null);

        assertThat(r.baseline().date()).isEqualTo(day(5));
        assertThat(r.timeToNadirDays()).isEqualTo(95L); // day 5 to day 100
        assertThat(r.notes()).contains("No treatment start date set: the baseline is the first value shown.");
    }

    @Test
    void aCensoredValueCanBeTheNadir() {
        KineticsReport r = PsaKinetics.compute(List.of(psa(0, 5), psa(30, 1), below(60, 0.1), psa(90, 0.3)),
                DateRange.ALL, day(0));

        assertThat(r.nadir().value()).isEqualTo(LabValue.below(0.1));
        assertThat(r.timeToNadirDays()).isEqualTo(60L);
        // Latest uncensored 0.3 vs 5: (0.3 - 5) / 5 * 100 = -94
        assertThat(r.changeFromBaselinePercent()).isCloseTo(-94.0, within(1e-9));
    }

    static Stream<Arguments> responses() {
        // Baseline 10 on day 0, treatment start day 0: a response needs a value <= 5.
        return Stream.of(
                // 4.9 on day 30 then 4.0 on day 58, exactly 28 days later.
                Arguments.of("confirmed 4 weeks later", List.of(psa(0, 10), psa(30, 4.9), psa(58, 4.0)),
                        Response.CONFIRMED),
                // 5.0 is exactly 50 % below; the only later value is 20 days on.
                Arguments.of("unconfirmed, nothing 4 weeks later", List.of(psa(0, 10), psa(30, 5.0), psa(50, 4.0)),
                        Response.UNCONFIRMED),
                // 27 days is not yet 4 weeks.
                Arguments.of("27 days is too soon", List.of(psa(0, 10), psa(30, 4.0), psa(57, 4.0)),
                        Response.UNCONFIRMED),
                Arguments.of("no fall of 50 %", List.of(psa(0, 10), psa(30, 6.0), psa(60, 5.5)), Response.NONE),
                // The fall on day 30 came back up 30 days later: not confirmed, and nothing else falls.
                Arguments.of("fall not confirmed", List.of(psa(0, 10), psa(30, 4.0), psa(60, 7.0)), Response.NONE),
                // A censored "<0.1" is certainly 50 % below 10, and confirms the fall on day 30.
                Arguments.of("censored value confirms", List.of(psa(0, 10), psa(30, 2.0), below(60, 0.1)),
                        Response.CONFIRMED),
                // The only confirming value was excluded by the person.
                Arguments.of("excluded value does not confirm", List.of(psa(0, 10), psa(30, 2.0), excluded(60, 1.0)),
                        Response.UNCONFIRMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void response(String name, List<LabResult> values, Response expected) {
        assertThat(PsaKinetics.compute(values, DateRange.ALL, day(0)).response()).isEqualTo(expected);
    }

    @Test
    void changeFromBaselineIsAPercentage() {
        // (3 - 8) / 8 * 100 = -62.5
        KineticsReport r = PsaKinetics.compute(List.of(psa(0, 8), psa(30, 3)), DateRange.ALL, day(0));
        assertThat(r.changeFromBaselinePercent()).isCloseTo(-62.5, within(1e-9));
    }

    static Stream<Arguments> progressions() {
        // After a fall: baseline 10 (day 0), 4 (day 30), nadir 2 (day 60).
        // A rise counts when >= 1.25 * 2 = 2.5 AND >= 2 + 2 = 4.
        return Stream.of(
                // 3.5 on day 90 is +75 % but only +1.5: not a rise. 4.2 on day 120 is; 4.6 on day 141
                // (exactly 21 days later) confirms it.
                Arguments.of("confirmed", List.of(psa(0, 10), psa(30, 4), psa(60, 2), psa(90, 3.5), psa(120, 4.2),
                        psa(141, 4.6)), Progression.CONFIRMED, day(120)),
                // The last value meets the criteria and nothing 3 weeks later exists yet.
                Arguments.of("unconfirmed, last value", List.of(psa(0, 10), psa(30, 4), psa(60, 2), psa(120, 4.2)),
                        Progression.UNCONFIRMED, day(120)),
                // 4.5 on day 140 is only 20 days later: it cannot confirm.
                Arguments.of("unconfirmed, next value 20 days later", List.of(psa(0, 10), psa(30, 4), psa(60, 2),
                        psa(120, 4.2), psa(140, 4.5)), Progression.UNCONFIRMED, day(120)),
                // 4.0 is exactly nadir + 2 and is 100 % above: it meets; 4.0 again 21 days later confirms.
                Arguments.of("exactly +2 ng/mL", List.of(psa(0, 10), psa(60, 2), psa(90, 4.0), psa(111, 4.0)),
                        Progression.CONFIRMED, day(90)),
                // Rise of +50 % to +100 % but < 2 ng/mL above the nadir of 0.6 (needs >= 2.6).
                Arguments.of(">= 25 % but < 2 ng/mL", List.of(psa(0, 10), psa(60, 0.6), psa(90, 0.9), psa(120, 1.2),
                        psa(150, 2.5)), Progression.NONE, null),
                // Some value >= 21 days later meeting the rise vs the same nadir confirms, even after a dip:
                // 3.0 on day 145 fails, 4.1 on day 175 (>= 4) confirms the rise of day 120.
                Arguments.of("confirmed by a later value after a dip", List.of(psa(0, 10), psa(60, 2), psa(120, 4.2),
                        psa(145, 3.0), psa(175, 4.1)), Progression.CONFIRMED, day(120)),
                // 4.2 on day 120 (vs nadir 2, needs >= 4): every later value fails (1.0, 3.2, 3.5), so it is
                // dropped. The nadir is now 1.0: 3.2 on day 175 meets >= 3 and >= 1.25; 3.5 on day 200 confirms.
                Arguments.of("candidate dropped, a later one confirmed", List.of(psa(0, 10), psa(60, 2), psa(120, 4.2),
                        psa(145, 1.0), psa(175, 3.2), psa(200, 3.5)), Progression.CONFIRMED, day(175)),
                Arguments.of("candidate dropped, nothing after", List.of(psa(0, 10), psa(60, 2), psa(120, 4.2),
                        psa(145, 3.0)), Progression.NONE, null),
                // Nadir "<0.1" (counts at 0.1): a rise needs >= 2.1. A later "<5" is never a candidate.
                Arguments.of("censored nadir, censored never a candidate", List.of(psa(0, 10), below(60, 0.1),
                        below(90, 5), psa(120, 2.2), psa(150, 2.4)), Progression.CONFIRMED, day(120)),
                // The excluded 9.0 is ignored; without it there is nothing to confirm the rise on day 120.
                Arguments.of("excluded value ignored", List.of(psa(0, 10), psa(60, 2), psa(120, 4.2),
                        excluded(150, 9.0)), Progression.UNCONFIRMED, day(120)),
                // The confirmation is measured against the candidate's nadir (2), not a later lower one.
                Arguments.of("confirmed against the same nadir", List.of(psa(0, 10), psa(60, 2), psa(120, 4.2),
                        psa(130, 1.0), psa(141, 4.1)), Progression.CONFIRMED, day(120)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("progressions")
    void progressionAfterAFall(String name, List<LabResult> values, Progression expected, LocalDate date) {
        KineticsReport r = PsaKinetics.compute(values, DateRange.ALL, day(0));

        assertThat(r.progression()).isEqualTo(expected);
        assertThat(r.progressionDate()).isEqualTo(date);
    }

    static Stream<Arguments> noDecline() {
        // Baseline 5 (day 0, the treatment start), never falls: a rise needs >= 6.25 AND >= 7,
        // and counts only on day 84 (12 weeks) or later.
        return Stream.of(
                // 7.5, 8, 9 on days 30, 60, 81: all before 12 weeks.
                Arguments.of("before 12 weeks", List.of(psa(0, 5), psa(30, 7.5), psa(60, 8), psa(81, 9)),
                        Progression.NONE, null),
                // 9.5 on day 84 meets it; nothing 3 weeks later yet.
                Arguments.of("at 12 weeks, unconfirmed", List.of(psa(0, 5), psa(30, 7.5), psa(60, 8), psa(84, 9.5)),
                        Progression.UNCONFIRMED, day(84)),
                // 8 on day 90, confirmed by 9 on day 120.
                Arguments.of("after 12 weeks, confirmed", List.of(psa(0, 5), psa(30, 6), psa(60, 7.5), psa(90, 8),
                        psa(120, 9)), Progression.CONFIRMED, day(90)),
                // 6.8 is +36 % but only +1.8 ng/mL.
                Arguments.of("after 12 weeks, < 2 ng/mL", List.of(psa(0, 5), psa(90, 6.8), psa(120, 6.9)),
                        Progression.NONE, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noDecline")
    void progressionWithNoFall(String name, List<LabResult> values, Progression expected, LocalDate date) {
        KineticsReport r = PsaKinetics.compute(values, DateRange.ALL, day(0));

        assertThat(r.progression()).isEqualTo(expected);
        assertThat(r.progressionDate()).isEqualTo(date);
    }

    @Test
    void twelveWeeksCountFromTheTreatmentStartNotTheBaseline() {
        // Baseline 5 on day 0, start on day 20: 9.5 on day 90 is only 70 days after the start and does
        // not count; 10 on day 120 (100 days) does, with nothing 3 weeks later yet.
        List<LabResult> values = List.of(psa(0, 5), psa(90, 9.5), psa(120, 10));
        KineticsReport started = PsaKinetics.compute(values, DateRange.ALL, day(20));
        assertThat(started.progression()).isEqualTo(Progression.UNCONFIRMED);
        assertThat(started.progressionDate()).isEqualTo(day(120));
        // With no start, the clock starts at the baseline (day 0): day 90 counts, confirmed by day 120.
        KineticsReport unstarted = PsaKinetics.compute(values, DateRange.ALL, null);
        assertThat(unstarted.progression()).isEqualTo(Progression.CONFIRMED);
        assertThat(unstarted.progressionDate()).isEqualTo(day(90));
    }

    @Test
    void progressionLooksOnlyUpToTheRangeEnd() {
        List<LabResult> values = List.of(psa(0, 10), psa(60, 2), psa(120, 4.2), psa(141, 4.6));
        KineticsReport r = PsaKinetics.compute(values, new DateRange(null, day(130)), day(0));

        assertThat(r.progression()).isEqualTo(Progression.UNCONFIRMED);
        assertThat(r.notes()).contains("The rise needs a second value at least 3 weeks later to be confirmed.");
    }

    @Test
    void resultsOfTwoTestsAreRefused() {
        List<LabResult> mixed = List.of(psa(0, 1),
                LabResult.of(LabTest.PSA_ULTRASENSITIVE, day(30), LabValue.exact(0.05)));
        assertThatThrownBy(() -> PsaKinetics.compute(mixed, DateRange.ALL, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ultrasensitivePsaIsReportedAsItsTest() {
        List<LabResult> us = List.of(LabResult.of(LabTest.PSA_ULTRASENSITIVE, day(0), LabValue.exact(0.02)),
                LabResult.of(LabTest.PSA_ULTRASENSITIVE, day(60), LabValue.exact(0.04)));
        KineticsReport r = PsaKinetics.compute(us, DateRange.ALL, day(0));

        assertThat(r.test()).isEqualTo(LabTest.PSA_ULTRASENSITIVE);
        assertThat(r.doublingTimeDays()).isCloseTo(60.0, within(1e-9));
    }
}
