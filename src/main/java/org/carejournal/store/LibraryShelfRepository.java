package org.carejournal.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.carejournal.domain.library.LibraryShelf;

/** Bookmarks and reading history of library articles, per person. */
public final class LibraryShelfRepository implements LibraryShelf {

    // ON CONFLICT on the key rather than INSERT OR IGNORE/REPLACE: those would also swallow a CHECK
    // failure, and REPLACE would move an old bookmark to the front.
    private static final String BOOKMARK = "INSERT INTO article_bookmark (person_id, article_id, added_at)"
            + " VALUES (?, ?, ?) ON CONFLICT (person_id, article_id) DO NOTHING";
    private static final String UNBOOKMARK = "DELETE FROM article_bookmark WHERE person_id = ? AND article_id = ?";
    private static final String BOOKMARKS = "SELECT article_id FROM article_bookmark WHERE person_id = ?"
            + " ORDER BY added_at DESC, article_id";
    // max(): a late-arriving older time (a clock set back, an import) must not hide the latest read.
    private static final String READ = "INSERT INTO article_read (person_id, article_id, read_at) VALUES (?, ?, ?)"
            + " ON CONFLICT (person_id, article_id) DO UPDATE SET read_at = max(read_at, excluded.read_at)";
    private static final String RECENT = "SELECT article_id FROM article_read WHERE person_id = ?"
            + " ORDER BY read_at DESC, article_id LIMIT ?";

    /** Fixed width so text order is time order; see V4__library.sql. */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private final Database db;

    public LibraryShelfRepository(Database db) {
        this.db = db;
    }

    /** The person's bookmarked article ids, most recently bookmarked first (ties by id). */
    @Override
    public List<String> bookmarks(long personId) {
        return ids(BOOKMARKS, personId, -1);
    }

    /** Bookmarks an article or removes its bookmark; a repeated bookmark keeps its first time. */
    @Override
    public void setBookmarked(long personId, String articleId, boolean on, Instant at) {
        String id = requireId(articleId);
        String when = on ? stamp(at) : null;
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(on ? BOOKMARK : UNBOOKMARK)) {
                s.setLong(1, personId);
                s.setString(2, id);
                if (on) s.setString(3, when);
                s.executeUpdate();
            }
        });
    }

    /** Records a read, keeping only the latest time per article (to the millisecond). */
    @Override
    public void markRead(long personId, String articleId, Instant at) {
        String id = requireId(articleId);
        String when = stamp(at);
        db.inTransactionDo(c -> {
            try (PreparedStatement s = c.prepareStatement(READ)) {
                s.setLong(1, personId);
                s.setString(2, id);
                s.setString(3, when);
                s.executeUpdate();
            }
        });
    }

    /** Ids of the articles read, last read first (ties by id), at most {@code limit}. */
    @Override
    public List<String> recentlyRead(long personId, int limit) {
        if (limit < 0) throw new IllegalArgumentException("The number of articles cannot be negative: " + limit);
        if (limit == 0) return List.of();
        return ids(RECENT, personId, limit);
    }

    /** Runs a query of article ids for a person, with the limit as its second parameter when not -1. */
    private List<String> ids(String sql, long personId, int limit) {
        return db.read(c -> {
            List<String> list = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, personId);
                if (limit >= 0) s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) list.add(rs.getString(1));
                }
            }
            return list;
        });
    }

    private static String requireId(String articleId) {
        if (articleId == null || articleId.isBlank()) throw new IllegalArgumentException("An article id is needed");
        return articleId.strip();
    }

    private static String stamp(Instant at) {
        if (at == null) throw new IllegalArgumentException("A time is needed");
        return INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS));
    }
}
