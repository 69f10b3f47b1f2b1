package org.carejournal.ui.library;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.library.ArticleChooser;
import org.carejournal.library.ArticleLibrary;
import org.carejournal.ui.Async;

/** A real journal file with one person, the shipped articles, and the Library view model on a fixed clock. */
final class LibraryFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    static final ArticleLibrary LIBRARY = ArticleLibrary.load();
    static final ArticleChooser CHOOSER = new ArticleChooser(LIBRARY);

    final JournalSession session;
    final Person person;
    final LibraryViewModel vm;

    LibraryFixture(Path dir) throws Exception {
        session = JournalSession.open(Files.createTempFile(dir, "library", ".db"));
        person = session.people().create("Test Person");
        vm = new LibraryViewModel(LIBRARY, session.shelf(), session.questions(), person.id(), Async.direct(), CLOCK);
    }

    /** A reader of its own, as the side panel has. */
    ReaderModel panelReader() {
        return new ReaderModel(session.shelf(), session.questions(), person.id(), Async.direct(), CLOCK, () -> { }, () -> { });
    }

    /** The open questions as the journal file has them now. */
    List<String> savedQuestions() {
        return session.questions().open(person.id()).stream().map(AppointmentQuestion::text).toList();
    }

    @Override
    public void close() {
        session.close();
    }
}
