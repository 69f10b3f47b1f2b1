package org.carejournal.ui.symptoms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.ui.symptoms.TrendsData.CLOCK;
import static org.carejournal.ui.symptoms.TrendsData.TODAY;
import static org.carejournal.ui.symptoms.TrendsData.daysAgo;

import java.nio.file.Path;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.ui.Async;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.ui.charts.RangeChoice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the trends screen asks the "Learn more" panel to explain, on the journal of {@link TrendsData}. */
class SymptomsSignalsTest {
    static final LearnSignal CHART = new LearnSignal(LearnTags.PAIN, LearnSignal.SHOWN, "The pain chart is on screen.");
    static final LearnSignal TRENDS = new LearnSignal(LearnTags.SYMPTOMS, LearnSignal.BACKGROUND, "Your symptom trends are on screen.");

    @TempDir
    Path dir;
    JournalSession session;
    Person person;
    ChartRange range = new ChartRange();
    SymptomsViewModel vm;

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("j.db"));
        person = session.people().create("P");
        vm = new SymptomsViewModel(session.checkIns(), session.painLog(), session.symptoms(), session.settings(), session.plan(),
                person.id(), range, Async.direct(), CLOCK);
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void withNoPainLoggedOnlyTheChartAndTrendsAreShown() {
        vm.load();
        assertThat(vm.learnSignals()).containsExactly(CHART, TRENDS);
    }

    @Test
    void aWorstPainOfSevenOrMoreInTheLastTwoWeeksIsFlagged() {
        TrendsData.fill(session, person.id());   // worst 7 six days ago, 8 three days ago
        vm.load();
        assertThat(vm.learnSignals()).containsExactly(CHART,
                new LearnSignal(LearnTags.PAIN, LearnSignal.FLAGGED, "Your pain has been high in the last two weeks."), TRENDS);
    }

    @Test
    void aRangeWithoutTheHighDaysTakesTheFlagAway() {
        TrendsData.fill(session, person.id());
        vm.load();
        range.choiceProperty().set(RangeChoice.CUSTOM);
        range.customFromProperty().set(daysAgo(2));
        range.customToProperty().set(TODAY);   // worst 3 two days ago, nothing higher
        assertThat(vm.learnSignals()).containsExactly(CHART, TRENDS);
    }

    @Test
    void aRangeEndingInThePastSpeaksOfTheDaysShown() {
        TrendsData.fill(session, person.id());
        range.choiceProperty().set(RangeChoice.CUSTOM);
        range.customFromProperty().set(daysAgo(10));
        range.customToProperty().set(daysAgo(5));   // the 7 six days ago
        vm.load();
        assertThat(vm.learnSignals()).contains(
                new LearnSignal(LearnTags.PAIN, LearnSignal.FLAGGED, "Your pain was high in the last two weeks shown."));
    }
}
