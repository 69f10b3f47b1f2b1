package org.carejournal.domain.meds;

import java.time.LocalDateTime;

/**
 * A visit to the care team, entered by hand. Two days before, the journal reminds the person to print
 * the summary and review their questions.
 *
 * @param with  who it is with ("Oncology clinic", "Dr Patel")
 * @param place where, or ""
 */
public record Appointment(long id, LocalDateTime at, String with, String place, String note) {

    public Appointment {
        if (at == null) throw new IllegalArgumentException("An appointment needs a date and time");
        if (with == null || with.isBlank()) throw new IllegalArgumentException("An appointment needs who it is with");
        with = with.strip();
        place = place == null ? "" : place.strip();
        note = note == null ? "" : note.strip();
    }

    public Appointment withId(long newId) {
        return new Appointment(newId, at, with, place, note);
    }
}
