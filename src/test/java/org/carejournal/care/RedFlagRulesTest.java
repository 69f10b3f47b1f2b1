package org.carejournal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.care.Day.history;
import static org.carejournal.care.Day.on;
import static org.carejournal.domain.checkin.BodyRegion.LEGS;
import static org.carejournal.domain.checkin.BodyRegion.LOWER_BACK;
import static org.carejournal.domain.checkin.BodyRegion.NECK;
import static org.carejournal.domain.checkin.BodyRegion.PELVIS_HIPS;
import static org.carejournal.domain.checkin.BodyRegion.RIBS_CHEST;
import static org.carejournal.domain.checkin.BodyRegion.UPPER_BACK;
import static org.carejournal.domain.checkin.RedFlag.FRACTURE;
import static org.carejournal.domain.checkin.RedFlag.HIGH_CALCIUM;
import static org.carejournal.domain.checkin.RedFlag.INFECTION;
import static org.carejournal.domain.checkin.RedFlag.JAW;
import static org.carejournal.domain.checkin.RedFlag.SPINAL_CORD_COMPRESSION;
import static org.carejournal.domain.checkin.RedFlag.UNCONTROLLED_PAIN;
import static org.carejournal.domain.checkin.RedFlag.URINE;
import static org.carejournal.domain.checkin.StandardSymptom.BLOOD_IN_URINE;
import static org.carejournal.domain.checkin.StandardSymptom.BONE_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.CONSTIPATION;
import static org.carejournal.domain.checkin.StandardSymptom.FATIGUE;
import static org.carejournal.domain.checkin.StandardSymptom.JAW_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.LEG_NUMBNESS;
import static org.carejournal.domain.checkin.StandardSymptom.URINE_STREAM;
import static org.carejournal.domain.checkin.WarningSign.BLADDER_BOWEL_CONTROL;
import static org.carejournal.domain.checkin.WarningSign.CANNOT_PASS_URINE;
import static org.carejournal.domain.checkin.WarningSign.CONFUSION;
import static org.carejournal.domain.checkin.WarningSign.DIFFICULTY_WALKING;
import static org.carejournal.domain.checkin.WarningSign.HEAVY_BLOOD_IN_URINE;
import static org.carejournal.domain.checkin.WarningSign.MOUTH;
import static org.carejournal.domain.checkin.WarningSign.SHIVERING;
import static org.carejournal.domain.checkin.WarningSign.SUDDEN_BONE_PAIN;
import static org.carejournal.domain.checkin.WarningSign.THIRST;

import java.util.List;
import java.util.stream.Stream;
import org.carejournal.domain.checkin.RedFlag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each flag raised by its pattern and not by its near misses. Day 0 is the day just saved; the
 * expected flags are the whole answer, in {@link RedFlag} order.
 */
class RedFlagRulesTest {
    private static final TreatmentContext UNKNOWN = TreatmentContext.UNKNOWN;
    private static final TreatmentContext CHEMO = TreatmentContext.known(true, false);
    private static final TreatmentContext BONE_DRUG = TreatmentContext.known(false, true);
    private static final TreatmentContext NEITHER = TreatmentContext.known(false, false);

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void raisesExactlyTheExpectedFlags(String name, List<DayLog> days, TreatmentContext ctx, List<RedFlag> expected) {
        List<FlagMatch> matches = RedFlagRules.evaluate(days, ctx);

        assertThat(matches).extracting(FlagMatch::flag).containsExactlyElementsOf(expected);
        assertThat(matches).allSatisfy(m -> {
            assertThat(m.date()).isEqualTo(Day.SAVED);
            assertThat(m.reason()).isNotBlank();
        });
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // --- nothing ---
                raised("an empty day", UNKNOWN, List.of(), on(0)),
                raised("mild everyday symptoms", UNKNOWN, List.of(),
                        on(0).rate(FATIGUE, 6).rate(BONE_PAIN, 4).pain(4, PELVIS_HIPS).celsius(37.2)),

                // --- spinal cord compression ---
                raised("back pain and leg tingling 4", UNKNOWN, List.of(SPINAL_CORD_COMPRESSION),
                        on(0).pain(5, LOWER_BACK).rate(LEG_NUMBNESS, 4)),
                raised("neck pain and difficulty walking", UNKNOWN, List.of(SPINAL_CORD_COMPRESSION),
                        on(0).pain(2, NECK).sign(DIFFICULTY_WALKING)),
                raised("upper back pain 1 and loss of bladder control", UNKNOWN, List.of(SPINAL_CORD_COMPRESSION),
                        on(0).pain(1, UPPER_BACK).sign(BLADDER_BOWEL_CONTROL)),
                raised("back and legs in one entry with difficulty walking", UNKNOWN, List.of(SPINAL_CORD_COMPRESSION),
                        on(0).pain(6, LOWER_BACK, LEGS).sign(DIFFICULTY_WALKING)),
                raised("near miss: back pain alone", UNKNOWN, List.of(), on(0).pain(6, LOWER_BACK)),
                raised("near miss: leg tingling alone", UNKNOWN, List.of(), on(0).rate(LEG_NUMBNESS, 8)),
                raised("near miss: back pain and leg tingling 3", UNKNOWN, List.of(),
                        on(0).pain(6, LOWER_BACK).rate(LEG_NUMBNESS, 3)),
                raised("near miss: back pain rated 0 and difficulty walking", UNKNOWN, List.of(),
                        on(0).pain(0, LOWER_BACK).sign(DIFFICULTY_WALKING)),
                raised("near miss: hip pain and difficulty walking", UNKNOWN, List.of(),
                        on(0).pain(7, PELVIS_HIPS).sign(DIFFICULTY_WALKING)),
                raised("near miss: back pain the day before, leg weakness today", UNKNOWN, List.of(),
                        on(-1).pain(5, LOWER_BACK), on(0).rate(LEG_NUMBNESS, 6)),

                // --- infection ---
                raised("38.0 °C, medicines unknown", UNKNOWN, List.of(INFECTION), on(0).celsius(38.0)),
                raised("38.0 °C on chemotherapy", CHEMO, List.of(INFECTION), on(0).celsius(38.0)),
                raised("100.4 °F, medicines unknown", UNKNOWN, List.of(INFECTION), on(0).fahrenheit(100.4)),
                raised("shivering on chemotherapy", CHEMO, List.of(INFECTION), on(0).sign(SHIVERING)),
                raised("near miss: 37.9 °C", UNKNOWN, List.of(), on(0).celsius(37.9)),
                raised("near miss: 100.2 °F", CHEMO, List.of(), on(0).fahrenheit(100.2)),
                raised("near miss: 38.6 °C, known not on chemotherapy", NEITHER, List.of(), on(0).celsius(38.6)),
                raised("near miss: 38.6 °C on a bone drug only", BONE_DRUG, List.of(), on(0).celsius(38.6)),
                raised("near miss: shivering, medicines unknown", UNKNOWN, List.of(), on(0).sign(SHIVERING)),
                raised("near miss: shivering, not on chemotherapy", NEITHER, List.of(), on(0).sign(SHIVERING)),
                raised("near miss: 98.6 typed as °C is a slip", UNKNOWN, List.of(), on(0).celsius(98.6)),
                raised("near miss: fever the day before", UNKNOWN, List.of(), on(-1).celsius(38.5), on(0)),

                // --- high calcium ---
                raised("thirst and confusion", UNKNOWN, List.of(HIGH_CALCIUM), on(0).sign(THIRST, CONFUSION)),
                raised("thirst and constipation 5", UNKNOWN, List.of(HIGH_CALCIUM),
                        on(0).sign(THIRST).rate(CONSTIPATION, 5)),
                raised("confusion and constipation 7", UNKNOWN, List.of(HIGH_CALCIUM),
                        on(0).sign(CONFUSION).rate(CONSTIPATION, 7)),
                raised("near miss: thirst alone", UNKNOWN, List.of(), on(0).sign(THIRST)),
                raised("near miss: constipation 9 alone", UNKNOWN, List.of(), on(0).rate(CONSTIPATION, 9)),
                raised("near miss: thirst and constipation 4", UNKNOWN, List.of(),
                        on(0).sign(THIRST).rate(CONSTIPATION, 4)),
                raised("near miss: thirst the day before, confusion today", UNKNOWN, List.of(),
                        on(-1).sign(THIRST), on(0).sign(CONFUSION)),

                // --- fracture ---
                raised("sudden bone pain sign", UNKNOWN, List.of(FRACTURE), on(0).sign(SUDDEN_BONE_PAIN)),
                raised("bone pain 2 then 8", UNKNOWN, List.of(FRACTURE),
                        on(-1).rate(BONE_PAIN, 2), on(0).rate(BONE_PAIN, 8)),
                raised("bone pain 3 three days before, then 9", UNKNOWN, List.of(FRACTURE),
                        on(-3).rate(BONE_PAIN, 3), on(0).rate(BONE_PAIN, 9)),
                raised("bone pain 1, a day without a rating, then 8", UNKNOWN, List.of(FRACTURE),
                        on(-2).rate(BONE_PAIN, 1), on(-1).rate(FATIGUE, 3), on(0).rate(BONE_PAIN, 8)),
                raised("near miss: steady bone pain 8 then 8", UNKNOWN, List.of(),
                        on(-1).rate(BONE_PAIN, 8), on(0).rate(BONE_PAIN, 8)),
                raised("near miss: 2, 8, 8 is steady by the third day", UNKNOWN, List.of(),
                        on(-2).rate(BONE_PAIN, 2), on(-1).rate(BONE_PAIN, 8), on(0).rate(BONE_PAIN, 8)),
                raised("near miss: bone pain 2 then 7", UNKNOWN, List.of(),
                        on(-1).rate(BONE_PAIN, 2), on(0).rate(BONE_PAIN, 7)),
                raised("near miss: bone pain 4 then 9", UNKNOWN, List.of(),
                        on(-1).rate(BONE_PAIN, 4), on(0).rate(BONE_PAIN, 9)),
                raised("near miss: bone pain 2 four days before, then 9", UNKNOWN, List.of(),
                        on(-4).rate(BONE_PAIN, 2), on(0).rate(BONE_PAIN, 9)),
                raised("near miss: bone pain 9 with nothing before", UNKNOWN, List.of(), on(0).rate(BONE_PAIN, 9)),

                // --- jaw ---
                raised("jaw pain 3, medicines unknown", UNKNOWN, List.of(JAW), on(0).rate(JAW_PAIN, 3)),
                raised("mouth sign on a bone drug", BONE_DRUG, List.of(JAW), on(0).sign(MOUTH)),
                raised("jaw pain 6 on a bone drug", BONE_DRUG, List.of(JAW), on(0).rate(JAW_PAIN, 6)),
                raised("near miss: jaw pain 2", UNKNOWN, List.of(), on(0).rate(JAW_PAIN, 2)),
                raised("near miss: jaw pain 6, known not on a bone drug", NEITHER, List.of(), on(0).rate(JAW_PAIN, 6)),
                raised("near miss: mouth sign on chemotherapy only", CHEMO, List.of(), on(0).sign(MOUTH)),

                // --- urine ---
                raised("unable to pass urine", UNKNOWN, List.of(URINE), on(0).sign(CANNOT_PASS_URINE)),
                raised("heavy bleeding sign", UNKNOWN, List.of(URINE), on(0).sign(HEAVY_BLOOD_IN_URINE)),
                raised("blood in urine 7", UNKNOWN, List.of(URINE), on(0).rate(BLOOD_IN_URINE, 7)),
                raised("near miss: blood in urine 6", UNKNOWN, List.of(), on(0).rate(BLOOD_IN_URINE, 6)),
                raised("near miss: weak stream 10", UNKNOWN, List.of(), on(0).rate(URINE_STREAM, 10)),

                // --- uncontrolled pain ---
                raised("pain 7 then 8", UNKNOWN, List.of(UNCONTROLLED_PAIN), on(-1).pain(7), on(0).pain(8)),
                raised("the worst of several entries counts", UNKNOWN, List.of(UNCONTROLLED_PAIN),
                        on(-1).pain(2).pain(9, RIBS_CHEST), on(0).pain(3).pain(7).pain(1)),
                raised("pain now 7 with no worst rating", UNKNOWN, List.of(UNCONTROLLED_PAIN),
                        on(-1).painNowAndWorst(7, null), on(0).painNowAndWorst(7, 4)),
                raised("near miss: 6 then 9", UNKNOWN, List.of(), on(-1).pain(6), on(0).pain(9)),
                raised("near miss: 9 then 6", UNKNOWN, List.of(), on(-1).pain(9), on(0).pain(6)),
                raised("near miss: 8 two days before, nothing kept the day before", UNKNOWN, List.of(),
                        on(-2).pain(8), on(0).pain(8)),
                raised("near miss: 8, an empty day, 8", UNKNOWN, List.of(), on(-2).pain(8), on(-1), on(0).pain(8)),
                raised("near miss: 9 with no day before", UNKNOWN, List.of(), on(0).pain(9)),

                // --- several at once, in RedFlag order ---
                raised("back pain with walking trouble, fever, thirst and confusion, pain two days",
                        UNKNOWN, List.of(SPINAL_CORD_COMPRESSION, INFECTION, HIGH_CALCIUM, UNCONTROLLED_PAIN),
                        on(-1).pain(8, LOWER_BACK),
                        on(0).pain(8, LOWER_BACK).sign(DIFFICULTY_WALKING, THIRST, CONFUSION).celsius(38.3)),
                raised("every flag on one day", TreatmentContext.known(true, true),
                        List.of(RedFlag.values()),
                        on(-1).rate(BONE_PAIN, 1).pain(7),
                        on(0).pain(9, NECK).rate(LEG_NUMBNESS, 5).sign(SHIVERING, THIRST, CONFUSION, MOUTH)
                                .rate(BONE_PAIN, 10).rate(BLOOD_IN_URINE, 9)));
    }

    private static Arguments raised(String name, TreatmentContext ctx, List<RedFlag> expected, Day... days) {
        return Arguments.of(name, history(days), ctx, expected);
    }
}
