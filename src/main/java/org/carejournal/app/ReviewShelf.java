package org.carejournal.app;

import java.time.Instant;
import java.util.List;
import org.carejournal.domain.library.LibraryShelf;

/**
 * The library shelf of a journal open for review: bookmarks and recent reading are read as stored, and
 * opening an article is not noted as read, since that would write to a file review must leave unchanged.
 */
final class ReviewShelf implements LibraryShelf {
    private final LibraryShelf stored;

    ReviewShelf(LibraryShelf stored) {
        this.stored = stored;
    }

    @Override
    public List<String> bookmarks(long personId) {
        return stored.bookmarks(personId);
    }

    @Override
    public void setBookmarked(long personId, String articleId, boolean on, Instant at) {
        // The bookmark button is disabled in review; a write here would fail on the read-only file anyway.
        stored.setBookmarked(personId, articleId, on, at);
    }

    @Override
    public void markRead(long personId, String articleId, Instant at) {
        // Reading is what review is for; only the note of it is skipped.
    }

    @Override
    public List<String> recentlyRead(long personId, int limit) {
        return stored.recentlyRead(personId, limit);
    }
}
