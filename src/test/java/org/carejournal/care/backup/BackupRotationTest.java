package org.carejournal.care.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which daily backups stay, by hand: 2025-03-09 is a Sunday, so ISO weeks run Monday 03-03 to Sunday 03-09. */
class BackupRotationTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** Every day from {@code first} to {@code last}, inclusive. */
    private static List<LocalDate> days(String first, String last) {
        List<LocalDate> all = new ArrayList<>();
        for (LocalDate x = d(first); !x.isAfter(d(last)); x = x.plusDays(1)) all.add(x);
        return all;
    }

    private static List<LocalDate> dates(String... dates) {
        return Stream.of(dates).map(LocalDate::parse).toList();
    }

    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("nothing yet", List.of(), List.of()),
                Arguments.of("fewer than 7: all stay", dates("2025-03-01", "2025-03-02"), dates("2025-03-01", "2025-03-02")),
                Arguments.of("exactly 7 days: all stay", days("2025-03-03", "2025-03-09"), days("2025-03-03", "2025-03-09")),
                // 8 days from Sunday 03-02 to Sunday 03-09: the 7 newest, and 03-02 as the newest of its week
                Arguments.of("the 8th day back is its week's newest", days("2025-03-02", "2025-03-09"), days("2025-03-02", "2025-03-09")),
                // 40 daily backups to Sunday 03-09: the 7 newest days (03-03..03-09), and the newest of the weeks before:
                // Sunday 03-02, Sunday 02-23, Sunday 02-16 (the 4th week is the current one, already kept).
                Arguments.of("daily use for 40 days", days("2025-01-29", "2025-03-09"),
                        concat(dates("2025-02-16", "2025-02-23", "2025-03-02"), days("2025-03-03", "2025-03-09"))),
                // used on Mondays only: each backup is its own day and its own week's newest: 7 newest stay
                Arguments.of("weekly use keeps 7", dates("2025-01-06", "2025-01-13", "2025-01-20", "2025-01-27", "2025-02-03",
                                "2025-02-10", "2025-02-17", "2025-02-24", "2025-03-03"),
                        dates("2025-01-20", "2025-01-27", "2025-02-03", "2025-02-10", "2025-02-17", "2025-02-24", "2025-03-03")),
                // a gap: the last 7 days with a backup, not the last 7 calendar days; 01-01..01-05 is one ISO week
                // (2024-12-30 to 2025-01-05), whose newest, 01-05, is kept already: there is no 4th week
                Arguments.of("after a holiday", concat(days("2025-01-01", "2025-01-10"), dates("2025-03-01")),
                        concat(days("2025-01-05", "2025-01-10"), dates("2025-03-01"))),
                // the ISO week of 2024-12-30 belongs to 2025: one week across the new year
                Arguments.of("a week across the new year", dates("2024-12-23", "2024-12-29", "2024-12-30", "2025-01-05",
                                "2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09", "2025-01-10", "2025-01-11"),
                        dates("2024-12-29", "2025-01-05", "2025-01-06", "2025-01-07", "2025-01-08", "2025-01-09",
                                "2025-01-10", "2025-01-11")));
    }

    private static List<LocalDate> concat(List<LocalDate> a, List<LocalDate> b) {
        List<LocalDate> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void keepsTheNewestOfTheLast7DaysAnd4Weeks(String why, List<LocalDate> present, List<LocalDate> kept) {
        assertThat(BackupRotation.STANDARD.keep(present)).containsExactlyInAnyOrderElementsOf(kept);
        assertThat(BackupRotation.STANDARD.remove(present)).noneMatch(kept::contains)
                .hasSize(present.size() - kept.size());
    }
}
