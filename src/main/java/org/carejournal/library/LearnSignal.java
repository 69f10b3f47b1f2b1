package org.carejournal.library;

/**
 * Something on screen that an article could explain: a library tag, how much it matters now, and the
 * reason shown beside the suggestion ("Zoledronic acid is in your plan"). Screens publish these from
 * what they show; {@link ArticleChooser} turns them into articles, so no screen names an article.
 *
 * @param tag    a library tag, as articles carry in their front matter, or an article's id
 * @param weight how strongly to prefer it; see the constants
 * @param reason one short sentence in the person's terms
 */
public record LearnSignal(String tag, int weight, String reason) {
    /** A warning sign raised now: its article comes first. */
    public static final int URGENT = 100;
    /** Something the journal has flagged, such as a PSA rise meeting the progression definition. */
    public static final int FLAGGED = 40;
    /** What the screen is about, or an item the person is looking at. */
    public static final int SHOWN = 10;
    /** Context that may interest the reader when nothing more pressing is on screen. */
    public static final int BACKGROUND = 1;

    public LearnSignal {
        if (tag == null || tag.isBlank()) throw new IllegalArgumentException("A signal needs a tag");
        if (weight <= 0) throw new IllegalArgumentException("A signal's weight must be positive");
        reason = reason == null ? "" : reason;
    }
}
