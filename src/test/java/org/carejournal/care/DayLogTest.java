package org.carejournal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carejournal.domain.checkin.StandardSymptom.BONE_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.FATIGUE;
import static org.carejournal.domain.checkin.StandardSymptom.JAW_PAIN;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;
import org.junit.jupiter.api.Test;

/** Turning the journal's check-ins and pain entries into the rules' evidence, and the helpers over it. */
class DayLogTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 10);
    private static final List<Symptom> SYMPTOMS = List.of(
            new Symptom(1, BONE_PAIN, "Bone pain", false, 0),
            new Symptom(2, null, "Itchy skin", false, 1),
            new Symptom(3, JAW_PAIN, "Jaw or mouth pain", true, 2),
            new Symptom(4, FATIGUE, "Tiredness", false, 3));
    private static final Temperature FEVER = new Temperature(38.2, Temperature.Unit.CELSIUS);

    @Test
    void ratingsAreKeyedByStandardSymptomAndCustomOnesAreLeftOut() {
        // Symptom 2 is the person's own, 99 is not on their list: the rules cannot know what either means.
        CheckIn c = new CheckIn(7, DAY, Map.of(1L, 5, 2L, 9, 3L, 2, 4L, 0, 99L, 8), Set.of(WarningSign.THIRST), FEVER, "");
        PainEntry pain = pain(DAY, 3, 6, BodyRegion.RIBS_CHEST);

        DayLog d = DayLog.of(DAY, c, SYMPTOMS, List.of(pain));

        assertThat(d.date()).isEqualTo(DAY);
        assertThat(d.ratings()).containsOnly(Map.entry(BONE_PAIN, 5), Map.entry(JAW_PAIN, 2), Map.entry(FATIGUE, 0));
        assertThat(d.signs()).containsExactly(WarningSign.THIRST);
        assertThat(d.temperature()).isEqualTo(FEVER);
        assertThat(d.pain()).containsExactly(pain);
    }

    @Test
    void aDayWithoutACheckInHasOnlyItsPain() {
        DayLog d = DayLog.of(DAY, null, SYMPTOMS, List.of(pain(DAY, null, 4, BodyRegion.NECK)));

        assertThat(d.ratings()).isEmpty();
        assertThat(d.signs()).isEmpty();
        assertThat(d.temperature()).isNull();
        assertThat(d.worstPain()).isEqualTo(4);
        assertThat(DayLog.empty(DAY)).isEqualTo(DayLog.of(DAY, null, SYMPTOMS, List.of()));
    }

    @Test
    void evidenceFromAnotherDayIsRefused() {
        CheckIn yesterday = new CheckIn(0, DAY.minusDays(1), Map.of(), Set.of(), null, "");
        assertThatThrownBy(() -> DayLog.of(DAY, yesterday, SYMPTOMS, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DayLog.of(DAY, null, SYMPTOMS, List.of(pain(DAY.plusDays(1), null, 2))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRatingNotGivenIsZeroButNotRated() {
        DayLog d = new DayLog(DAY, Map.of(BONE_PAIN, 0), Set.of(), null, List.of());

        assertThat(d.rating(BONE_PAIN)).isZero();
        assertThat(d.rated(BONE_PAIN)).isTrue();
        assertThat(d.rating(JAW_PAIN)).isZero();
        assertThat(d.rated(JAW_PAIN)).isFalse();
        assertThatThrownBy(() -> new DayLog(DAY, Map.of(BONE_PAIN, 11), Set.of(), null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void worstPainIsTheHighestOfAllEntries() {
        assertThat(day(pain(DAY, 2, 5), pain(DAY, 8, 6), pain(DAY, null, null)).worstPain()).isEqualTo(8);
        assertThat(day(pain(DAY, null, null)).worstPain()).isNull();
        assertThat(day().worstPain()).isNull();
    }

    @Test
    void spinePainNeedsANeckOrBackSiteRatedAtLeastOne() {
        assertThat(day(pain(DAY, null, 1, BodyRegion.NECK)).spinePain()).isTrue();
        assertThat(day(pain(DAY, null, 6, BodyRegion.LEGS, BodyRegion.UPPER_BACK)).spinePain()).isTrue();
        assertThat(day(pain(DAY, null, 0, BodyRegion.LOWER_BACK)).spinePain()).isFalse();
        assertThat(day(pain(DAY, null, null, BodyRegion.LOWER_BACK)).spinePain()).isFalse();
        assertThat(day(pain(DAY, null, 8, BodyRegion.LEGS)).spinePain()).isFalse();
        // The spine rating is that of the back entry, not the day's worst.
        assertThat(day(pain(DAY, null, 3, BodyRegion.NECK), pain(DAY, null, 9, BodyRegion.ARMS)).worstSpinePain())
                .isEqualTo(3);
    }

    @Test
    void feverIsAPlausibleReadingOf38OrMore() {
        assertThat(withTemperature(38.0, Temperature.Unit.CELSIUS).fever()).isTrue();
        assertThat(withTemperature(37.9, Temperature.Unit.CELSIUS).fever()).isFalse();
        assertThat(withTemperature(100.4, Temperature.Unit.FAHRENHEIT).fever()).isTrue();
        assertThat(withTemperature(98.6, Temperature.Unit.CELSIUS).fever()).isFalse();
        assertThat(day().fever()).isFalse();
    }

    @Test
    void historyHasOneDayPerDateOldestFirst() {
        LocalDate from = DAY.minusDays(2);
        CheckIn before = new CheckIn(1, from.minusDays(1), Map.of(1L, 9), Set.of(), null, "");
        CheckIn first = new CheckIn(2, from, Map.of(1L, 2), Set.of(), null, "");
        CheckIn last = new CheckIn(3, DAY, Map.of(1L, 8, 2L, 4), Set.of(WarningSign.MOUTH), null, "");
        PainEntry mid = pain(DAY.minusDays(1), null, 5);
        PainEntry late1 = pain(DAY, null, 7);
        PainEntry late2 = pain(DAY, 3, 4);

        List<DayLog> days = DayLog.history(from, DAY, List.of(before, first, last), SYMPTOMS,
                List.of(pain(from.minusDays(1), null, 9), mid, late1, late2));

        assertThat(days).extracting(DayLog::date).containsExactly(from, DAY.minusDays(1), DAY);
        assertThat(days.get(0).ratings()).containsOnly(Map.entry(BONE_PAIN, 2));
        assertThat(days.get(0).pain()).isEmpty();
        assertThat(days.get(1)).isEqualTo(new DayLog(DAY.minusDays(1), Map.of(), Set.of(), null, List.of(mid)));
        assertThat(days.get(2).ratings()).containsOnly(Map.entry(BONE_PAIN, 8));
        assertThat(days.get(2).signs()).containsExactly(WarningSign.MOUTH);
        assertThat(days.get(2).pain()).containsExactly(late1, late2);
    }

    private static DayLog day(PainEntry... pain) {
        return new DayLog(DAY, Map.of(), Set.of(), null, List.of(pain));
    }

    private static DayLog withTemperature(double value, Temperature.Unit unit) {
        return new DayLog(DAY, Map.of(), Set.of(), new Temperature(value, unit), List.of());
    }

    private static PainEntry pain(LocalDate date, Integer now, Integer worst, BodyRegion... sites) {
        return new PainEntry(0, date.atTime(9, 0), now, worst, null, Set.of(sites), false, null, null);
    }
}
