package org.carejournal.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One lab result as kept in the journal.
 *
 * @param id          row id, 0 before it is saved
 * @param test        which test
 * @param date        the day the blood was taken
 * @param value       the value in the test's canonical unit (censored: the detection limit)
 * @param enteredText the value exactly as the person typed or the file held it, kept so nothing is lost
 * @param enteredUnit the unit it was given in
 * @param lab         lab name, may be empty
 * @param note        free note, may be empty
 * @param excluded    true when the person left this point out of the kinetics (a flare, a lab error)
 */
public record LabResult(long id, LabTest test, LocalDate date, LabValue value,
                        String enteredText, String enteredUnit, String lab, String note, boolean excluded) {

    public LabResult {
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
        enteredText = enteredText == null ? value.display() : enteredText;
        enteredUnit = enteredUnit == null ? test.canonicalUnit().symbol() : enteredUnit;
        lab = lab == null ? "" : lab.strip();
        note = note == null ? "" : note.strip();
    }

    /** A new, unsaved result given in the canonical unit. */
    public static LabResult of(LabTest test, LocalDate date, LabValue value) {
        return new LabResult(0, test, date, value, value.display(), test.canonicalUnit().symbol(), "", "", false);
    }

    public LabResult withId(long newId) {
        return new LabResult(newId, test, date, value, enteredText, enteredUnit, lab, note, excluded);
    }

    public LabResult withExcluded(boolean newExcluded) {
        return new LabResult(id, test, date, value, enteredText, enteredUnit, lab, note, newExcluded);
    }

    /** Same test, same day, same value: the rule CSV import uses to skip a row already kept. */
    public boolean sameReadingAs(LabResult other) {
        return test == other.test && date.equals(other.date) && value.equals(other.value);
    }
}
