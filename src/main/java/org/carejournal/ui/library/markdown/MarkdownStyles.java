package org.carejournal.ui.library.markdown;

/** Style classes of rendered articles (defined in markdown.css beside the renderer), spelled once. */
public final class MarkdownStyles {
    private MarkdownStyles() {}

    static final String CSS = "/org/carejournal/ui/library/markdown/markdown.css";

    /** The VBox holding a whole rendered article. */
    public static final String ARTICLE = "md-article";
    public static final String H2 = "md-h2";
    public static final String H3 = "md-h3";
    public static final String PARAGRAPH = "md-paragraph";
    /** Every piece of text, so the theme's text colour reaches it. */
    public static final String TEXT = "md-text";
    public static final String EM = "md-em";
    public static final String STRONG = "md-strong";
    public static final String CODE = "md-code";
    /** A link to another article: clickable and focusable. */
    public static final String LINK = "md-link";
    public static final String LIST = "md-list";
    public static final String LIST_ITEM = "md-list-item";
    public static final String LIST_MARKER = "md-list-marker";
    public static final String LIST_BODY = "md-list-body";
    public static final String TABLE = "md-table";
    public static final String TH = "md-th";
    public static final String TD = "md-td";
    /** The TextFlow inside a table cell (the cell pane around it carries the padding and border). */
    public static final String CELL_TEXT = "md-cell-text";
    /** The highlight drawn behind selected text. */
    public static final String SELECTION = "md-selection";
}
