package org.carejournal.ui.library;

/** Style classes of the Library screen and the Learn more panel (library.css beside them), spelled once. */
final class LibraryStyles {
    private LibraryStyles() {}

    static final String CSS = "/org/carejournal/ui/library/library.css";

    static final String READER = "article-reader";
    static final String ARTICLE_TITLE = "article-title";
    static final String ARTICLE_META = "article-meta";
    static final String QUESTION_ROW = "question-row";
    static final String SOURCES = "article-sources";
    static final String RESULT = "search-result";
    static final String RESULT_TITLE = "result-title";
    static final String PASSAGE = "result-passage";
    static final String MATCH = "result-match";
    static final String LIST_LINK = "list-link";
    static final String LEARN_MORE = "learn-more";
    static final String LEARN_PANEL = "learn-panel";
    static final String LEARN_CARD = "learn-card";
    static final String LEARN_REASON = "learn-reason";
    static final String LEARN_STRIP = "learn-strip";
    static final String LIBRARY_SIDE = "library-side";
}
