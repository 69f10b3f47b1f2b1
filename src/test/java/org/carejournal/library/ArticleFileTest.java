package org.carejournal.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ArticleFileTest {
    static final String GOOD = """
            ---
            id: x
            title: An article
            summary: What it says: in short.
            topic: Treatments
            tags: one, two-words ,
            sources:
              - Org A: Page A
              - Org B: Page B
            reviewed: 2026-11-25
            ---
            Opening.

            ## Questions you might ask your care team
            - First?
            - Second?
            """;

    @Test
    void readsFrontMatterBodyAndQuestions() {
        Article a = ArticleFile.parse("x.md", GOOD);

        assertThat(a.id()).isEqualTo("x");
        assertThat(a.summary()).isEqualTo("What it says: in short.");
        assertThat(a.tags()).containsExactlyInAnyOrder("one", "two-words");
        assertThat(a.sources()).containsExactly("Org A: Page A", "Org B: Page B");
        assertThat(a.reviewed()).isEqualTo(LocalDate.of(2026, 11, 25));
        assertThat(a.body()).startsWith("Opening.").endsWith("- Second?");
        assertThat(a.questions()).containsExactly("First?", "Second?");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "sources:;names no sources",
            "reviewed: 2026-11-25;has no reviewed date",
            "reviewed: 25/11/2026;reviewed date '25/11/2026' is not YYYY-MM-DD",
            "topic: Treatments;topic 'Cooking' is not one of",
            "title: An article;has no title",
            "tags: one, two-words ,;has no tags",
    })
    void aMissingOrBrokenFieldFailsNamingTheFile(String line, String problem) {
        String broken = switch (problem) {
            case "names no sources" -> GOOD.replace("  - Org A: Page A\n  - Org B: Page B\n", "");
            default -> problem.startsWith("topic") ? GOOD.replace(line, "topic: Cooking")
                    : problem.startsWith("reviewed date") ? GOOD.replace("reviewed: 2026-11-25", line)
                    : GOOD.replace(line + "\n", "");
        };
        assertThatThrownBy(() -> ArticleFile.parse("x.md", broken))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Article x.md " + problem);
    }

    @Test
    void anUnclosedFrontMatterFails() {
        assertThatThrownBy(() -> ArticleFile.parse("x.md", "---\nid: x\n"))
                .hasMessage("Article x.md front matter is not closed with '---'");
        assertThatThrownBy(() -> ArticleFile.parse("x.md", "# No front matter"))
                .hasMessage("Article x.md does not start with '---'");
    }

    @Test
    void plainTextDropsMarkdownAndKeepsWords() {
        String md = """
                ## A *heading*

                Some **strong** and *soft* words with a [link](article:y)
                that runs on.

                - item one
                1. item two

                | a | b |
                |---|---|
                | 1 | 2 |
                """;
        assertThat(ArticleText.blocks(md)).containsExactly("A heading",
                "Some strong and soft words with a link that runs on.", "item one", "item two", "a · b", "1 · 2");
        assertThat(ArticleText.linkedIds(md)).containsExactly("y");
        assertThat(ArticleText.otherLinks("[x](https://example.org) [y](article:z)")).containsExactly("https://example.org");
    }
}
