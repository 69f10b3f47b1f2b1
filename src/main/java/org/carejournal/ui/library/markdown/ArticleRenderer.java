package org.carejournal.ui.library.markdown;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.layout.Region;

/**
 * Renders the Markdown body of an article (the part after the front matter) into JavaFX nodes:
 * headings, paragraphs, emphasis, lists, tables, and links to other articles written
 * {@code [words](article:ID)}. Links of any other kind show as plain words; the app never goes online.
 *
 * <p>The text of the result can be selected with the mouse and copied. Put the result in a ScrollPane
 * with {@code fitToWidth} so its text wraps to the width the screen gives it, and add
 * {@link #STYLESHEET} to the scene or screen that shows it.
 */
public final class ArticleRenderer {
    /** The article stylesheet (an external-form URL); sizes in em, colours from the AtlantaFX theme. */
    public static final String STYLESHEET =
            Objects.requireNonNull(ArticleRenderer.class.getResource(MarkdownStyles.CSS), MarkdownStyles.CSS).toExternalForm();

    private final Consumer<String> openArticle;

    /** @param openArticle called with the id of an article when the person follows a link to it */
    public ArticleRenderer(Consumer<String> openArticle) {
        this.openArticle = Objects.requireNonNull(openArticle, "openArticle");
    }

    /**
     * Builds the nodes of one article body: a VBox (style class {@value MarkdownStyles#ARTICLE}) of blocks.
     * Call on the FX thread, or before the result is shown.
     */
    public Region render(String markdown) {
        List<Block> blocks = ArticleParser.parse(markdown);
        NodeBuilder.Built built = NodeBuilder.build(blocks, openArticle);
        TextSelection.attach(built.article(), built.segments());
        return built.article();
    }

    /**
     * The text of an article body without Markdown syntax, for search: blocks apart by a blank line,
     * list items on their own lines with their bullet or number, table cells apart by tabs. It is the
     * same text a person gets by selecting the whole rendered article and copying it. Needs no JavaFX.
     */
    public static String plainText(String markdown) {
        return ReadingOrder.plainText(ReadingOrder.pieces(ArticleParser.parse(markdown)));
    }
}
