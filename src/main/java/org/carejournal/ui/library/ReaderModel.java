package org.carejournal.ui.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.domain.library.AppointmentQuestions;
import org.carejournal.domain.library.LibraryShelf;
import org.carejournal.library.Article;
import org.carejournal.ui.Async;

/**
 * One article open for reading: remembers it was read, whether it is bookmarked, and which of its
 * questions are already on the list for the next appointment.
 */
public final class ReaderModel {
    private final LibraryShelf shelf;
    private final AppointmentQuestions questions;
    private final long personId;
    private final Async async;
    private final Clock clock;
    private final Runnable onShelfChanged;
    private final Runnable onQuestionsChanged;
    private final ObjectProperty<Article> article = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper bookmarked = new ReadOnlyBooleanWrapper();
    private final ObservableSet<String> listedQuestions = FXCollections.observableSet();
    private final StringProperty status = new SimpleStringProperty("");

    /**
     * @param onShelfChanged     called after reading or bookmarking changes the Library's lists
     * @param onQuestionsChanged called after a question is added to the appointment list
     */
    public ReaderModel(LibraryShelf shelf, AppointmentQuestions questions, long personId, Async async, Clock clock,
                       Runnable onShelfChanged, Runnable onQuestionsChanged) {
        this.shelf = shelf;
        this.questions = questions;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
        this.onShelfChanged = onShelfChanged;
        this.onQuestionsChanged = onQuestionsChanged;
    }

    /** Opens the article, noting it as read just now. Null closes the reader. */
    public void open(Article a) {
        article.set(a);
        status.set("");
        if (a == null) return;
        async.run(() -> {
            shelf.markRead(personId, a.id(), clock.instant());
            return new Shelved(shelf.bookmarks(personId).contains(a.id()), openQuestionTexts());
        }, s -> {
            if (a != article.get()) return;   // another article was opened meanwhile
            bookmarked.set(s.bookmarked);
            listedQuestions.clear();
            listedQuestions.addAll(s.questions);
            onShelfChanged.run();
        }, e -> status.set("Could not note this article as read: " + e.getMessage()));
    }

    public void toggleBookmark() {
        Article a = article.get();
        if (a == null) return;
        boolean on = !bookmarked.get();
        async.run(() -> {
            shelf.setBookmarked(personId, a.id(), on, clock.instant());
            return on;
        }, done -> {
            if (a == article.get()) bookmarked.set(done);
            status.set(done ? "Bookmarked: it is listed in the Library." : "Bookmark removed.");
            onShelfChanged.run();
        }, e -> status.set("The bookmark could not be saved: " + e.getMessage()));
    }

    /** Adds one of the article's questions to the list for the next appointment, once. */
    public void addQuestion(String text) {
        Article a = article.get();
        if (a == null || listedQuestions.contains(text)) return;
        async.run(() -> {
            if (!questions.contains(personId, text)) questions.add(personId, text, a.id(), LocalDate.now(clock));
            return openQuestionTexts();
        }, texts -> {
            listedQuestions.clear();
            listedQuestions.addAll(texts);
            status.set("Added to your questions for the next appointment.");
            onQuestionsChanged.run();
        }, e -> status.set("The question could not be saved: " + e.getMessage()));
    }

    /** Re-reads which questions are listed, after the list was changed elsewhere. */
    public void refreshQuestions() {
        async.run(this::openQuestionTexts, texts -> {
            listedQuestions.clear();
            listedQuestions.addAll(texts);
        }, e -> { });
    }

    private Set<String> openQuestionTexts() {
        return questions.open(personId).stream().map(AppointmentQuestion::text).collect(Collectors.toSet());
    }

    public ObjectProperty<Article> articleProperty() { return article; }
    public ReadOnlyBooleanProperty bookmarkedProperty() { return bookmarked.getReadOnlyProperty(); }
    /** The texts of the questions on the list for the next appointment. */
    public ObservableSet<String> listedQuestions() { return listedQuestions; }
    public StringProperty statusProperty() { return status; }

    private record Shelved(boolean bookmarked, Set<String> questions) {}
}
