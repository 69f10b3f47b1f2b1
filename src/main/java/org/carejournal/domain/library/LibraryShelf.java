package org.carejournal.domain.library;

import java.time.Instant;
import java.util.List;

/**
 * Where a journal keeps, per person, the library articles they bookmarked and the ones they read.
 * Articles are named by their library id; an id of an article that a later library no longer has
 * is kept and simply not shown, so updating the articles never loses a person's bookmarks.
 */
public interface LibraryShelf {

    /**
     * The person's bookmarked article ids, most recently bookmarked first. A list rather than a set
     * because the order is what the screen shows; each id appears once.
     */
    List<String> bookmarks(long personId);

    /**
     * Bookmarks an article ({@code on}) or removes its bookmark. Bookmarking one already bookmarked
     * keeps its first time (and so its place in the list); removing one not bookmarked does nothing.
     *
     * @param at when the person bookmarked it; orders {@link #bookmarks(long)}
     * @throws IllegalArgumentException when the article id is blank
     */
    void setBookmarked(long personId, String articleId, boolean on, Instant at);

    /**
     * Records that the person opened an article. Only the latest time per article is kept: reading
     * again moves it to the front of {@link #recentlyRead(long, int)}, an earlier time changes nothing.
     *
     * @throws IllegalArgumentException when the article id is blank
     */
    void markRead(long personId, String articleId, Instant at);

    /**
     * Ids of the articles the person read, last read first, at most {@code limit} of them.
     *
     * @throws IllegalArgumentException when the limit is negative
     */
    List<String> recentlyRead(long personId, int limit);
}
