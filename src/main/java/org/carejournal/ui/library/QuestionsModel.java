package org.carejournal.ui.library;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.domain.library.AppointmentQuestions;
import org.carejournal.ui.Async;

/**
 * The questions the person wants to ask at the next appointment: added from articles or typed in,
 * ticked off once asked, removed (with Undo). The appointment summary prints the open ones.
 */
public final class QuestionsModel {
    private final AppointmentQuestions questions;
    private final long personId;
    private final Async async;
    private final Clock clock;
    private final Runnable onChanged;
    private final ObservableList<AppointmentQuestion> open = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final StringProperty draftError = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<AppointmentQuestion> lastRemoved = new ReadOnlyObjectWrapper<>();

    /** @param onChanged called after the list changed, so readers can mark their questions as listed */
    public QuestionsModel(AppointmentQuestions questions, long personId, Async async, Clock clock, Runnable onChanged) {
        this.questions = questions;
        this.personId = personId;
        this.async = async;
        this.clock = clock;
        this.onChanged = onChanged;
    }

    public void load() {
        async.run(() -> questions.open(personId), open::setAll,
                e -> status.set("Your questions could not be read: " + e.getMessage()));
    }

    /** Adds the typed question; a blank or over-long one is refused with a message beside the field and nothing saved. */
    public boolean addDraft() {
        String text = draft.get() == null ? "" : draft.get().strip();
        if (text.isEmpty()) {
            draftError.set("Type a question first.");
            return false;
        }
        if (text.codePointCount(0, text.length()) > AppointmentQuestion.MAX_LENGTH) {
            draftError.set("Please keep a question under " + AppointmentQuestion.MAX_LENGTH + " characters.");
            return false;
        }
        draftError.set("");
        change(() -> {
            if (!questions.contains(personId, text)) questions.add(personId, text, null, LocalDate.now(clock));
        }, "Added to your questions.", () -> draft.set(""));
        return true;
    }

    /** Ticks the question off as asked; it leaves the list. */
    public void markAsked(AppointmentQuestion q) {
        change(() -> questions.markAsked(q.id(), LocalDate.now(clock)), "Marked as asked.", () -> lastRemoved.set(q));
    }

    public void remove(AppointmentQuestion q) {
        change(() -> questions.delete(q.id()), "Question removed.", () -> lastRemoved.set(q));
    }

    /** Puts back the question last removed or ticked off. */
    public void undo() {
        AppointmentQuestion q = lastRemoved.get();
        if (q == null) return;
        change(() -> {
            if (questions.all(personId).stream().anyMatch(x -> x.id() == q.id())) questions.reopen(q.id());
            else questions.add(personId, q.text(), q.articleId(), q.addedOn());
        }, "Question put back.", () -> lastRemoved.set(null));
    }

    private void change(Runnable write, String done, Runnable after) {
        async.run(() -> {
            write.run();
            return questions.open(personId);
        }, list -> {
            open.setAll(list);
            status.set(done);
            after.run();
            onChanged.run();
        }, e -> status.set("Your questions could not be saved: " + e.getMessage()));
    }

    public ObservableList<AppointmentQuestion> open() { return open; }
    public StringProperty draftProperty() { return draft; }
    public StringProperty draftErrorProperty() { return draftError; }
    public StringProperty statusProperty() { return status; }
    public ReadOnlyObjectProperty<AppointmentQuestion> lastRemovedProperty() { return lastRemoved.getReadOnlyProperty(); }

    List<AppointmentQuestion> snapshot() { return List.copyOf(open); }
}
