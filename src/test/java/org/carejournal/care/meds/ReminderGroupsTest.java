package org.carejournal.care.meds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.care.meds.ReminderPlans.TODAY;
import static org.carejournal.care.meds.ReminderPlans.d;

import java.util.List;
import org.carejournal.domain.meds.Reminder;
import org.junit.jupiter.api.Test;

/** Sorting reminders into overdue, due soon (today to 7 days ahead), later and done. Today is 10 March 2026. */
class ReminderGroupsTest {
    private static long nextId = 1;

    private static Reminder open(String title, String due) {
        return Reminder.custom(title, "", d(due)).withId(nextId++);
    }

    @Test
    void placesEachReminderByTheDayItIsShownFrom() {
        Reminder yesterday = open("yesterday", "2026-03-09");
        Reminder longAgo = open("long ago", "2026-01-01");
        Reminder today = open("today", "2026-03-10");
        Reminder inSeven = open("in 7 days", "2026-03-17");
        Reminder inEight = open("in 8 days", "2026-03-18");
        Reminder snoozedPastSoon = open("snoozed to 20 March", "2026-03-01").snoozed(d("2026-03-20"));
        Reminder snoozedToTomorrow = open("snoozed to tomorrow", "2026-03-02").snoozed(d("2026-03-11"));
        Reminder snoozeOver = open("snooze over", "2026-03-05").snoozed(d("2026-03-08"));
        Reminder doneLastWeek = open("done 3 March", "2026-03-01").done(d("2026-03-03"));
        Reminder doneToday = open("done today", "2026-02-01").done(TODAY);
        Reminder dismissed = open("dismissed, due 5 March", "2026-03-05").dismissed("Not for me");

        ReminderGroups g = ReminderGroups.of(List.of(yesterday, longAgo, today, inSeven, inEight, snoozedPastSoon,
                snoozedToTomorrow, snoozeOver, doneLastWeek, doneToday, dismissed), TODAY);

        assertThat(g.overdue()).extracting(Reminder::title).containsExactly("long ago", "snooze over", "yesterday");
        assertThat(g.dueSoon()).extracting(Reminder::title)
                .containsExactly("today", "snoozed to tomorrow", "in 7 days");
        assertThat(g.later()).extracting(Reminder::title).containsExactly("in 8 days", "snoozed to 20 March");
        assertThat(g.done()).extracting(Reminder::title)
                .containsExactly("done today", "dismissed, due 5 March", "done 3 March");
        assertThat(g.openCount()).isEqualTo(8);
    }

    @Test
    void nothingGivesFourEmptyGroups() {
        ReminderGroups g = ReminderGroups.of(List.of(), TODAY);

        assertThat(g.overdue()).isEmpty();
        assertThat(g.dueSoon()).isEmpty();
        assertThat(g.later()).isEmpty();
        assertThat(g.done()).isEmpty();
    }
}
