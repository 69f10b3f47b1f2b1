package org.carejournal.care;

import java.time.LocalDate;
import java.util.Objects;
import org.carejournal.domain.checkin.RedFlag;

/**
 * A red-flag pattern found in a day's entries.
 *
 * @param date   the day whose entries showed it (the day just saved)
 * @param reason what matched, in plain words, to be kept with the raised flag
 */
public record FlagMatch(RedFlag flag, LocalDate date, String reason) {

    public FlagMatch {
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
    }
}
