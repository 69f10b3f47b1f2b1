package org.carejournal.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.domain.checkin.WarningSign;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Today view model on a real journal file, without a window. */
class TodayViewModelTest {
    @TempDir
    Path dir;
    TodayFixture f;
    TodayViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new TodayFixture(dir);
        vm = f.vm;
        vm.load();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void opensTodayWithTheStandardSymptomsUnrated() {
        assertThat(vm.dayProperty().get()).isEqualTo(TodayFixture.TODAY);
        assertThat(vm.rows()).hasSize(StandardSymptom.values().length);
        assertThat(vm.rows()).noneMatch(RatingRowModel::rated);
        assertThat(vm.savedProperty().get()).isFalse();
    }

    @Test
    void savesRatingsTemperatureSignsAndNoteThenLoadsThemForChanging() {
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(4);
        f.row(StandardSymptom.HOT_FLASHES).ratingProperty().set(6);
        vm.temperatureUnitProperty().set(Temperature.Unit.CELSIUS);
        vm.temperatureProperty().set("37,4");
        vm.signs().add(WarningSign.THIRST);
        vm.noteProperty().set("Slept well");
        assertThat(vm.save()).isTrue();

        CheckIn saved = f.session.checkIns().on(f.person.id(), TodayFixture.TODAY).orElseThrow();
        assertThat(saved.ratings()).containsOnly(
                java.util.Map.entry(f.symptom(StandardSymptom.FATIGUE).id(), 4),
                java.util.Map.entry(f.symptom(StandardSymptom.HOT_FLASHES).id(), 6));
        assertThat(saved.temperature().celsius()).isEqualTo(37.4);
        assertThat(saved.signs()).containsExactly(WarningSign.THIRST);
        assertThat(saved.note()).isEqualTo("Slept well");
        assertThat(vm.savedProperty().get()).isTrue();
        assertThat(vm.dirtyProperty().get()).isFalse();

        // Changing it later keeps the same check-in and replaces the ratings.
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(2);
        f.row(StandardSymptom.HOT_FLASHES).ratingProperty().set(RatingRowModel.NOT_RATED);
        vm.save();
        CheckIn changed = f.session.checkIns().on(f.person.id(), TodayFixture.TODAY).orElseThrow();
        assertThat(changed.id()).isEqualTo(saved.id());
        assertThat(changed.ratings()).containsOnly(java.util.Map.entry(f.symptom(StandardSymptom.FATIGUE).id(), 2));
    }

    @Test
    void noSymptomsTodaySetsEveryRatingAndBlankPainToZero() {
        vm.pain().worstProperty().set("3");
        vm.noSymptomsToday();
        assertThat(vm.rows()).allMatch(r -> r.ratingProperty().get() == 0);
        assertThat(vm.pain().nowProperty().get()).isEqualTo("0");
        assertThat(vm.pain().worstProperty().get()).isEqualTo("3");
    }

    @Test
    void badInputShowsAMessageAndSavesNothing() {
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(4);
        vm.temperatureUnitProperty().set(Temperature.Unit.CELSIUS);
        vm.temperatureProperty().set("45");
        vm.pain().nowProperty().set("12");
        assertThat(vm.save()).isFalse();
        assertThat(vm.temperatureErrorProperty().get()).contains("34 to 43 °C");
        assertThat(vm.pain().nowErrorProperty().get()).contains("0 (none) to 10");
        assertThat(f.session.checkIns().any(f.person.id())).isFalse();
        assertThat(f.session.painLog().between(f.person.id(), DateRange.ALL)).isEmpty();

        vm.temperatureUnitProperty().set(Temperature.Unit.FAHRENHEIT);
        vm.temperatureProperty().set("37.5");
        vm.pain().nowProperty().set("2");
        assertThat(vm.save()).isFalse();
        assertThat(vm.temperatureErrorProperty().get()).contains("Is it in °C?");
    }

    @Test
    void aDayToComeCannotBeChosen() {
        vm.showDay(TodayFixture.TODAY.plusDays(1));
        assertThat(vm.dayProperty().get()).isEqualTo(TodayFixture.TODAY);
        assertThat(vm.dateErrorProperty().get()).contains("has not come yet");
    }

    @Test
    void severalPainEntriesADayEachWithItsTime() {
        vm.pain().nowProperty().set("3");
        vm.pain().sites().add(BodyRegion.PELVIS_HIPS);
        vm.save();
        vm.pain().nowProperty().set("6");
        vm.pain().breakthroughProperty().set(true);
        vm.pain().rescueMedicineProperty().set("morphine 10 mg");
        vm.save();
        assertThat(vm.painEntries()).hasSize(2);
        assertThat(vm.painEntries()).extracting(e -> e.takenAt().toLocalTime().toString()).containsOnly("10:30");
        assertThat(vm.painEntries().get(1).rescueMedicine()).isEqualTo("morphine 10 mg");

        // Changing the first keeps the other.
        vm.editPain(vm.painEntries().get(0));
        vm.pain().nowProperty().set("2");
        vm.save();
        assertThat(f.session.painLog().between(f.person.id(), DateRange.ALL))
                .extracting(e -> e.now()).containsExactlyInAnyOrder(2, 6);
    }

    @Test
    void goingToAnotherDaySavesWhatWasTypedFirst() {
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(5);
        vm.showDay(TodayFixture.TODAY.minusDays(3));
        assertThat(f.session.checkIns().on(f.person.id(), TodayFixture.TODAY)).isPresent();
        assertThat(vm.dayProperty().get()).isEqualTo(TodayFixture.TODAY.minusDays(3));
        assertThat(f.row(StandardSymptom.FATIGUE).rated()).isFalse();
        assertThat(vm.daysWithCheckIns()).containsExactly(TodayFixture.TODAY);
    }

    @Test
    void aRatingTypedAndClearedAgainDoesNotKeepThePersonOnTheDay() {
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(5);
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(RatingRowModel.NOT_RATED);
        vm.showDay(TodayFixture.TODAY.minusDays(1));
        assertThat(vm.dayProperty().get()).isEqualTo(TodayFixture.TODAY.minusDays(1));
        assertThat(f.session.checkIns().any(f.person.id())).isFalse();
    }

    @Test
    void aWrongTemperatureKeepsThePersonOnTheDayWithTheMessage() {
        vm.temperatureUnitProperty().set(Temperature.Unit.CELSIUS);
        vm.temperatureProperty().set("30");
        vm.showDay(TodayFixture.TODAY.minusDays(1));
        assertThat(vm.dayProperty().get()).isEqualTo(TodayFixture.TODAY);
        assertThat(vm.temperatureProperty().get()).isEqualTo("30");
        assertThat(vm.temperatureErrorProperty().get()).isNotEmpty();
    }

    @Test
    void ratingsOfASymptomHiddenSinceAreKeptOnResave() {
        f.row(StandardSymptom.JAW_PAIN).ratingProperty().set(1);
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(3);
        vm.save();
        f.session.symptoms().setHidden(f.symptom(StandardSymptom.JAW_PAIN).id(), true);
        vm.load();
        assertThat(vm.rows()).noneMatch(r -> r.symptom().standard() == StandardSymptom.JAW_PAIN);
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(4);
        vm.save();
        assertThat(f.session.checkIns().on(f.person.id(), TodayFixture.TODAY).orElseThrow().ratings())
                .containsEntry(f.symptom(StandardSymptom.JAW_PAIN).id(), 1);
    }

    @Test
    void aRedFlagStaysUntilAcknowledgedAndIsNotRaisedAgainForTheSameDay() {
        vm.pain().worstProperty().set("5");
        vm.pain().sites().add(BodyRegion.LOWER_BACK);
        f.row(StandardSymptom.LEG_NUMBNESS).ratingProperty().set(6);
        vm.save();
        assertThat(vm.openFlags()).extracting(fl -> fl.flag()).containsExactly(RedFlag.SPINAL_CORD_COMPRESSION);
        assertThat(vm.statusProperty().get()).contains("Please read the warning");

        vm.load();
        assertThat(vm.openFlags()).hasSize(1);
        vm.acknowledge(vm.openFlags().get(0));
        assertThat(vm.openFlags()).isEmpty();

        f.row(StandardSymptom.FATIGUE).ratingProperty().set(2);
        vm.save();
        assertThat(vm.openFlags()).isEmpty();
        assertThat(f.session.raisedFlags().all(f.person.id())).hasSize(1);
    }

    @Test
    void addingASymptomKeepsTheRatingsAlreadyTyped() {
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(7);
        SymptomListModel list = new SymptomListModel(f.session.symptoms(), f.person.id(), org.carejournal.ui.Async.direct(),
                vm::applySymptoms);
        list.load();
        list.newNameProperty().set("Hiccups");
        assertThat(list.add()).isTrue();
        assertThat(vm.rows()).extracting(r -> r.symptom().name()).endsWith("Hiccups");
        assertThat(f.row(StandardSymptom.FATIGUE).ratingProperty().get()).isEqualTo(7);

        list.newNameProperty().set("  hiccups ");
        assertThat(list.add()).isFalse();
        assertThat(list.nameErrorProperty().get()).contains("already on the list");
        list.newNameProperty().set("   ");
        assertThat(list.add()).isFalse();
        assertThat(list.nameErrorProperty().get()).isEqualTo("Type a name for the symptom.");
        assertThat(f.session.symptoms().list(f.person.id())).filteredOn(s -> s.isCustom()).hasSize(1);
    }

    @Test
    void movingAndHidingASymptomChangesTheCheckIn() {
        SymptomListModel list = new SymptomListModel(f.session.symptoms(), f.person.id(), org.carejournal.ui.Async.direct(),
                vm::applySymptoms);
        list.load();
        var second = list.symptoms().get(1);
        list.move(second, -1);
        assertThat(vm.rows().get(0).symptom().id()).isEqualTo(second.id());
        list.setHidden(list.symptoms().get(0), true);
        assertThat(vm.rows()).noneMatch(r -> r.symptom().id() == second.id());
        assertThat(Set.copyOf(f.session.symptoms().list(f.person.id()))).anyMatch(s -> s.id() == second.id() && s.hidden());
    }
}
