package org.carejournal.domain.checkin;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A red flag that a saved check-in raised, kept so it stays on screen until the person says they
 * have seen it.
 *
 * @param date           the check-in day that showed the pattern
 * @param reason         what in the entries matched, in plain words
 * @param acknowledgedAt null until acknowledged
 */
public record RaisedFlag(long id, RedFlag flag, LocalDate date, String reason, Instant acknowledgedAt) {

    public boolean acknowledged() { return acknowledgedAt != null; }
}
