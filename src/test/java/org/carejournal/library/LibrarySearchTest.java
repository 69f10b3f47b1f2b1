package org.carejournal.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LibrarySearchTest {
    private final LibrarySearch search = new LibrarySearch(LibraryFixtures.library());

    @Test
    void aQuestionFindsTheArticleThatAnswersIt() {
        List<SearchHit> hits = search.search("What does PSA doubling time mean?", 5);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).article().id()).isEqualTo("psa");
        assertThat(hits.get(0).passage()).startsWith("The doubling time is how long");
    }

    @Test
    void theMatchedWordsOfThePassageAreHighlighted() {
        SearchHit hit = search.search("doubling time", 1).get(0);

        List<String> marked = hit.highlights().stream().map(s -> hit.passage().substring(s.start(), s.end())).toList();
        assertThat(marked).contains("doubling", "time");
    }

    @Test
    void anArticleMatchingEveryWordRanksAboveOneMatchingSome() {
        // "time" appears in psa and bones, "doubling" in psa and pain: only psa has both.
        assertThat(search.search("time doubling", 5)).extracting(h -> h.article().id()).first().isEqualTo("psa");
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "dentist, bones",
            "dentists, bones",
            "doub, psa",
            "BREAKTHROUGH, pain",
            "fever, urgent",
            "bone health, bones",
    })
    void wordsAreFoundWhateverTheirFormOrCase(String query, String expected) {
        assertThat(search.search(query, 5)).extracting(h -> h.article().id()).first().isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "'   '", "'what is the'", "xylophone"})
    void nothingMeaningfulFindsNothing(String query) {
        assertThat(search.search(query, 5)).isEmpty();
    }

    @Test
    void farWeakerMatchesAreLeftOut() {
        // "time" alone is in psa and bones; psa also has "doubling time" together, in its title words' sentence.
        assertThat(search.search("what does PSA doubling time mean", 5)).extracting(h -> h.article().id())
                .containsExactly("psa");
    }

    @Test
    void theLimitIsKept() {
        assertThat(search.search("pain", 1)).hasSize(1);
        assertThat(search.search("dose", 1)).hasSize(1);
        assertThat(search.search("dose", 5)).extracting(h -> h.article().id()).containsExactlyInAnyOrder("pain", "bones");
    }

    @Test
    void stemsMeetAcrossWordForms() {
        assertThat(Terms.stem("doubling")).isEqualTo(Terms.stem("doubled")).isEqualTo(Terms.stem("double"));
        assertThat(Terms.stem("rising")).isEqualTo(Terms.stem("rises")).isEqualTo(Terms.stem("rise"));
        assertThat(Terms.stem("tests")).isEqualTo(Terms.stem("test"));
        assertThat(Terms.stem("stopped")).isEqualTo(Terms.stem("stop"));
        assertThat(Terms.stem("PSA")).isEqualTo("psa");
        assertThat(Terms.stem("weakness")).isEqualTo(Terms.stem("weak"));
        assertThat(Terms.stem("suddenly")).isEqualTo(Terms.stem("sudden"));
    }
}
