package org.carejournal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carejournal.care.Day.history;
import static org.carejournal.care.Day.on;
import static org.carejournal.domain.checkin.BodyRegion.LOWER_BACK;
import static org.carejournal.domain.checkin.BodyRegion.NECK;
import static org.carejournal.domain.checkin.StandardSymptom.BLOOD_IN_URINE;
import static org.carejournal.domain.checkin.StandardSymptom.BONE_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.CONSTIPATION;
import static org.carejournal.domain.checkin.StandardSymptom.JAW_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.LEG_NUMBNESS;
import static org.carejournal.domain.checkin.WarningSign.BLADDER_BOWEL_CONTROL;
import static org.carejournal.domain.checkin.WarningSign.CANNOT_PASS_URINE;
import static org.carejournal.domain.checkin.WarningSign.CONFUSION;
import static org.carejournal.domain.checkin.WarningSign.DIFFICULTY_WALKING;
import static org.carejournal.domain.checkin.WarningSign.MOUTH;
import static org.carejournal.domain.checkin.WarningSign.SHIVERING;
import static org.carejournal.domain.checkin.WarningSign.SUDDEN_BONE_PAIN;
import static org.carejournal.domain.checkin.WarningSign.THIRST;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The reason kept with each raised flag names the facts that matched; and what evaluate() refuses. */
class RedFlagReasonsTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("reasons")
    void theReasonNamesWhatMatched(String expected, List<DayLog> days, TreatmentContext ctx) {
        assertThat(RedFlagRules.evaluate(days, ctx)).singleElement()
                .extracting(FlagMatch::reason).isEqualTo(expected);
    }

    static Stream<Arguments> reasons() {
        TreatmentContext unknown = TreatmentContext.UNKNOWN;
        return Stream.of(
                reason("Back pain rated 5 with leg tingling or weakness rated 6", unknown,
                        on(0).pain(5, LOWER_BACK).pain(3, NECK).rate(LEG_NUMBNESS, 6)),
                reason("Neck pain rated 4 with difficulty walking and new loss of bladder or bowel control", unknown,
                        on(0).pain(4, NECK).sign(DIFFICULTY_WALKING, BLADDER_BOWEL_CONTROL)),
                reason("Temperature 38.4 °C", unknown, on(0).celsius(38.4)),
                reason("Temperature 101.3 °F and shivering or feeling suddenly very unwell"
                        + " while on chemotherapy or a radioactive medicine",
                        TreatmentContext.known(true, false), on(0).fahrenheit(101.3).sign(SHIVERING)),
                reason("Strong thirst, confusion or drowsiness and constipation rated 6", unknown,
                        on(0).sign(THIRST, CONFUSION).rate(CONSTIPATION, 6)),
                reason("Bone pain rated 9, up from 2 two days before", unknown,
                        on(-2).rate(BONE_PAIN, 2), on(-1), on(0).rate(BONE_PAIN, 9)),
                reason("Sudden severe bone pain after little or no injury and bone pain rated 8, up from 3 the day before",
                        unknown, on(-1).rate(BONE_PAIN, 3), on(0).rate(BONE_PAIN, 8).sign(SUDDEN_BONE_PAIN)),
                reason("Jaw or mouth pain rated 4", unknown, on(0).rate(JAW_PAIN, 4)),
                reason("Swelling, loose teeth or bare bone in the mouth while on a bone-strengthening drug",
                        TreatmentContext.known(false, true), on(0).sign(MOUTH)),
                reason("Unable to pass urine and blood in the urine rated 8", unknown,
                        on(0).sign(CANNOT_PASS_URINE).rate(BLOOD_IN_URINE, 8)),
                reason("Pain rated 8, and 7 the day before", unknown, on(-1).pain(7).pain(2), on(0).pain(8)));
    }

    private static Arguments reason(String expected, TreatmentContext ctx, Day... days) {
        return Arguments.of(expected, history(days), ctx);
    }

    @Test
    void anEmptyHistoryRaisesNothing() {
        assertThat(RedFlagRules.evaluate(List.of(), TreatmentContext.UNKNOWN)).isEmpty();
    }

    @Test
    void onlyTheLastDayIsJudged() {
        // Yesterday would have raised three flags on its own; today is quiet.
        List<DayLog> days = history(on(-1).celsius(39).sign(CANNOT_PASS_URINE, THIRST, CONFUSION), on(0));

        assertThat(RedFlagRules.evaluate(days, TreatmentContext.UNKNOWN)).isEmpty();
    }

    @Test
    void aHistoryOutOfOrderOrWithADayTwiceIsRefused() {
        assertThatThrownBy(() -> RedFlagRules.evaluate(history(on(0), on(-1)), TreatmentContext.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("oldest first");
        assertThatThrownBy(() -> RedFlagRules.evaluate(history(on(0), on(0)), TreatmentContext.UNKNOWN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTreatmentCannotBeKnownWhileTheMedicinesAreNot() {
        assertThat(TreatmentContext.UNKNOWN).isEqualTo(new TreatmentContext(false, false, false));
        assertThatThrownBy(() -> new TreatmentContext(false, true, false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TreatmentContext(false, false, true)).isInstanceOf(IllegalArgumentException.class);
    }
}
