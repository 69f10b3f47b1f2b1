package org.carejournal.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.library.Article;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.library.Suggestion;
import org.carejournal.ui.Async;
import org.carejournal.ui.LearnContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Library's view models on a real journal file, with a same-thread Async and a fixed clock. */
class LibraryViewModelTest {
    @TempDir
    Path dir;
    LibraryFixture f;

    @BeforeEach
    void create() throws Exception {
        f = new LibraryFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewcomerStartsWithWhatTheDiseaseIsAndReadingIsRemembered() {
        f.vm.load();
        assertThat(openId()).isEqualTo("metastatic-prostate-cancer");

        f.vm.open("following-psa");

        assertThat(openId()).isEqualTo("following-psa");
        assertThat(f.vm.recent()).extracting(Article::id).containsExactly("following-psa", "metastatic-prostate-cancer");
        assertThat(f.session.shelf().recentlyRead(f.person.id(), 5)).containsExactly("following-psa",
                "metastatic-prostate-cancer");
    }

    @Test
    void theLastArticleReadOpensFirstNextTime() {
        f.vm.load();
        f.vm.open("bone-health");
        LibraryViewModel again = new LibraryViewModel(LibraryFixture.LIBRARY, f.session.shelf(), f.session.questions(),
                f.person.id(), Async.direct(), LibraryFixture.CLOCK);

        again.load();

        assertThat(again.reader().articleProperty().get().id()).isEqualTo("bone-health");
    }

    @Test
    void searchingAsYouTypeRanksTheAnswerFirstAndClearingShowsNothing() {
        f.vm.queryProperty().set("what does PSA doubling time mean");

        assertThat(f.vm.results()).isNotEmpty();
        assertThat(f.vm.results().get(0).article().id()).isEqualTo("following-psa");
        assertThat(f.vm.results().get(0).passage().toLowerCase()).contains("doubl");

        f.vm.queryProperty().set("");
        assertThat(f.vm.results()).isEmpty();
    }

    @Test
    void aBookmarkIsSavedListedAndRemoved() {
        f.vm.load();
        f.vm.open("bone-health");
        f.vm.reader().toggleBookmark();

        assertThat(f.vm.reader().bookmarkedProperty().get()).isTrue();
        assertThat(f.vm.bookmarks()).extracting(Article::id).containsExactly("bone-health");
        assertThat(f.session.shelf().bookmarks(f.person.id())).containsExactly("bone-health");

        f.vm.reader().toggleBookmark();
        assertThat(f.vm.bookmarks()).isEmpty();
        assertThat(f.session.shelf().bookmarks(f.person.id())).isEmpty();
    }

    @Test
    void aQuestionFromAnArticleGoesOnTheListOnce() {
        f.vm.load();
        f.vm.open("following-psa");
        String q = f.vm.reader().articleProperty().get().questions().get(0);

        f.vm.reader().addQuestion(q);
        f.vm.reader().addQuestion(q);

        assertThat(f.savedQuestions()).containsExactly(q);
        assertThat(f.vm.reader().listedQuestions()).containsExactly(q);
        assertThat(f.vm.questions().open()).extracting(x -> x.text()).containsExactly(q);
        assertThat(f.session.questions().open(f.person.id()).get(0).articleId()).isEqualTo("following-psa");
    }

    @Test
    void anOwnQuestionIsCheckedBeforeItIsSaved() {
        QuestionsModel q = f.vm.questions();
        q.draftProperty().set("   ");
        assertThat(q.addDraft()).isFalse();
        assertThat(q.draftErrorProperty().get()).isEqualTo("Type a question first.");

        q.draftProperty().set("x".repeat(501));
        assertThat(q.addDraft()).isFalse();
        assertThat(q.draftErrorProperty().get()).contains("500 characters");
        assertThat(f.savedQuestions()).isEmpty();
        assertThat(q.draftProperty().get()).hasSize(501);   // what was typed stays to be shortened

        q.draftProperty().set("  Can I travel in March? ✈ ");
        assertThat(q.addDraft()).isTrue();
        assertThat(q.draftErrorProperty().get()).isEmpty();
        assertThat(q.draftProperty().get()).isEmpty();
        assertThat(f.savedQuestions()).containsExactly("Can I travel in March? ✈");
    }

    @Test
    void aQuestionTickedOffOrRemovedCanBePutBack() {
        QuestionsModel q = f.vm.questions();
        q.draftProperty().set("Should I still take calcium?");
        q.addDraft();

        q.markAsked(q.open().get(0));
        assertThat(f.savedQuestions()).isEmpty();
        q.undo();
        assertThat(f.savedQuestions()).containsExactly("Should I still take calcium?");

        q.remove(q.open().get(0));
        assertThat(f.savedQuestions()).isEmpty();
        q.undo();
        assertThat(f.savedQuestions()).containsExactly("Should I still take calcium?");
        assertThat(q.lastRemovedProperty().get()).isNull();
    }

    @Test
    void theLibraryScreenSuggestsArticlesRelatedToTheOpenOneButNotItself() {
        f.vm.load();
        f.vm.open("bone-health");

        assertThat(f.vm.learnSignals()).isNotEmpty();
        LearnMoreModel panel = new LearnMoreModel(LibraryFixture.CHOOSER, LibraryFixture.LIBRARY, f.panelReader());
        panel.follow(context(f.vm.learnSignals(), f.vm.openArticleId()));

        assertThat(panel.suggestions()).hasSizeBetween(1, 3).extracting(s -> s.article().id()).doesNotContain("bone-health");
    }

    @Test
    void thePanelFollowsTheScreenShownAndItsChanges() {
        ObservableList<LearnSignal> signals = FXCollections.observableArrayList(
                new LearnSignal(LearnTags.PSA, LearnSignal.SHOWN, "The PSA chart is on screen."));
        LearnMoreModel panel = new LearnMoreModel(LibraryFixture.CHOOSER, LibraryFixture.LIBRARY, f.panelReader());
        panel.follow(context(signals, new ReadOnlyStringWrapper(null)));
        assertThat(ids(panel.suggestions())).containsExactly("following-psa");
        assertThat(panel.suggestions().get(0).reason()).isEqualTo("The PSA chart is on screen.");

        signals.add(new LearnSignal(LearnTags.PROGRESSION, LearnSignal.FLAGGED, "Your PSA rise meets the definition."));
        assertThat(ids(panel.suggestions())).first().isEqualTo("castration-resistance");

        panel.read(panel.suggestions().get(0));
        assertThat(panel.reader().articleProperty().get().id()).isEqualTo("castration-resistance");
        panel.readLinked("clinical-trials");
        assertThat(panel.reader().articleProperty().get().id()).as("a link followed in the panel").isEqualTo("clinical-trials");
        panel.readLinked("no-such-article");
        assertThat(panel.reader().articleProperty().get().id()).isEqualTo("clinical-trials");
        panel.follow(null);
        assertThat(panel.suggestions()).isEmpty();
        assertThat(panel.reader().articleProperty().get()).as("an article left open closes").isNull();
        signals.add(new LearnSignal(LearnTags.PAIN, LearnSignal.URGENT, ""));
        assertThat(panel.suggestions()).as("a screen no longer shown is not followed").isEmpty();
    }

    private String openId() { return f.vm.reader().articleProperty().get().id(); }

    private static List<String> ids(List<Suggestion> s) { return s.stream().map(x -> x.article().id()).toList(); }

    private static LearnContext context(ObservableList<LearnSignal> signals, ObservableStringValue shown) {
        return new LearnContext() {
            @Override
            public ObservableList<LearnSignal> learnSignals() { return signals; }

            @Override
            public ObservableStringValue shownArticleId() { return shown; }
        };
    }
}
