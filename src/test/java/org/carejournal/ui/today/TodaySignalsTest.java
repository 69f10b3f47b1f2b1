package org.carejournal.ui.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.carejournal.care.RedFlagRules;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Today screen asks the "Learn more" panel to explain, on a real journal file (24 Nov 2026). */
class TodaySignalsTest {
    static final List<LearnSignal> ALWAYS = List.of(
            new LearnSignal(LearnTags.RED_FLAGS, LearnSignal.BACKGROUND, "The check-in asks about warning signs."),
            new LearnSignal(LearnTags.PAIN, LearnSignal.BACKGROUND, "The check-in asks about pain."));

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
    void anEmptyJournalPointsToTheBasics() {
        assertThat(vm.learnSignals()).containsExactly(
                new LearnSignal(LearnTags.BASICS, LearnSignal.SHOWN, "Your journal has no entries yet."), ALWAYS.get(0), ALWAYS.get(1));
    }

    @Test
    void aQuietCheckInKeepsOnlyWhatACheckInIsAbout() {
        vm.pain().worstProperty().set("3");
        f.row(StandardSymptom.FATIGUE).ratingProperty().set(2);
        assertThat(vm.save()).isTrue();
        assertThat(vm.learnSignals()).containsExactlyElementsOf(ALWAYS);
    }

    @Test
    void aRaisedRedFlagComesFirstAndGoesOnceRead() {
        vm.pain().worstProperty().set("5");
        vm.pain().sites().add(BodyRegion.LOWER_BACK);
        f.row(StandardSymptom.LEG_NUMBNESS).ratingProperty().set(6);
        vm.save();
        String title = RedFlagRules.guidance(RedFlag.SPINAL_CORD_COMPRESSION).title();
        assertThat(vm.learnSignals()).containsExactly(
                new LearnSignal("red-flag-spinal-cord", LearnSignal.URGENT, title + ": a warning sign from today's check-in."),
                new LearnSignal(LearnTags.RED_FLAGS, LearnSignal.URGENT, "A warning sign was raised today."),
                ALWAYS.get(0), ALWAYS.get(1));

        vm.acknowledge(vm.openFlags().get(0));
        assertThat(vm.learnSignals()).containsExactlyElementsOf(ALWAYS);
    }

    @Test
    void highPainIsFlaggedUntilTheEntryIsDeleted() {
        vm.pain().worstProperty().set("8");
        vm.save();
        assertThat(vm.learnSignals()).contains(
                new LearnSignal(LearnTags.PAIN, LearnSignal.FLAGGED, "Your pain score today is high."));

        vm.deletePain(vm.painEntries().get(0));
        assertThat(vm.learnSignals()).extracting(LearnSignal::weight).doesNotContain(LearnSignal.FLAGGED);
    }

    @Test
    void anOlderFlagAndAnEarlierDaysPainAreWordedForTheirDay() {
        var yesterday = TodayFixture.TODAY.minusDays(1);
        var jaw = new org.carejournal.domain.checkin.RaisedFlag(1, RedFlag.JAW, yesterday, "jaw pain 5", null);
        var pain = new org.carejournal.domain.checkin.PainEntry(1, yesterday.atTime(9, 0), 7, null, null, java.util.Set.of(),
                false, "", null);
        assertThat(TodaySignals.of(List.of(jaw), yesterday, List.of(pain), false, TodayFixture.TODAY)).containsExactly(
                new LearnSignal("red-flag-jaw", LearnSignal.URGENT,
                        RedFlagRules.guidance(RedFlag.JAW).title() + ": a warning sign from yesterday's check-in."),
                new LearnSignal(LearnTags.RED_FLAGS, LearnSignal.URGENT, "A warning sign has not been read yet."),
                new LearnSignal(LearnTags.PAIN, LearnSignal.FLAGGED, "Your pain score was high on Monday 23 November."),
                ALWAYS.get(0), ALWAYS.get(1));
    }
}
