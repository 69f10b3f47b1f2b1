package org.carejournal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.library.LearnSignal.BACKGROUND;
import static org.carejournal.library.LearnSignal.SHOWN;
import static org.carejournal.library.LearnSignal.URGENT;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleChooserTest {
    private final ArticleChooser chooser = new ArticleChooser(LibraryFixtures.library());

    @Test
    void theArticlesCarryingTheSignalledTagsAreChosenWithTheirReason() {
        List<Suggestion> s = chooser.choose(List.of(new LearnSignal("lab-psa", SHOWN, "The PSA chart is on screen")),
                3, null);

        assertThat(s).extracting(x -> x.article().id()).containsExactly("psa");
        assertThat(s.get(0).reason()).isEqualTo("The PSA chart is on screen");
    }

    @Test
    void anUrgentSignalPutsItsArticleFirst() {
        List<Suggestion> s = chooser.choose(List.of(
                new LearnSignal("pain", SHOWN, "Pain chart"),
                new LearnSignal("red-flags", BACKGROUND, "Check-in"),
                new LearnSignal("red-flag-infection", URGENT, "A fever was logged today")), 3, null);

        assertThat(s).extracting(x -> x.article().id()).containsExactly("urgent", "pain");
        assertThat(s.get(0).reason()).isEqualTo("A fever was logged today");
    }

    @Test
    void signalsAddUpSoAnArticleExplainingSeveralThingsShownComesFirst() {
        List<Suggestion> s = chooser.choose(List.of(
                new LearnSignal("pain", SHOWN, "a"),
                new LearnSignal("red-flags", SHOWN, "b"),
                new LearnSignal("red-flag-pain", SHOWN, "c"),
                new LearnSignal("red-flag-infection", SHOWN, "d")), 3, null);

        assertThat(s).extracting(x -> x.article().id()).containsExactly("urgent", "pain");
    }

    @Test
    void equalScoresKeepLibraryOrderAndTheLimitAndExclusionHold() {
        List<LearnSignal> all = List.of(new LearnSignal("psa", SHOWN, ""), new LearnSignal("dental", SHOWN, ""),
                new LearnSignal("pain", SHOWN, ""), new LearnSignal("red-flags", SHOWN, ""));

        assertThat(chooser.choose(all, 3, null)).extracting(x -> x.article().id()).containsExactly("psa", "bones", "pain");
        assertThat(chooser.choose(all, 3, "psa")).extracting(x -> x.article().id()).containsExactly("bones", "pain", "urgent");
    }

    @Test
    void anArticlesIdWorksAsATagSoALinkedArticleCanBeSignalled() {
        assertThat(chooser.choose(List.of(new LearnSignal("bones", SHOWN, "Linked")), 3, null))
                .extracting(x -> x.article().id()).containsExactly("bones");
    }

    @Test
    void noSignalOrAnUnknownTagChoosesNothing() {
        assertThat(chooser.choose(List.of(), 3, null)).isEmpty();
        assertThat(chooser.choose(List.of(new LearnSignal("no-such-tag", URGENT, "")), 3, null)).isEmpty();
    }
}
