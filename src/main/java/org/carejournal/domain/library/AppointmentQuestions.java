package org.carejournal.domain.library;

import java.time.LocalDate;
import java.util.List;

/** Where a journal keeps the questions a person means to ask at appointments. */
public interface AppointmentQuestions {

    /**
     * Saves a new open question and returns it with its id. It does not check for duplicates; ask
     * {@link #contains(long, String)} first so the same question is not listed twice.
     *
     * @param articleIdOrNull the article that suggested it, or null for one of the person's own
     * @throws IllegalArgumentException when the text is blank or too long (see {@link AppointmentQuestion})
     */
    AppointmentQuestion add(long personId, String text, String articleIdOrNull, LocalDate on);

    /** Questions not yet asked, oldest first: the list to take to the next appointment. */
    List<AppointmentQuestion> open(long personId);

    /** Every question, asked or not, oldest first. */
    List<AppointmentQuestion> all(long personId);

    /**
     * Marks a question asked. Marking it again keeps the first day; {@link #reopen(long)} clears it.
     * Fails, saving nothing, when the question is no longer in the journal.
     */
    void markAsked(long id, LocalDate on);

    /** Puts an asked question back on the open list; fails when it is no longer in the journal. */
    void reopen(long id);

    /** Deletes a question; one already gone is ignored. */
    void delete(long id);

    /**
     * Whether the person has an open question with exactly this text (after stripping surrounding
     * white space; case and accents count). Asked questions do not count, so one may be asked again.
     */
    boolean contains(long personId, String text);
}
