package org.carejournal.domain.library;

import java.time.LocalDate;

/**
 * A question the person wants to ask at the next appointment: one suggested by a library article
 * or one of their own. It stays on the open list until marked asked.
 *
 * @param id        0 until stored
 * @param text      the question, stripped of surrounding white space; 1 to {@value #MAX_LENGTH} characters
 * @param articleId the article that suggested it, or null for a question of the person's own
 * @param addedOn   the day it was added
 * @param askedOn   the day it was asked, or null while still open
 */
public record AppointmentQuestion(long id, long personId, String text, String articleId, LocalDate addedOn,
                                  LocalDate askedOn) {

    /** The longest question kept, in characters (Unicode code points, so any script counts alike). */
    public static final int MAX_LENGTH = 500;

    public AppointmentQuestion {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) throw new IllegalArgumentException("A question needs some text");
        int length = text.codePointCount(0, text.length());
        if (length > MAX_LENGTH) {
            throw new IllegalArgumentException("A question can be at most " + MAX_LENGTH
                    + " characters long; this one has " + length);
        }
        // A blank article id would read as "from an article" while pointing at none.
        articleId = articleId == null || articleId.isBlank() ? null : articleId.strip();
        if (addedOn == null) throw new IllegalArgumentException("A question needs the day it was added");
    }

    /** Whether it has not been asked yet. */
    public boolean isOpen() {
        return askedOn == null;
    }

    /** Whether it came from a library article rather than from the person. */
    public boolean fromArticle() {
        return articleId != null;
    }

    public AppointmentQuestion withId(long newId) {
        return new AppointmentQuestion(newId, personId, text, articleId, addedOn, askedOn);
    }
}
