package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibraryShelfRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private LibraryShelfRepository shelf;
    private long walter;
    private long ann;

    private static final Instant NOON = Instant.parse("2024-06-01T12:00:00Z");

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        shelf = new LibraryShelfRepository(db);
        PersonRepository people = new PersonRepository(db);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Instant minutes(int n) {
        return NOON.plusSeconds(60L * n);
    }

    @Test
    void bookmarksComeNewestFirstAndCanBeRemoved() {
        shelf.setBookmarked(walter, "bone-health", true, minutes(0));
        shelf.setBookmarked(walter, "fatigue", true, minutes(5));
        shelf.setBookmarked(walter, "psa-basics", true, minutes(2));
        assertThat(shelf.bookmarks(walter)).containsExactly("fatigue", "psa-basics", "bone-health");

        shelf.setBookmarked(walter, "psa-basics", false, minutes(9));
        shelf.setBookmarked(walter, "psa-basics", false, minutes(9));   // removing what is not there does nothing
        shelf.setBookmarked(walter, "never-bookmarked", false, minutes(9));
        assertThat(shelf.bookmarks(walter)).containsExactly("fatigue", "bone-health");

        shelf.setBookmarked(walter, "psa-basics", true, minutes(10));   // back, now the newest
        assertThat(shelf.bookmarks(walter)).containsExactly("psa-basics", "fatigue", "bone-health");
    }

    @Test
    void bookmarkingAgainKeepsTheFirstTimeAndTheIdOnce() {
        shelf.setBookmarked(walter, "bone-health", true, minutes(0));
        shelf.setBookmarked(walter, "fatigue", true, minutes(1));
        shelf.setBookmarked(walter, " bone-health ", true, minutes(2));   // same id once stripped

        assertThat(shelf.bookmarks(walter)).containsExactly("fatigue", "bone-health");
    }

    @Test
    void timesSortAsTimesEvenWhereInstantToStringDropsTheFraction() {
        // Instant.toString() gives "12:00:00Z" and "12:00:00.500Z"; as text the first sorts after.
        shelf.setBookmarked(walter, "whole-second", true, NOON);
        shelf.setBookmarked(walter, "half-second-later", true, NOON.plusMillis(500));
        shelf.markRead(walter, "whole-second", NOON);
        shelf.markRead(walter, "half-second-later", NOON.plusMillis(500));

        assertThat(shelf.bookmarks(walter)).containsExactly("half-second-later", "whole-second");
        assertThat(shelf.recentlyRead(walter, 5)).containsExactly("half-second-later", "whole-second");
        assertThat(TestFiles.queryString(db, "SELECT group_concat(read_at, ' ') FROM"
                + " (SELECT read_at FROM article_read ORDER BY read_at)"))
                .isEqualTo("2024-06-01T12:00:00.000Z 2024-06-01T12:00:00.500Z");
    }

    @Test
    void readingKeepsOneRowPerArticleWithItsLatestTime() {
        shelf.markRead(walter, "bone-health", minutes(0));
        shelf.markRead(walter, "fatigue", minutes(1));
        shelf.markRead(walter, "psa-basics", minutes(2));
        assertThat(shelf.recentlyRead(walter, 10)).containsExactly("psa-basics", "fatigue", "bone-health");

        shelf.markRead(walter, "bone-health", minutes(3));   // read again: to the front
        assertThat(shelf.recentlyRead(walter, 10)).containsExactly("bone-health", "psa-basics", "fatigue");

        shelf.markRead(walter, "psa-basics", minutes(-60));   // an older time arriving late changes nothing
        assertThat(shelf.recentlyRead(walter, 10)).containsExactly("bone-health", "psa-basics", "fatigue");
        assertThat(TestFiles.queryString(db, "SELECT count(*) FROM article_read")).isEqualTo("3");
    }

    @Test
    void recentlyReadStopsAtTheLimit() {
        for (int i = 0; i < 12; i++) shelf.markRead(walter, "article-" + i, minutes(i));

        assertThat(shelf.recentlyRead(walter, 3)).containsExactly("article-11", "article-10", "article-9");
        assertThat(shelf.recentlyRead(walter, 1)).containsExactly("article-11");
        assertThat(shelf.recentlyRead(walter, 0)).isEmpty();
        assertThat(shelf.recentlyRead(walter, 100)).hasSize(12);
        assertThatThrownBy(() -> shelf.recentlyRead(walter, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachPersonHasTheirOwnShelf() {
        shelf.setBookmarked(walter, "bone-health", true, minutes(0));
        shelf.markRead(walter, "bone-health", minutes(0));
        shelf.setBookmarked(ann, "caregiver-rest", true, minutes(1));
        shelf.markRead(ann, "caregiver-rest", minutes(1));
        shelf.markRead(ann, "bone-health", minutes(7));

        shelf.setBookmarked(ann, "bone-health", false, minutes(8));   // not Ann's bookmark: Walter keeps his

        assertThat(shelf.bookmarks(walter)).containsExactly("bone-health");
        assertThat(shelf.bookmarks(ann)).containsExactly("caregiver-rest");
        assertThat(shelf.recentlyRead(walter, 10)).containsExactly("bone-health");
        assertThat(shelf.recentlyRead(ann, 10)).containsExactly("bone-health", "caregiver-rest");
    }

    @Test
    void unicodeIdsAreKeptExactly() {
        String id = "Ärzte-疲労-\uD83D\uDE42";
        shelf.setBookmarked(walter, id, true, minutes(0));
        shelf.markRead(walter, id, minutes(0));

        assertThat(shelf.bookmarks(walter)).containsExactly(id);
        assertThat(shelf.recentlyRead(walter, 1)).containsExactly(id);
    }

    @Test
    void badInputIsRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> shelf.setBookmarked(walter, " ", true, NOON))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("An article id is needed");
        assertThatThrownBy(() -> shelf.markRead(walter, null, NOON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shelf.markRead(walter, "fatigue", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> shelf.setBookmarked(walter, "fatigue", true, null))
                .isInstanceOf(IllegalArgumentException.class);
        // A person not in the journal: the foreign key refuses it.
        assertThatThrownBy(() -> shelf.setBookmarked(999, "fatigue", true, NOON)).isInstanceOf(JournalException.class);
        assertThatThrownBy(() -> shelf.markRead(999, "fatigue", NOON)).isInstanceOf(JournalException.class);

        assertThat(shelf.bookmarks(walter)).isEmpty();
        assertThat(shelf.recentlyRead(walter, 10)).isEmpty();
    }

    @Test
    void aBookmarkWithinALargerTransactionIsUndoneWithIt() {
        assertThatThrownBy(() -> db.inTransactionDo(c -> {
            shelf.setBookmarked(walter, "fatigue", true, NOON);
            shelf.markRead(walter, "fatigue", NOON);
            throw new IllegalStateException("a later step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(shelf.bookmarks(walter)).isEmpty();
        assertThat(shelf.recentlyRead(walter, 10)).isEmpty();
    }
}
