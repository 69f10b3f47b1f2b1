package org.carejournal.report.summary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.Appointment;

/** The period choices of the summary, turned into dates. */
public enum Period {
    SINCE_LAST_APPOINTMENT("Since the last appointment"),
    THREE_MONTHS("Last 3 months"),
    SIX_MONTHS("Last 6 months"),
    TWELVE_MONTHS("Last 12 months"),
    CUSTOM("Custom");

    private final String label;

    Period(String label) { this.label = label; }

    public String label() { return label; }

    /**
     * The days this choice covers, ending {@code today}. "Since the last appointment" starts the day of the
     * latest appointment before today, or 3 months back when there was none; a custom choice uses the dates
     * given (swapped when given the wrong way round; a missing one is today).
     */
    public DateRange resolve(LocalDate today, List<Appointment> appointments, LocalDate customFrom, LocalDate customTo) {
        return switch (this) {
            case SINCE_LAST_APPOINTMENT -> new DateRange(appointments.stream()
                    .map(a -> a.at().toLocalDate())
                    .filter(d -> d.isBefore(today))
                    .max(Comparator.naturalOrder())
                    .orElse(today.minusMonths(3)), today);
            case THREE_MONTHS -> new DateRange(today.minusMonths(3), today);
            case SIX_MONTHS -> new DateRange(today.minusMonths(6), today);
            case TWELVE_MONTHS -> new DateRange(today.minusMonths(12), today);
            case CUSTOM -> {
                LocalDate from = customFrom == null ? today : customFrom;
                LocalDate to = customTo == null ? today : customTo;
                yield to.isBefore(from) ? new DateRange(to, from) : new DateRange(from, to);
            }
        };
    }
}
