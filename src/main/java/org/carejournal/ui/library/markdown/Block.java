package org.carejournal.ui.library.markdown;

import java.util.List;

/**
 * An article once the Markdown syntax is gone: the few kinds of block the articles use. Both the
 * JavaFX nodes and the plain text are made from this, so what is shown and what is copied agree.
 */
sealed interface Block {
    /** A heading; level 1 and 2 show alike (the article's title is shown by the screen, not the body). */
    record Heading(int level, List<Run> runs) implements Block {}

    /** A paragraph, or any block the renderer does not know, kept as its text. */
    record Paragraph(List<Run> runs) implements Block {}

    /** A bullet or numbered list; each item holds its own blocks (nested lists among them). */
    record ListBlock(boolean ordered, int start, List<List<Block>> items) implements Block {}

    /** A GFM table; {@code alignments} has one entry per column, from the delimiter row. */
    record Table(List<Row> rows, List<Align> alignments) implements Block {}

    /** One table row; header rows come first. */
    record Row(boolean header, List<List<Run>> cells) {}

    enum Align { LEFT, CENTER, RIGHT }

    /**
     * A stretch of text with one look. {@code articleId} is set only for links to other articles;
     * links of any other kind arrive as plain runs.
     */
    record Run(String text, boolean em, boolean strong, boolean code, String articleId) {
        boolean isLink() { return articleId != null; }

        boolean sameLook(Run o) {
            return em == o.em && strong == o.strong && code == o.code && java.util.Objects.equals(articleId, o.articleId);
        }
    }

    /** The text of a list of runs, as a person reads it. */
    static String text(List<Run> runs) {
        StringBuilder b = new StringBuilder();
        for (Run r : runs) b.append(r.text());
        return b.toString();
    }
}
