package org.carejournal.care.meds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the schedule form accepts, what it refuses and with which message, and what it builds. */
class ScheduleCheckTest {

    static ScheduleForm form(ScheduleKind kind, String start, String end, String times, String interval,
                             ChronoUnit unit, String doses, String dose, String instruction) {
        List<String> t = times == null ? List.of() : Arrays.asList(times.split(" "));
        return new ScheduleForm(kind, start, end, t, interval, unit, doses, dose, instruction);
    }

    @ParameterizedTest(name = "{0} every {4} {5} x{6} at {3} -> {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DAILY     | 2026-01-05 | -          | 08:00                   | -  | -      | -  | 1000 mg      | empty stomach | FREQ=DAILY
            DAILY     | 2026-01-05 | 2026-06-30 | 20:00 8:00              | -  | -      | -  | 1 tablet     | -             | FREQ=DAILY
            DAILY     | 2026-01-05 | 2026-01-05 | 08:00 12.00 16:00 20:00 | -  | -      | -  | half a tablet| -             | FREQ=DAILY
            EVERY     | 2026-01-31 | -          | 09:00                   | 3  | MONTHS | -  | 22.5 mg      | -             | FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=31,-1;BYSETPOS=1
            EVERY     | 2026-01-15 | -          | 09:00                   | 6  | MONTHS | -  | 45 mg        | -             | FREQ=MONTHLY;INTERVAL=6
            EVERY     | 2026-01-15 | 2027-01-15 | 10:30                   | 4  | WEEKS  | -  | 120 mg       | -             | FREQ=WEEKLY;INTERVAL=4
            EVERY     | 2026-01-15 | -          | 09:00                   | 28 | DAYS   | -  | 80 mg        | -             | FREQ=DAILY;INTERVAL=28
            CYCLE     | 2026-02-02 | -          | 09:00                   | 3  | WEEKS  | 10 | 75 mg/m2     | -             | FREQ=DAILY;INTERVAL=21;COUNT=10
            CYCLE     | 2026-02-02 | garbage    | 09:00                   | 28 | DAYS   | 6  | -            | -             | FREQ=DAILY;INTERVAL=28;COUNT=6
            ONCE      | 2026-03-02 | 2026-03-20 | -                       | -  | -      | -  | -5 mg        | radiation     | -
            AS_NEEDED | 2026-01-05 | garbage    | -                       | -  | -      | -  | 0.5 mg       | up to 4 a day | -
            AS_NEEDED | 2026-01-05 | -          | -                       | -  | -      | -  | +1 tablet    | at night      | -
            """)
    void buildsTheRuleWhenAllIsWell(ScheduleKind kind, String start, String end, String times, String interval,
                                    ChronoUnit unit, String doses, String dose, String instruction, String rule) {
        ScheduleCheck.Outcome o = ScheduleCheck.check(form(kind, start, end, times, interval, unit, doses, dose, instruction));
        assertThat(o.problems()).isEmpty();
        Schedule s = o.schedule().orElseThrow();
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.rrule()).isEqualTo(rule);
        assertThat(s.start()).isEqualTo(LocalDate.parse(start));
        assertThat(s.instruction()).isEqualTo(instruction == null ? "" : instruction);
    }

    @Test
    void keepsTimesEndAndDose() {
        Schedule daily = ScheduleCheck.check(form(ScheduleKind.DAILY, "2026-01-05", "2026-06-30", "20:00 8:00",
                null, null, null, " 1 tablet ", null)).schedule().orElseThrow();
        assertThat(daily.times()).containsExactly(LocalTime.of(8, 0), LocalTime.of(20, 0));
        assertThat(daily.end()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(daily.dose()).isEqualTo("1 tablet");

        Schedule once = ScheduleCheck.check(form(ScheduleKind.ONCE, "2026-03-02", null, "08:00", null, null, null,
                "5 mg", "orchiectomy")).schedule().orElseThrow();
        assertThat(once.end()).as("a one-day event ends the day it starts").isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(once.times()).as("an event has no dose times").isEmpty();
        assertThat(once.dose()).isEmpty();

        Schedule course = ScheduleCheck.check(form(ScheduleKind.CYCLE, "2026-02-02", "2026-03-01", "09:00", "3",
                ChronoUnit.WEEKS, "6", null, null)).schedule().orElseThrow();
        assertThat(course.end()).as("a course ends after its doses, not on a typed date").isNull();
    }

    @ParameterizedTest(name = "{0} start={1} end={2} times={3} every {4} {5} x{6} dose={7} -> {9}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DAILY     | 2026-01-05 | -          | 08:00             | -    | -      | -  | 0 mg       | -        | DOSE     | A dose must be more than 0.
            DAILY     | 2026-01-05 | -          | 08:00             | -    | -      | -  | -5 mg      | -        | DOSE     | A dose must be more than 0.
            DAILY     | 2026-01-05 | -          | 08:00             | -    | -      | -  | \u22125 mg | -        | DOSE     | A dose must be more than 0.
            DAILY     | 2026-01-05 | -          | 08:00             | -    | -      | -  | 0,0 ml     | -        | DOSE     | A dose must be more than 0.
            AS_NEEDED | 2026-01-05 | -          | -                 | -    | -      | -  | 0          | 4 a day  | DOSE     | A dose must be more than 0.
            EVERY     | 2026-01-05 | -          | 09:00             | 0    | MONTHS | -  | -          | -        | INTERVAL | The interval must be at least 1.
            EVERY     | 2026-01-05 | -          | 09:00             | -2   | WEEKS  | -  | -          | -        | INTERVAL | The interval must be at least 1.
            EVERY     | 2026-01-05 | -          | 09:00             | 1.5  | MONTHS | -  | -          | -        | INTERVAL | "1.5" is not a whole number.
            EVERY     | 2026-01-05 | -          | 09:00             | two  | MONTHS | -  | -          | -        | INTERVAL | "two" is not a whole number.
            EVERY     | 2026-01-05 | -          | 09:00             | -    | MONTHS | -  | -          | -        | INTERVAL | Enter how often
            EVERY     | 2026-01-05 | -          | 09:00             | 1000 | DAYS   | -  | -          | -        | INTERVAL | 1000 is more than 999.
            EVERY     | 2026-01-05 | -          | 09:00             | 3    | -      | -  | -          | -        | INTERVAL | Choose days, weeks or months.
            EVERY     | 2026-01-05 | -          | 09:00             | 3    | YEARS  | -  | -          | -        | INTERVAL | Choose days, weeks or months.
            CYCLE     | 2026-01-05 | -          | 09:00             | 0    | DAYS   | 6  | -          | -        | INTERVAL | The interval must be at least 1.
            CYCLE     | 2026-01-05 | -          | 09:00             | 1    | MONTHS | 6  | -          | -        | INTERVAL | Count a course in days or weeks.
            CYCLE     | 2026-01-05 | -          | 09:00             | 21   | DAYS   | 0  | -          | -        | DOSES    | The number of doses must be at least 1.
            CYCLE     | 2026-01-05 | -          | 09:00             | 21   | DAYS   | -  | -          | -        | DOSES    | Enter how many doses
            CYCLE     | 2026-01-05 | -          | 09:00             | 21   | DAYS   | 101| -          | -        | DOSES    | 101 is more than 100.
            DAILY     | 2026-01-05 | 2026-01-04 | 08:00             | -    | -      | -  | -          | -        | END      | The end date is before the start date.
            EVERY     | 2026-03-01 | 2026-02-28 | 09:00             | 3    | MONTHS | -  | -          | -        | END      | The end date is before the start date.
            ONCE      | 2026-03-02 | 2026-03-01 | -                 | -    | -      | -  | -          | -        | END      | The end date is before the start date.
            DAILY     | 2026-01-05 | 2026-13-01 | 08:00             | -    | -      | -  | -          | -        | END      | "2026-13-01" is not a date. Type the end date
            DAILY     | 2026-01-05 | -          | 24:00             | -    | -      | -  | -          | -        | TIMES    | "24:00" is not a time of day. Use 00:00 to 23:59
            DAILY     | 2026-01-05 | -          | 08:00 7:61        | -    | -      | -  | -          | -        | TIMES    | "7:61" is not a time of day.
            DAILY     | 2026-01-05 | -          | seven             | -    | -      | -  | -          | -        | TIMES    | "seven" is not a time of day.
            DAILY     | 2026-01-05 | -          | 12:5              | -    | -      | -  | -          | -        | TIMES    | "12:5" is not a time of day.
            DAILY     | 2026-01-05 | -          | -                 | -    | -      | -  | -          | -        | TIMES    | Enter at least one time of day
            DAILY     | 2026-01-05 | -          | 6:00 10:00 14:00 18:00 22:00 | - | - | - | -     | -        | TIMES    | at most 4 times a day.
            DAILY     | 2026-01-05 | -          | 08:00 8:00        | -    | -      | -  | -          | -        | TIMES    | 8:00 is there twice.
            EVERY     | 2026-01-05 | -          | -                 | 3    | MONTHS | -  | -          | -        | TIMES    | Enter the time of the dose
            CYCLE     | 2026-01-05 | -          | 09:00 10:00       | 21   | DAYS   | 6  | -          | -        | TIMES    | This rhythm has one time of day.
            DAILY     | -          | -          | 08:00             | -    | -      | -  | -          | -        | START    | Enter the start date
            DAILY     | 2026-02-30 | -          | 08:00             | -    | -      | -  | -          | -        | START    | "2026-02-30" is not a date. Type the start date as year-month-day
            DAILY     | 14/03/2026 | -          | 08:00             | -    | -      | -  | -          | -        | START    | "14/03/2026" is not a date.
            DAILY     | 0206-01-05 | -          | 08:00             | -    | -      | -  | -          | -        | START    | Check the year of the start date: 206.
            AS_NEEDED | 2026-01-05 | -          | -                 | -    | -      | -  | 1 tablet   | -        | INSTRUCTION | Write what the label allows
            -         | 2026-01-05 | -          | 08:00             | -    | -      | -  | -          | -        | KIND     | Choose how often it is taken.
            """)
    void refusesBadInputWithItsMessageAndBuildsNothing(ScheduleKind kind, String start, String end, String times,
                                                        String interval, ChronoUnit unit, String doses, String dose,
                                                        String instruction, ScheduleField field, String message) {
        ScheduleCheck.Outcome o = ScheduleCheck.check(form(kind, start, end, times, interval, unit, doses, dose, instruction));
        assertThat(o.ok()).isFalse();
        assertThat(o.schedule()).isEmpty();
        assertThat(o.problems()).containsOnlyKeys(field);
        assertThat(o.problems().get(field)).contains(message);
    }

    @Test
    void reportsEveryWrongFieldAtOnce() {
        ScheduleCheck.Outcome o = ScheduleCheck.check(form(ScheduleKind.EVERY, "2026-03-01", "2026-01-01", "25:00",
                "0", ChronoUnit.MONTHS, null, "0 mg", null));
        assertThat(o.problems()).containsOnlyKeys(ScheduleField.END, ScheduleField.TIMES, ScheduleField.INTERVAL,
                ScheduleField.DOSE);
        assertThat(o.summary()).startsWith("The end date is before the start date.");
        assertThat(o.schedule()).isEmpty();
    }

    @Test
    void aChangeCannotApplyBeforeTheVersionItChangesBegan() {
        Schedule current = Rhythms.every(7, LocalDate.of(2026, 1, 15), null, 3, ChronoUnit.MONTHS, LocalTime.of(9, 0), "22.5 mg");
        ScheduleForm form = ScheduleForm.of(current);
        assertThat(ScheduleCheck.checkChange(form.withStart(LocalDate.of(2026, 1, 14)), current).problems())
                .containsEntry(ScheduleField.START, "A change cannot apply before this plan began, on 2026-01-15.");
        assertThat(ScheduleCheck.checkChange(form.withStart(LocalDate.of(2026, 1, 15)), current).ok()).isTrue();
        assertThat(ScheduleCheck.checkChange(form.withStart(LocalDate.of(2026, 4, 15)), current).schedule().orElseThrow()
                .start()).isEqualTo(LocalDate.of(2026, 4, 15));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DAILY     | 2026-01-05 | 2026-06-30 | 08:00 20:00 | -  | DAYS   | -  | 1 tablet | with food
            EVERY     | 2026-01-31 | -          | 09:00       | 3  | MONTHS | -  | 22.5 mg  | -
            EVERY     | 2026-01-15 | -          | 10:30       | 4  | WEEKS  | -  | 120 mg   | -
            CYCLE     | 2026-02-02 | -          | 09:00       | 21 | DAYS   | 10 | 75 mg/m2 | -
            CYCLE     | 2026-02-02 | -          | 09:00       | 10 | DAYS   | 6  | -        | -
            ONCE      | 2026-03-02 | 2026-03-20 | -           | -  | DAYS   | -  | -        | radiation
            AS_NEEDED | 2026-01-05 | -          | -           | -  | DAYS   | -  | 1 g      | up to 4 times a day
            """)
    void aSavedVersionFillsTheFormItWasBuiltFrom(ScheduleKind kind, String start, String end, String times,
                                                  String interval, ChronoUnit unit, String doses, String dose,
                                                  String instruction) {
        ScheduleForm typed = form(kind, start, end, times, interval, unit, doses, dose, instruction);
        Schedule saved = ScheduleCheck.check(typed).schedule().orElseThrow();
        assertThat(ScheduleForm.of(saved)).isEqualTo(typed);
    }

    @Test
    void anOfferFillsTheForm() {
        LocalDate start = LocalDate.of(2026, 5, 4);
        ScheduleForm depot = ScheduleForm.of(new ScheduleOffer(ScheduleKind.EVERY, 3, ChronoUnit.MONTHS, 0, "22.5 mg",
                "Every 3 months"), start);
        assertThat(depot).isEqualTo(new ScheduleForm(ScheduleKind.EVERY, "2026-05-04", "", List.of("09:00"), "3",
                ChronoUnit.MONTHS, "", "22.5 mg", ""));
        ScheduleForm radium = ScheduleForm.of(new ScheduleOffer(ScheduleKind.CYCLE, 28, ChronoUnit.DAYS, 6, "",
                "Every 4 weeks, 6 doses"), start);
        assertThat(radium.interval()).isEqualTo("28");
        assertThat(radium.unit()).isEqualTo(ChronoUnit.DAYS);
        assertThat(radium.doses()).isEqualTo("6");
        assertThat(ScheduleCheck.check(radium).schedule().orElseThrow().rrule()).isEqualTo("FREQ=DAILY;INTERVAL=28;COUNT=6");
        ScheduleForm twiceDaily = ScheduleForm.of(new ScheduleOffer(ScheduleKind.DAILY, 2, null, 0, "", "Twice a day"), start);
        assertThat(twiceDaily.times()).containsExactly("08:00", "20:00");
    }

    @ParameterizedTest(name = "{0} from {1} -> change from {7}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DAILY     | 2026-01-05 | -          | 08:00 | -  | -      | -  | 2026-11-24 | -          | -
            DAILY     | 2026-01-05 | 2026-06-30 | 08:00 | -  | -      | -  | 2026-11-24 | -          | -
            DAILY     | 2026-01-05 | 2027-06-30 | 08:00 | -  | -      | -  | 2026-11-24 | 2027-06-30 | -
            DAILY     | 2026-12-01 | -          | 08:00 | -  | -      | -  | 2026-12-01 | -          | -
            AS_NEEDED | 2026-01-05 | -          | -     | -  | -      | -  | 2026-11-24 | -          | -
            EVERY     | 2026-01-15 | -          | 09:00 | 3  | MONTHS | -  | 2027-01-15 | -          | -
            EVERY     | 2026-08-24 | -          | 09:00 | 3  | MONTHS | -  | 2026-11-24 | -          | -
            EVERY     | 2026-11-03 | -          | 09:00 | 4  | WEEKS  | -  | 2026-12-01 | -          | -
            CYCLE     | 2026-10-01 | -          | 09:00 | 21 | DAYS   | 6  | 2026-12-03 | -          | 3
            CYCLE     | 2026-01-05 | -          | 09:00 | 3  | WEEKS  | 6  | 2026-11-24 | -          | 6
            ONCE      | 2026-03-02 | 2026-03-20 | -     | -  | -      | -  | 2026-03-02 | 2026-03-20 | -
            """)
    void aChangeStartsFromTheNextDoseOfARhythmAndFromTodayOtherwise(ScheduleKind kind, String start, String end,
                                                                     String times, String interval, ChronoUnit unit,
                                                                     String doses, String from, String newEnd,
                                                                     String dosesLeft) {
        Schedule current = ScheduleCheck.check(form(kind, start, end, times, interval, unit, doses, null,
                kind == ScheduleKind.AS_NEEDED ? "up to 4 times a day" : null)).schedule().orElseThrow();
        ScheduleForm change = ScheduleForm.forChange(current, LocalDate.of(2026, 11, 24));
        assertThat(change.start()).isEqualTo(from);
        assertThat(change.end()).isEqualTo(newEnd == null ? "" : newEnd);
        assertThat(change.doses()).isEqualTo(dosesLeft == null ? ScheduleForm.of(current).doses() : dosesLeft);
        assertThat(ScheduleCheck.checkChange(change, current).ok()).as("the proposed change can be saved as it is").isTrue();
    }
}
