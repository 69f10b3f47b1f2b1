package org.carejournal.library;

import java.util.List;

/**
 * One article found by a library search.
 *
 * @param passage    the sentence or two that best match the query, as plain text
 * @param highlights the matched words in the passage, as [start, end) character ranges
 */
public record SearchHit(Article article, double score, String passage, List<Span> highlights) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }

    /** A range of characters in the passage. */
    public record Span(int start, int end) {}
}
