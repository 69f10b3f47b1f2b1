package org.carejournal.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.WarningSign;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving check-ins through the service on a real journal file: what is stored and which flags are recorded. */
class CheckInServiceTest {
    static final LocalDate DAY = LocalDate.of(2026, 5, 12);

    @TempDir
    Path dir;
    JournalSession s;
    long person;
    CheckInService service;

    @BeforeEach
    void open() {
        s = JournalSession.open(dir.resolve("j.db"));
        person = s.people().create("P").id();
        service = new CheckInService(s.checkInPorts(), day -> TreatmentContext.UNKNOWN);
    }

    @AfterEach
    void close() {
        s.close();
    }

    long id(StandardSymptom kind) {
        return s.symptoms().list(person).stream().filter(x -> x.standard() == kind).findFirst().orElseThrow().id();
    }

    CheckIn checkIn(LocalDate d, Map<Long, Integer> ratings) {
        return new CheckIn(0, d, ratings, Set.of(), null, "");
    }

    PainEntry pain(LocalDate d, int worst, BodyRegion... sites) {
        return new PainEntry(0, d.atTime(LocalTime.of(9, 0)), null, worst, null, Set.of(sites), false, "", null);
    }

    @Test
    void aQuietDaySavesTheCheckInAndThePainAndRaisesNothing() {
        var saved = service.save(person, checkIn(DAY, Map.of(id(StandardSymptom.FATIGUE), 3)), pain(DAY, 4, BodyRegion.LEGS));
        assertThat(saved.checkIn().id()).isPositive();
        assertThat(saved.pain().id()).isPositive();
        assertThat(saved.raised()).isEmpty();
        assertThat(s.painLog().between(person, DateRange.ALL)).hasSize(1);
        assertThat(s.raisedFlags().all(person)).isEmpty();
    }

    @Test
    void painOfSevenOnTwoDaysRunningIsRecordedOnceForTheSecondDay() {
        service.save(person, checkIn(DAY.minusDays(1), Map.of()), pain(DAY.minusDays(1), 7, BodyRegion.PELVIS_HIPS));
        var saved = service.save(person, checkIn(DAY, Map.of()), pain(DAY, 8, BodyRegion.PELVIS_HIPS));
        assertThat(saved.raised()).extracting(FlagMatch::flag).containsExactly(RedFlag.UNCONTROLLED_PAIN);
        // Saving the same day again does not record it twice.
        var again = service.save(person, checkIn(DAY, Map.of(id(StandardSymptom.FATIGUE), 2)), null);
        assertThat(again.raised()).isEmpty();
        assertThat(s.raisedFlags().all(person)).extracting(RaisedFlag::flag, RaisedFlag::date)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(RedFlag.UNCONTROLLED_PAIN, DAY));
    }

    @Test
    void aChangedPainEntryIsJudgedAsChanged() {
        var first = service.save(person, checkIn(DAY, Map.of(id(StandardSymptom.LEG_NUMBNESS), 6)), pain(DAY, 3, BodyRegion.ARMS));
        assertThat(first.raised()).isEmpty();
        PainEntry moved = new PainEntry(first.pain().id(), first.pain().takenAt(), null, 3, null, Set.of(BodyRegion.LOWER_BACK),
                false, "", null);
        var second = service.save(person, first.checkIn(), moved);
        assertThat(second.raised()).extracting(FlagMatch::flag).containsExactly(RedFlag.SPINAL_CORD_COMPRESSION);
        assertThat(s.painLog().between(person, DateRange.ALL)).singleElement()
                .satisfies(p -> assertThat(p.sites()).containsExactly(BodyRegion.LOWER_BACK));
    }

    @Test
    void whenThePainEntryCannotBeSavedTheCheckInIsNotSavedEither() {
        PainEntry gone = new PainEntry(999, DAY.atTime(9, 0), 2, 3, 2, Set.of(), false, "", null);
        assertThatThrownBy(() -> service.save(person, checkIn(DAY, Map.of(id(StandardSymptom.FATIGUE), 3)), gone))
                .hasMessageContaining("no longer in the journal");
        assertThat(s.checkIns().any(person)).isFalse();
    }

    @Test
    void daysMoreThanAWeekBackAreNotLookedAt() {
        service.save(person, checkIn(DAY.minusDays(8), Map.of()), pain(DAY.minusDays(8), 9));
        assertThat(service.evaluate(person, DAY.minusDays(7))).isEmpty();
    }

    @Test
    void shiveringIsJudgedAgainstTheMedicineListOfTheDayItWasLogged() {
        PlanService plan = new PlanService(s.medicationPorts(), Clock.systemUTC());
        plan.add(person, Medication.draft("docetaxel", "Docetaxel", DrugClass.CHEMOTHERAPY, Route.INFUSION),
                Rhythms.cycle(0, DAY, 21, 6, LocalTime.of(9, 0), "75 mg/m²"), true);
        CheckInService withPlan = new CheckInService(s.checkInPorts(), day -> plan.context(person, day));
        CheckIn shivering = new CheckIn(0, DAY.plusDays(3), Map.of(), Set.of(WarningSign.SHIVERING), null, "");
        CheckIn before = new CheckIn(0, DAY.minusDays(30), Map.of(), Set.of(WarningSign.SHIVERING), null, "");

        assertThat(withPlan.save(person, before, null).raised()).as("before the course: no chemotherapy yet").isEmpty();
        assertThat(withPlan.save(person, shivering, null).raised()).extracting(FlagMatch::flag)
                .containsExactly(RedFlag.INFECTION);
    }
}
