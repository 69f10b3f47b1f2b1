package org.carejournal.ui.library.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The text of an article without its Markdown, for search; no JavaFX needed. */
class PlainTextTest {
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", ""),
                Arguments.of("Just *one* **line**\nand a `code` word.", "Just one line and a code word."),
                Arguments.of("Hard  \nbreak", "Hard\nbreak"),
                Arguments.of("# Title\n\n## Part\n\n### Sub\n\nText", "Title\n\nPart\n\nSub\n\nText"),
                Arguments.of("See [the PSA page](article:following-psa) and [NHS](https://nhs.uk).",
                        "See the PSA page and NHS."),
                Arguments.of("- a\n- b\n\n  more of b\n- c", "• a\n• b\n  more of b\n• c"),
                Arguments.of("1. one\n   - inner\n     - deeper\n2. two", "1. one\n  ◦ inner\n    ▪ deeper\n2. two"),
                Arguments.of("7. seven\n8. eight", "7. seven\n8. eight"),
                Arguments.of("-\n- b", "• \n• b"),
                Arguments.of("| a | b |\n|:-:|---|\n| 1 |  |", "a\tb\n1\t"),
                // Kinds the articles do not use still keep their words.
                Arguments.of("> quoted **words**\n\n```\ncode block\n```\n\n---\n\n<b>html</b>\n\n![a chart](x.png)",
                        "quoted words\n\ncode block\n\n<b>html</b>\n\na chart"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void markdownBecomesText(String markdown, String expected) {
        assertThat(ArticleRenderer.plainText(markdown)).isEqualTo(expected);
    }

    @Test
    void theSampleGivesTheTextACopyGives() {
        assertThat(ArticleRenderer.plainText(Sample.MARKDOWN)).isEqualTo(Sample.TEXT);
    }

    @Test
    void onlyArticleLinksStayLinks() {
        List<Block.Run> runs = ((Block.Paragraph) ArticleParser.parse(
                "[*hot* flushes](article:hot-flushes), [web](http://x.org), [blank](article:)").get(0)).runs();
        assertThat(runs).filteredOn(Block.Run::isLink).extracting(Block.Run::text, Block.Run::articleId, Block.Run::em)
                .containsExactly(Tuple.tuple("hot", "hot-flushes", true),
                        Tuple.tuple(" flushes", "hot-flushes", false));
        assertThat(Block.text(runs)).isEqualTo("hot flushes, web, blank");
    }

    @Test
    void noMarkdownSyntaxIsLeftInAnArticle() {
        String text = ArticleRenderer.plainText(ARTICLE);
        assertThat(text).contains("Term\tWhat it means", "• ", "1. ").doesNotContain("**", "](", "|", "##", "---");
    }

    /** An article like the app's: a table, numbered and bullet lists, emphasis and links. */
    static final String ARTICLE = """
            PSA is a blood test.

            ## Words you will see
            | Term | What it means |
            |---|---|
            | Nadir | The lowest your PSA gets |

            1. **First** rule
            2. Second rule, see [doubling](article:following-psa)

            - *One* value means little.
            """;
}
