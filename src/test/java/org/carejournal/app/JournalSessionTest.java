package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalSessionTest {

    @TempDir Path dir;

    @Test
    void theShelfAndTheQuestionsAreSavedInTheJournalFile() {
        Path file = dir.resolve("journal.db");
        long walter;
        try (JournalSession session = JournalSession.open(file)) {
            walter = session.people().create("Walter").id();
            session.shelf().setBookmarked(walter, "bone-health", true, Instant.parse("2024-06-01T12:00:00Z"));
            session.shelf().markRead(walter, "fatigue", Instant.parse("2024-06-01T12:05:00Z"));
            session.questions().add(walter, "Dentist first?", "bone-health", LocalDate.of(2024, 6, 1));
        }
        try (JournalSession session = JournalSession.open(file)) {
            assertThat(session.shelf().bookmarks(walter)).containsExactly("bone-health");
            assertThat(session.shelf().recentlyRead(walter, 5)).containsExactly("fatigue");
            assertThat(session.questions().open(walter)).extracting(q -> q.text()).containsExactly("Dentist first?");
        }
    }
}
