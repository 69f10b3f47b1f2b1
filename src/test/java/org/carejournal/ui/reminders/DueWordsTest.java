package org.carejournal.ui.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.carejournal.domain.meds.Reminder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DueWordsTest {
    /** Tuesday 24 November 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Stream<Arguments> dueDays() {
        return Stream.of(
                Arguments.of(TODAY.minusDays(3), "3 days overdue"),
                Arguments.of(TODAY.minusDays(1), "1 day overdue"),
                Arguments.of(TODAY, "due today"),
                Arguments.of(TODAY.plusDays(1), "due tomorrow"),
                Arguments.of(LocalDate.of(2026, 11, 27), "due Friday 27 Nov"),
                Arguments.of(LocalDate.of(2027, 1, 5), "due Tuesday 5 Jan 2027"),
                // Across two month ends: 30 days of September, 31 of October, 23 of November.
                Arguments.of(LocalDate.of(2026, 9, 1), "84 days overdue"));
    }

    @ParameterizedTest
    @MethodSource("dueDays")
    void dueIsSaidInWords(LocalDate due, String words) {
        assertThat(DueWords.due(due, TODAY)).isEqualTo(words);
    }

    static Stream<Arguments> reminders() {
        Reminder open = Reminder.custom("Collect the prescription", "", LocalDate.of(2026, 11, 20));
        return Stream.of(
                Arguments.of(open, "4 days overdue"),
                Arguments.of(open.snoozed(LocalDate.of(2026, 11, 27)), "due Friday 27 Nov (snoozed; first due Friday 20 Nov)"),
                // Snoozed to a day before it is due changes nothing.
                Arguments.of(open.snoozed(LocalDate.of(2026, 11, 18)), "4 days overdue"),
                Arguments.of(open.done(LocalDate.of(2026, 11, 23)), "done on Monday 23 Nov"),
                Arguments.of(open.dismissed("My care team said no"), "dismissed: My care team said no"));
    }

    @ParameterizedTest
    @MethodSource("reminders")
    void theWhenLineFollowsTheState(Reminder r, String words) {
        assertThat(DueWords.when(r, TODAY)).isEqualTo(words);
    }
}
