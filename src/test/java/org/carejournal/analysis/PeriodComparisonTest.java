package org.carejournal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.carejournal.analysis.CheckInData.checkIn;
import static org.carejournal.analysis.CheckInData.day;
import static org.carejournal.analysis.CheckInData.symptom;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.Symptom;
import org.junit.jupiter.api.Test;

/** The last 7 (or 30) days against the 7 (or 30) before; figures and sentences worked out by hand. */
class PeriodComparisonTest {
    // Today is day 20: the last 7 days are days 14..20, the 7 before are days 7..13.
    static final LocalDate TODAY = day(20);
    static final List<Symptom> SYMPTOMS = List.of(symptom(1, "Bone pain"), symptom(2, "Poor sleep"),
            symptom(3, "Feeling sick"), symptom(4, "Tiredness"));

    static final List<CheckIn> CHECK_INS = List.of(
            checkIn(0, "", 1, 9),                              // too early: ignored
            checkIn(7, "", 1, 2, 2, 3, 3, 6, 4, 5),
            checkIn(10, "", 1, 2, 2, 3, 3, 6, 4, 5),
            checkIn(15, "", 1, 5, 2, 5, 3, 3, 4, 6),
            checkIn(19, "", 1, 7, 2, 6, 3, 4, 4, 5),           // bone pain 7: a severe day
            checkIn(20, "", 1, 4));
    static final List<DailyPain> PAIN = List.of(
            new DailyPain(day(8), 4, 3.0, null),
            new DailyPain(day(12), 7, 2.8, null),              // worst 7: a severe day before
            new DailyPain(day(14), 8, 4.0, null),              // worst 8: a severe day now
            new DailyPain(day(17), 3, 2.0, null),
            new DailyPain(day(20), 5, 6.3, null));

    @Test
    void figuresForTheLastSevenDays() {
        PeriodComparison c = PeriodComparison.compare(CHECK_INS, PAIN, SYMPTOMS, TODAY, 7);
        assertThat(c.averagePainNow()).isCloseTo(4.1, within(1e-9));      // (4.0 + 2.0 + 6.3) / 3
        assertThat(c.averagePainBefore()).isCloseTo(2.9, within(1e-9));   // (3.0 + 2.8) / 2
        assertThat(c.worstPainNow()).isCloseTo(16 / 3.0, within(1e-9));   // (8 + 3 + 5) / 3
        assertThat(c.worstPainBefore()).isCloseTo(5.5, within(1e-9));     // (4 + 7) / 2
        assertThat(c.severeDaysNow()).isEqualTo(2);                       // day 14 (pain), day 19 (bone pain)
        assertThat(c.severeDaysBefore()).isEqualTo(1);                    // day 12 (pain)
        // Bone pain 2 → (5 + 7 + 4) / 3 = 5.33 (+3.33); Poor sleep 3 → 5.5 (+2.5);
        // Feeling sick 6 → 3.5 (−2.5); Tiredness 5 → 5.5 (+0.5, too small).
        assertThat(c.worse()).containsExactly("Bone pain", "Poor sleep");
        assertThat(c.better()).containsExactly("Feeling sick");
        assertThat(c.symptomsCompared()).isEqualTo(4);
    }

    @Test
    void sentencesForTheLastSevenDays() {
        assertThat(PeriodComparison.compare(CHECK_INS, PAIN, SYMPTOMS, TODAY, 7).sentences()).containsExactly(
                "Average pain in the last 7 days: 4.1, up from 2.9 in the 7 days before.",
                "Worst pain of the day, averaged over the last 7 days: 5.3, down from 5.5 in the 7 days before.",
                "Days with a severe symptom or severe pain (7 or more): 2 (before: 1).",
                "Getting worse: Bone pain, Poor sleep.",
                "Getting better: Feeling sick.");
    }

    @Test
    void thirtyDaysReachBackFurther() {
        // Today day 20: the last 30 days are days −9..20, the 30 before days −39..−10. Nothing before.
        PeriodComparison c = PeriodComparison.compare(CHECK_INS, PAIN, SYMPTOMS, TODAY, 30);
        assertThat(c.severeDaysNow()).isEqualTo(4);                        // days 0, 12, 14, 19
        assertThat(c.averagePainNow()).isCloseTo(18.1 / 5, within(1e-9)); // 3.0 + 2.8 + 4.0 + 2.0 + 6.3
        assertThat(c.hasBefore()).isFalse();
        assertThat(c.sentences()).containsExactly(
                "Average pain in the last 30 days: 3.6.",
                "Worst pain of the day, averaged over the last 30 days: 5.4.",
                "Days with a severe symptom or severe pain (7 or more): 4.",
                "Not enough entries from the 30 days before to compare.");
    }

    @Test
    void aChangeOfExactlyTwoPointsCountsAndOneAndAHalfDoesNot() {
        List<CheckIn> checkIns = List.of(checkIn(7, "", 1, 2, 2, 2), checkIn(8, "", 1, 2, 2, 2),
                checkIn(14, "", 1, 4, 2, 3), checkIn(15, "", 1, 4, 2, 4));
        PeriodComparison c = PeriodComparison.compare(checkIns, List.of(), SYMPTOMS, TODAY, 7);
        assertThat(c.worse()).containsExactly("Bone pain");                // +2.0; Poor sleep +1.5
        assertThat(c.sentences()).containsExactly(
                "Days with a severe symptom or severe pain (7 or more): 0 (before: 0).",
                "Getting worse: Bone pain.");
    }

    @Test
    void aSingleRatingIsNotATrend() {
        List<CheckIn> checkIns = List.of(checkIn(7, "", 1, 0), checkIn(14, "", 1, 9), checkIn(15, "", 1, 9));
        PeriodComparison c = PeriodComparison.compare(checkIns, List.of(), SYMPTOMS, TODAY, 7);
        assertThat(c.worse()).isEmpty();
        assertThat(c.sentences()).endsWith("Too few symptom ratings in both periods to compare symptoms.");
    }

    @Test
    void sameRoundedPainSaysSoAndNoChangeSaysSo() {
        List<CheckIn> checkIns = List.of(checkIn(7, "", 1, 3), checkIn(8, "", 1, 3), checkIn(14, "", 1, 3), checkIn(15, "", 1, 4));
        List<DailyPain> pain = List.of(new DailyPain(day(9), 3, 4.12, null), new DailyPain(day(16), 3, 4.08, null));
        assertThat(PeriodComparison.compare(checkIns, pain, SYMPTOMS, TODAY, 7).sentences()).containsExactly(
                "Average pain in the last 7 days: 4.1, the same as in the 7 days before.",
                "Worst pain of the day, averaged over the last 7 days: 3.0, the same as in the 7 days before.",
                "Days with a severe symptom or severe pain (7 or more): 0 (before: 0).",
                "No symptom changed by 2 points or more.");
    }

    @Test
    void nothingRecentSaysSoPlainly() {
        assertThat(PeriodComparison.compare(CHECK_INS, PAIN, SYMPTOMS, day(60), 7).sentences())
                .containsExactly("No check-ins or pain entries in the last 7 days.");
    }
}
