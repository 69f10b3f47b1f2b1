package org.carejournal.ui.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What is announced, and when, with hand-made journal states and fixed times. */
class DueAnnouncerTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Medication ABIRATERONE = new Medication(1, "abiraterone", "Abiraterone",
            DrugClass.ANDROGEN_SYNTHESIS_INHIBITOR, Route.BY_MOUTH, "", false);
    static final Medication PREDNISONE = new Medication(2, "prednisone", "Prednisone",
            DrugClass.CORTICOSTEROID, Route.BY_MOUTH, "", false);

    static DoseItem dose(Medication m, String dose, int hour, DoseEvent event) {
        Schedule s = new Schedule(10 + m.id(), m.id(), ScheduleKind.DAILY, "FREQ=DAILY", TODAY.minusMonths(1), null,
                List.of(LocalTime.of(hour, 0)), dose, "");
        return new DoseItem(m, s, TODAY.atTime(hour, 0), event);
    }

    static DoseItem eightOClock() {
        return dose(ABIRATERONE, "1000 mg", 8, null);
    }

    static DueState doses(DoseItem... items) {
        return new DueState(List.of(items), 0, 0, List.of());
    }

    static LocalDateTime at(int hour, int minute) {
        return TODAY.atTime(hour, minute);
    }

    @Test
    void aDoseAtEightIsAnnouncedOnceFromEightNotBeforeNotTwice() {
        DueAnnouncer a = new DueAnnouncer();
        DueState state = doses(eightOClock());
        assertThat(a.check(at(7, 58), state)).isEmpty();
        assertThat(a.check(at(7, 59), state)).isEmpty();
        List<Announcement> atEight = a.check(at(8, 0), state);
        assertThat(atEight).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(Announcement.Kind.DOSE);
            assertThat(n.title()).isEqualTo("Time for Abiraterone");
            assertThat(n.text()).startsWith("Abiraterone 1000 mg, due 08:00");
        });
        for (int minute = 1; minute < 15; minute++) assertThat(a.check(at(8, minute), state)).as("08:%02d", minute).isEmpty();
    }

    static Stream<Arguments> firstLook() {
        // The first check of a run at this time: is the 08:00 dose announced?
        return Stream.of(Arguments.of(7, 59, false), Arguments.of(8, 0, true), Arguments.of(8, 5, true),
                Arguments.of(8, 9, true), Arguments.of(8, 10, false), Arguments.of(11, 0, false));
    }

    @ParameterizedTest
    @MethodSource("firstLook")
    void aDoseIsDueNowForTenMinutes(int hour, int minute, boolean announced) {
        assertThat(new DueAnnouncer().check(at(hour, minute), doses(eightOClock()))).hasSize(announced ? 1 : 0);
    }

    @Test
    void aRecordedDoseIsNotAnnounced() {
        DoseItem taken = dose(ABIRATERONE, "1000 mg", 8, DoseEvent.taken(1, at(8, 0), at(7, 50)));
        DoseItem skipped = dose(PREDNISONE, "5 mg", 8, DoseEvent.skipped(2, at(8, 0), "Felt sick"));
        assertThat(new DueAnnouncer().check(at(8, 1), doses(taken, skipped))).isEmpty();
    }

    @Test
    void dosesAtTheSameTimeShareOneAnnouncement() {
        DueAnnouncer a = new DueAnnouncer();
        List<Announcement> out = a.check(at(8, 0), doses(eightOClock(), dose(PREDNISONE, "5 mg", 8, null),
                dose(PREDNISONE, "5 mg", 20, null)));
        assertThat(out).singleElement().satisfies(n -> {
            assertThat(n.title()).isEqualTo("Time for your 08:00 medicines");
            assertThat(n.text()).isEqualTo("Abiraterone 1000 mg, due 08:00\nPrednisone 5 mg, due 08:00\n"
                    + "Mark them in the journal once taken.");
        });
        assertThat(a.check(at(20, 0), doses(eightOClock(), dose(PREDNISONE, "5 mg", 20, null))))
                .singleElement().satisfies(n -> assertThat(n.title()).isEqualTo("Time for Prednisone"));
    }

    static Reminder reminder(long id, LocalDate due) {
        return Reminder.generated("psa-due:" + id, ReminderKind.PSA_DUE, "PSA test " + id, "Your PSA test is due.",
                "American Cancer Society", "psa", due, null).withId(id);
    }

    @Test
    void aReminderIsAnnouncedOnTheDayItIsDueOnce() {
        DueAnnouncer a = new DueAnnouncer();
        Reminder today = reminder(1, TODAY);
        Reminder tomorrow = reminder(2, TODAY.plusDays(1));
        Reminder snoozedToToday = reminder(3, TODAY.minusDays(5)).snoozed(TODAY);
        Reminder overdue = reminder(4, TODAY.minusDays(2));
        DueState state = new DueState(List.of(), 0, 1, List.of(overdue, today, tomorrow, snoozedToToday));
        assertThat(a.check(at(9, 0), state)).extracting(Announcement::title)
                .containsExactly("Due today: PSA test 1", "Due today: PSA test 3");
        assertThat(a.check(at(9, 1), state)).isEmpty();
        assertThat(a.check(at(17, 0), state)).isEmpty();
        // Tomorrow, the one due then is announced; today's is not again.
        DueState next = new DueState(List.of(), 0, 2, List.of(today, tomorrow));
        assertThat(a.check(TODAY.plusDays(1).atTime(0, 1), next)).extracting(Announcement::title)
                .containsExactly("Due today: PSA test 2");
    }

    static Stream<Arguments> summaries() {
        DoseItem pending = eightOClock();
        DoseItem pendingTonight = dose(PREDNISONE, "5 mg", 20, null);
        return Stream.of(
                // overdue reminders, missed on earlier days, today's doses, time → summary text ("" = none)
                Arguments.of(0, 0, List.of(), 9, 0, ""),
                Arguments.of(2, 1, List.of(), 9, 0, "2 overdue reminders, 1 missed dose"),
                Arguments.of(1, 0, List.of(), 9, 0, "1 overdue reminder"),
                Arguments.of(0, 3, List.of(), 9, 0, "3 missed doses"),
                // Today's 08:00 dose: at 08:05 it is announced on its own, not counted; at 09:00 it is missed.
                Arguments.of(0, 0, List.of(pending), 8, 5, ""),
                Arguments.of(0, 1, List.of(pending, pendingTonight), 9, 0, "2 missed doses"));
    }

    @ParameterizedTest
    @MethodSource("summaries")
    void theStartSummaryCounts(int overdue, int missedEarlier, List<DoseItem> today, int hour, int minute, String text) {
        DueState state = new DueState(today, missedEarlier, overdue, List.of());
        DueAnnouncer a = new DueAnnouncer();
        if (text.isEmpty()) {
            assertThat(a.summary(at(hour, minute), state)).isEmpty();
        } else {
            assertThat(a.summary(at(hour, minute), state)).get().satisfies(n -> {
                assertThat(n.kind()).isEqualTo(Announcement.Kind.SUMMARY);
                assertThat(n.text()).isEqualTo(text);
            });
            assertThat(a.summary(at(hour, minute + 1), state)).as("once per run").isEmpty();
        }
    }
}
