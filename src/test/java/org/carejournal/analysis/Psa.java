package org.carejournal.analysis;

import java.time.LocalDate;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;

/** Short builders for test PSA series: every date is a day offset from {@link #DAY0}. */
final class Psa {
    static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    private Psa() {}

    static LocalDate day(int offset) { return DAY0.plusDays(offset); }

    static LabResult psa(int day, double value) {
        return LabResult.of(LabTest.PSA, day(day), LabValue.exact(value));
    }

    static LabResult below(int day, double limit) {
        return LabResult.of(LabTest.PSA, day(day), LabValue.below(limit));
    }

    static LabResult excluded(int day, double value) {
        return psa(day, value).withExcluded(true);
    }
}
