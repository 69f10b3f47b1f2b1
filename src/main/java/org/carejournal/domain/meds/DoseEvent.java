package org.carejournal.domain.meds;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of the dose log: a planned dose taken or skipped, or an as-needed dose taken.
 *
 * @param dueAt   when the plan had the dose; null for an as-needed dose
 * @param takenAt when it was taken (may differ from {@code dueAt}: "taken at another time"); null when skipped
 * @param reason  why it was skipped, or why an as-needed dose was taken; may be empty
 * @param amount  for an as-needed dose, how much; may be empty
 */
public record DoseEvent(long id, long medicationId, LocalDateTime dueAt, DoseStatus status, LocalDateTime takenAt,
                        String reason, String amount) {

    public DoseEvent {
        if (dueAt == null && takenAt == null) throw new IllegalArgumentException("A dose needs a due or taken time");
        if (status == DoseStatus.TAKEN && takenAt == null) throw new IllegalArgumentException("A taken dose needs its time");
        if (status == DoseStatus.SKIPPED && takenAt != null) throw new IllegalArgumentException("A skipped dose has no taken time");
        reason = reason == null ? "" : reason.strip();
        amount = amount == null ? "" : amount.strip();
    }

    public static DoseEvent taken(long medicationId, LocalDateTime dueAt, LocalDateTime takenAt) {
        return new DoseEvent(0, medicationId, dueAt, DoseStatus.TAKEN, takenAt, "", "");
    }

    public static DoseEvent skipped(long medicationId, LocalDateTime dueAt, String reason) {
        return new DoseEvent(0, medicationId, dueAt, DoseStatus.SKIPPED, null, reason, "");
    }

    public static DoseEvent asNeeded(long medicationId, LocalDateTime takenAt, String amount, String reason) {
        return new DoseEvent(0, medicationId, null, DoseStatus.TAKEN, takenAt, reason, amount);
    }

    public boolean planned() { return dueAt != null; }

    /** The day the event belongs to: the due day for a planned dose, else the day it was taken. */
    public LocalDate day() { return (dueAt != null ? dueAt : takenAt).toLocalDate(); }

    public DoseEvent withId(long newId) {
        return new DoseEvent(newId, medicationId, dueAt, status, takenAt, reason, amount);
    }
}
