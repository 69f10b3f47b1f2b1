package org.carejournal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.carejournal.domain.library.AppointmentQuestion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppointmentQuestionRepositoryTest {

    @TempDir Path dir;
    private Database db;
    private AppointmentQuestionRepository questions;
    private long walter;
    private long ann;

    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);
    private static final LocalDate JUN_9 = LocalDate.of(2024, 6, 9);

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        questions = new AppointmentQuestionRepository(db);
        PersonRepository people = new PersonRepository(db);
        walter = people.create("Walter").id();
        ann = people.create("Ann").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aQuestionComesBackAsSaved() {
        AppointmentQuestion fromArticle = questions.add(walter, "  Should I see a dentist before zoledronic acid? ",
                "bone-health", JUN_1);
        AppointmentQuestion own = questions.add(walter, "Can I still travel in August?", null, JUN_1);

        assertThat(fromArticle.id()).isPositive();
        assertThat(own.id()).isGreaterThan(fromArticle.id());
        assertThat(fromArticle).isEqualTo(new AppointmentQuestion(fromArticle.id(), walter,
                "Should I see a dentist before zoledronic acid?", "bone-health", JUN_1, null));
        assertThat(own.articleId()).isNull();
        assertThat(questions.all(walter)).containsExactly(fromArticle, own);
    }

    @Test
    void openQuestionsComeOldestFirstAndLeaveWhenAsked() {
        AppointmentQuestion later = questions.add(walter, "Later", null, JUN_9);
        AppointmentQuestion first = questions.add(walter, "First", null, JUN_1);
        AppointmentQuestion second = questions.add(walter, "Second, same day", null, JUN_1);
        assertThat(questions.open(walter)).containsExactly(first, second, later);

        questions.markAsked(second.id(), JUN_9);

        assertThat(questions.open(walter)).containsExactly(first, later);
        assertThat(questions.all(walter)).containsExactly(first,
                new AppointmentQuestion(second.id(), walter, "Second, same day", null, JUN_1, JUN_9), later);
    }

    @Test
    void askingAgainKeepsTheFirstDayAndReopeningPutsItBack() {
        AppointmentQuestion q = questions.add(walter, "What does my bone scan show?", null, JUN_1);
        questions.markAsked(q.id(), JUN_9);
        questions.markAsked(q.id(), JUN_9.plusDays(30));
        assertThat(questions.all(walter)).singleElement().satisfies(a -> assertThat(a.askedOn()).isEqualTo(JUN_9));

        questions.reopen(q.id());
        assertThat(questions.open(walter)).containsExactly(q);
        questions.reopen(q.id());   // reopening an open question changes nothing
        assertThat(questions.open(walter)).containsExactly(q);

        questions.markAsked(q.id(), JUN_9.plusDays(30));   // asked at a later visit
        assertThat(questions.all(walter)).singleElement()
                .satisfies(a -> assertThat(a.askedOn()).isEqualTo(JUN_9.plusDays(30)));
    }

    @Test
    void deleteRemovesAQuestionAndChangesToAMissingOneFail() {
        AppointmentQuestion keep = questions.add(walter, "Keep", null, JUN_1);
        AppointmentQuestion gone = questions.add(walter, "Gone", null, JUN_1);

        questions.delete(gone.id());
        questions.delete(gone.id());   // deleting what is not there does nothing

        assertThat(questions.all(walter)).containsExactly(keep);
        assertThatThrownBy(() -> questions.markAsked(gone.id(), JUN_9))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
        assertThatThrownBy(() -> questions.reopen(gone.id()))
                .isInstanceOf(JournalException.class).hasMessageContaining("no longer in the journal");
    }

    @Test
    void containsLooksAtOpenQuestionsWithExactlyTheText() {
        AppointmentQuestion q = questions.add(walter, "Is this pain from the bones?", "bone-pain", JUN_1);

        assertThat(questions.contains(walter, "Is this pain from the bones?")).isTrue();
        assertThat(questions.contains(walter, "  Is this pain from the bones?\n")).isTrue();   // as add() would store it
        assertThat(questions.contains(walter, "is this pain from the bones?")).isFalse();
        assertThat(questions.contains(walter, "Is this pain from the bones")).isFalse();
        assertThat(questions.contains(walter, "Is this pain from the bones?%")).isFalse();
        assertThat(questions.contains(walter, "")).isFalse();
        assertThat(questions.contains(walter, null)).isFalse();
        assertThat(questions.contains(ann, "Is this pain from the bones?")).isFalse();

        questions.markAsked(q.id(), JUN_9);   // once asked, the same question may be added again
        assertThat(questions.contains(walter, "Is this pain from the bones?")).isFalse();
        questions.reopen(q.id());
        assertThat(questions.contains(walter, "Is this pain from the bones?")).isTrue();
    }

    @Test
    void eachPersonHasTheirOwnQuestions() {
        AppointmentQuestion his = questions.add(walter, "How long will the hot flushes last?", "hot-flushes", JUN_1);
        AppointmentQuestion hers = questions.add(ann, "How can I help with his fatigue?", null, JUN_1);

        assertThat(questions.open(walter)).containsExactly(his);
        assertThat(questions.all(ann)).containsExactly(hers);
        assertThat(hers.personId()).isEqualTo(ann);
        assertThat(questions.open(999)).isEmpty();
    }

    @Test
    void unicodeTextIsKeptExactly() {
        // Decomposed and composed é differ: "exactly" means no normalising on the way in or out.
        String decomposed = "Caf\u0065\u0301 after the infusion: is it safe? 骨転移 \uD83D\uDE42 — «oui»";
        String composed = "Caf\u00e9 after the infusion: is it safe? 骨転移 \uD83D\uDE42 — «oui»";
        String longest = "\uD83E\uDDB4".repeat(AppointmentQuestion.MAX_LENGTH);   // 500 bone emoji, 1000 chars in Java

        questions.add(walter, decomposed, null, JUN_1);
        questions.add(walter, longest, null, JUN_1);

        assertThat(questions.all(walter)).extracting(AppointmentQuestion::text).containsExactly(decomposed, longest);
        assertThat(questions.contains(walter, decomposed)).isTrue();
        assertThat(questions.contains(walter, composed)).isFalse();
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> questions.add(walter, "   ", null, JUN_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A question needs some text");
        assertThatThrownBy(() -> questions.add(walter, "x".repeat(501), null, JUN_1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 500 characters");
        assertThatThrownBy(() -> questions.add(walter, "When?", null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> questions.add(999, "When?", null, JUN_1)).isInstanceOf(JournalException.class);
        AppointmentQuestion q = questions.add(walter, "When?", null, JUN_1);
        assertThatThrownBy(() -> questions.markAsked(q.id(), null)).isInstanceOf(IllegalArgumentException.class);

        assertThat(questions.all(walter)).containsExactly(q);
    }
}
