package org.carejournal.care.meds;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.care.meds.ReminderPlans.TODAY;
import static org.carejournal.care.meds.ReminderPlans.d;
import static org.carejournal.care.meds.ReminderPlans.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.carejournal.care.meds.ReminderPlans.Plan;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fires from its trigger, with the due date worked out by hand, once. Today is 10 March 2026;
 * per-dose reminders reach 5 May 2026. The PSA reminder, always present, has its own test.
 */
class ReminderRulesTest {
    private final ReminderRules rules = new ReminderRules(ReminderPlans.CATALOG);

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void makesExactlyTheExpectedReminders(String name, Plan plan, List<String> expected) {
        List<Reminder> made = rules.reminders(plan.facts(), TODAY);

        assertThat(made.stream().filter(r -> r.kind() != ReminderKind.PSA_DUE).map(r -> r.key() + " @ " + r.due()))
                .containsExactlyElementsOf(expected);
        assertThat(made).extracting(Reminder::key).doesNotHaveDuplicates();
    }

    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of("zoledronic acid planned 4 weeks ahead",
                        plan().catalog(1, "zoledronic-acid").every(1, "2026-04-07", null, 4, WEEKS), List.of(
                                "dental-before-bone-drug:1 @ 2026-03-24",
                                "kidney-before-zoledronic:1:2026-04-07 @ 2026-04-04",
                                "calcium-vitamin-d:1 @ 2026-04-07",
                                "kidney-before-zoledronic:1:2026-05-05 @ 2026-05-02",
                                "dental-recall:1:2026-10-07 @ 2026-10-07")),
                Arguments.of("zoledronic acid in 5 days: the dental check is late, due today",
                        plan().catalog(1, "zoledronic-acid").every(1, "2026-03-15", null, 4, WEEKS), List.of(
                                "dental-before-bone-drug:1 @ 2026-03-10",
                                "kidney-before-zoledronic:1:2026-03-15 @ 2026-03-12",
                                "calcium-vitamin-d:1 @ 2026-03-15",
                                "kidney-before-zoledronic:1:2026-04-12 @ 2026-04-09",
                                "dental-recall:1:2026-09-15 @ 2026-09-15")),
                Arguments.of("zoledronic acid since June: no dental check before, calcium from today, last and next recall",
                        plan().catalog(1, "zoledronic-acid").every(1, "2025-06-01", null, 4, WEEKS), List.of(
                                "dental-recall:1:2025-12-01 @ 2025-12-01",
                                "calcium-vitamin-d:1 @ 2026-03-10",
                                "kidney-before-zoledronic:1:2026-04-05 @ 2026-04-02",
                                "kidney-before-zoledronic:1:2026-05-03 @ 2026-04-30",
                                "dental-recall:1:2026-06-01 @ 2026-06-01")),
                Arguments.of("zoledronic acid changed to every 12 weeks from 1 April: one reminder per key",
                        plan().catalog(1, "zoledronic-acid").every(1, "2025-06-01", "2026-03-31", 4, WEEKS)
                                .every(1, "2026-04-01", null, 12, WEEKS), List.of(
                                "dental-recall:1:2025-12-01 @ 2025-12-01",
                                "calcium-vitamin-d:1 @ 2026-03-10",
                                "kidney-before-zoledronic:1:2026-04-01 @ 2026-03-29",
                                "dental-recall:1:2026-06-01 @ 2026-06-01")),
                Arguments.of("denosumab typed by hand: next injection and the bone-drug rules, no kidney test",
                        plan().typed(2, "Denosumab", DrugClass.RANKL_INHIBITOR, Route.INJECTION)
                                .every(2, "2026-04-07", null, 4, WEEKS), List.of(
                                "dental-before-bone-drug:2 @ 2026-03-24",
                                "next-injection:2:2026-04-07 @ 2026-04-04",
                                "calcium-vitamin-d:2 @ 2026-04-07",
                                "dental-recall:2:2026-10-07 @ 2026-10-07")),
                Arguments.of("leuprolide every 3 months since December",
                        plan().catalog(3, "leuprolide").every(3, "2025-12-15", null, 3, MONTHS), List.of(
                                "bone-density-on-adt @ 2026-03-10",
                                "next-injection:3:2026-03-15 @ 2026-03-12")),
                Arguments.of("two ADTs: one bone density reminder, for the earlier start",
                        plan().typed(13, "Degarelix", DrugClass.LHRH_ANTAGONIST, Route.INJECTION)
                                .every(13, "2026-01-05", null, 28, DAYS)
                                .catalog(3, "leuprolide").every(3, "2026-05-01", null, 3, MONTHS), List.of(
                                "bone-density-on-adt @ 2026-03-10",
                                "next-injection:13:2026-03-30 @ 2026-03-27",
                                "next-injection:3:2026-05-01 @ 2026-04-28")),
                Arguments.of("orchiectomy planned on 1 April: bone density due that day",
                        plan().typed(12, "Orchiectomy", DrugClass.SURGICAL_ADT, Route.PROCEDURE).once(12, "2026-04-01"),
                        List.of("bone-density-on-adt @ 2026-04-01")),
                Arguments.of("ADT stopped last year: nothing",
                        plan().catalog(3, "leuprolide").every(3, "2024-01-10", "2025-01-09", 3, MONTHS), List.of()),
                Arguments.of("abiraterone since 1 February: every 2 weeks, the last one and those ahead",
                        plan().catalog(4, "abiraterone").daily(4, "2026-02-01", null), List.of(
                                "liver-on-abiraterone:4:2026-03-01 @ 2026-03-01",
                                "liver-on-abiraterone:4:2026-03-15 @ 2026-03-15",
                                "liver-on-abiraterone:4:2026-03-29 @ 2026-03-29",
                                "liver-on-abiraterone:4:2026-04-12 @ 2026-04-12",
                                "liver-on-abiraterone:4:2026-04-26 @ 2026-04-26")),
                Arguments.of("abiraterone since June: monthly from week 12 (26 August)",
                        plan().catalog(4, "abiraterone").daily(4, "2025-06-03", null), List.of(
                                "liver-on-abiraterone:4:2026-02-26 @ 2026-02-26",
                                "liver-on-abiraterone:4:2026-03-26 @ 2026-03-26",
                                "liver-on-abiraterone:4:2026-04-26 @ 2026-04-26")),
                Arguments.of("abiraterone stopping on 20 March: no tests after",
                        plan().catalog(4, "abiraterone").daily(4, "2025-06-03", "2026-03-20"), List.of(
                                "liver-on-abiraterone:4:2026-02-26 @ 2026-02-26")),
                Arguments.of("docetaxel every 21 days x 6 from 3 February",
                        plan().catalog(5, "docetaxel").cycle(5, "2026-02-03", 21, 6), List.of(
                                "blood-count-before-dose:5:2026-03-17 @ 2026-03-14",
                                "next-injection:5:2026-03-17 @ 2026-03-14",
                                "blood-count-before-dose:5:2026-04-07 @ 2026-04-04",
                                "blood-count-before-dose:5:2026-04-28 @ 2026-04-25")),
                Arguments.of("docetaxel tomorrow: its blood count is already overdue",
                        plan().catalog(5, "docetaxel").cycle(5, "2026-03-11", 21, 2), List.of(
                                "blood-count-before-dose:5:2026-03-11 @ 2026-03-08",
                                "next-injection:5:2026-03-11 @ 2026-03-08",
                                "blood-count-before-dose:5:2026-04-01 @ 2026-03-29")),
                Arguments.of("a finished course: nothing",
                        plan().catalog(5, "docetaxel").cycle(5, "2025-10-01", 21, 4), List.of()),
                Arguments.of("olaparib daily: no blood count per tablet",
                        plan().catalog(6, "olaparib").daily(6, "2026-01-01", null), List.of()),
                Arguments.of("chemotherapy typed by hand: blood counts and next infusion",
                        plan().typed(7, "FOLFOX", DrugClass.CHEMOTHERAPY, Route.INFUSION).cycle(7, "2026-03-20", 21, 4),
                        List.of("blood-count-before-dose:7:2026-03-20 @ 2026-03-17",
                                "next-injection:7:2026-03-20 @ 2026-03-17",
                                "blood-count-before-dose:7:2026-04-10 @ 2026-04-07",
                                "blood-count-before-dose:7:2026-05-01 @ 2026-04-28")),
                Arguments.of("monthly injection typed by hand: next injection only",
                        plan().typed(9, "Vitamin B12", DrugClass.SUPPLEMENT, Route.INJECTION)
                                .every(9, "2026-02-20", null, 1, MONTHS),
                        List.of("next-injection:9:2026-03-20 @ 2026-03-17")),
                Arguments.of("tablet typed by hand: nothing",
                        plan().typed(8, "Bicalutamide", DrugClass.OLDER_ANTIANDROGEN, Route.BY_MOUTH)
                                .daily(8, "2026-01-01", null), List.of()),
                Arguments.of("catalog key no longer in the catalog: the drug class decides",
                        plan().orphan(14, "pamidronate", DrugClass.BISPHOSPHONATE, Route.INFUSION)
                                .every(14, "2026-04-07", null, 4, WEEKS), List.of(
                                "dental-before-bone-drug:14 @ 2026-03-24",
                                "next-injection:14:2026-04-07 @ 2026-04-04",
                                "calcium-vitamin-d:14 @ 2026-04-07",
                                "dental-recall:14:2026-10-07 @ 2026-10-07")),
                Arguments.of("removed medicine: nothing",
                        plan().removed(1, "zoledronic-acid").every(1, "2026-04-07", null, 4, WEEKS), List.of()),
                Arguments.of("medicine with no schedule: nothing", plan().catalog(1, "zoledronic-acid"), List.of()),
                Arguments.of("as-needed pain relief and a radiation course: nothing",
                        plan().catalog(10, "paracetamol").asNeeded(10, "2026-01-01")
                                .typed(11, "Radiation to hip", DrugClass.RADIATION, Route.RADIATION)
                                .once(11, "2026-03-20"), List.of()),
                Arguments.of("appointments: 2 days before each one today or later",
                        plan().appointment(7, "2026-03-20T10:30").appointment(8, "2026-03-09T09:00")
                                .appointment(9, "2026-03-10T15:00"), List.of(
                                "appointment-prep:9 @ 2026-03-08",
                                "appointment-prep:7 @ 2026-03-18")));
    }

    @Test
    void theIssuesRealisticPlanWithTheShippedCatalog() {
        Plan p = plan().real(1, "leuprolide").every(1, "2026-01-20", null, 3, MONTHS)
                .real(2, "abiraterone").daily(2, "2026-01-20", null)
                .real(3, "prednisone").daily(3, "2026-01-20", null)
                .real(4, "denosumab").every(4, "2026-03-24", null, 4, WEEKS)
                .real(5, "paracetamol").asNeeded(5, "2026-01-01")
                .psa("2026-01-15", 3);

        List<Reminder> made = new ReminderRules(ReminderPlans.REAL_CATALOG).reminders(p.facts(), TODAY);

        // Abiraterone from 20 January: every 2 weeks to 14 April (week 12), then 14 May, beyond 5 May.
        // Denosumab on 24 March: the dental check falls due today, exactly 2 weeks before, so it is not late.
        assertThat(made).extracting(r -> r.key() + " @ " + r.due()).containsExactly(
                "liver-on-abiraterone:2:2026-03-03 @ 2026-03-03",
                "bone-density-on-adt @ 2026-03-10",
                "dental-before-bone-drug:4 @ 2026-03-10",
                "liver-on-abiraterone:2:2026-03-17 @ 2026-03-17",
                "next-injection:4:2026-03-24 @ 2026-03-21",
                "calcium-vitamin-d:4 @ 2026-03-24",
                "liver-on-abiraterone:2:2026-03-31 @ 2026-03-31",
                "liver-on-abiraterone:2:2026-04-14 @ 2026-04-14",
                "psa-due:2026-01-15 @ 2026-04-15",
                "next-injection:1:2026-04-20 @ 2026-04-17",
                "dental-recall:4:2026-09-24 @ 2026-09-24");
        assertThat(made).filteredOn(r -> r.kind() == ReminderKind.DENTAL_BEFORE_BONE_DRUG).singleElement()
                .satisfies(r -> assertThat(r.why()).doesNotContain("late"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plans")
    void feedingTheRemindersBackInChangesNothing(String name, Plan plan, List<String> expected) {
        List<Reminder> first = rules.reminders(plan.psa(null, 3).facts(), TODAY);
        Map<String, LocalDate> kept = first.stream()
                .collect(Collectors.toMap(Reminder::key, Reminder::due));

        assertThat(rules.reminders(plan.stored(kept).facts(), TODAY)).isEqualTo(first);
        assertThat(rules.reminders(plan.stored(kept).facts(), TODAY.plusDays(1)))
                .as("a day later, what was due keeps its date").filteredOn(r -> first.stream().anyMatch(
                        f -> f.key().equals(r.key()) && !f.due().isAfter(TODAY)))
                .allSatisfy(r -> assertThat(kept.get(r.key())).isEqualTo(r.due()));
    }

    @ParameterizedTest(name = "last PSA {0}, every {1} months, first seen {2} -> {3} @ {4}")
    @MethodSource("psa")
    void psaIsDueTheChosenMonthsAfterTheLastOne(String last, int months, String firstSeen, String key, String due) {
        Plan p = plan().psa(last, months);
        if (firstSeen != null) p.stored(Map.of(key, d(firstSeen)));

        List<Reminder> psa = rules.reminders(p.facts(), TODAY).stream()
                .filter(r -> r.kind() == ReminderKind.PSA_DUE).toList();

        assertThat(psa).singleElement().satisfies(r -> {
            assertThat(r.key()).isEqualTo(key);
            assertThat(r.due()).isEqualTo(d(due));
        });
    }

    static Stream<Arguments> psa() {
        return Stream.of(
                Arguments.of("2025-12-20", 3, null, "psa-due:2025-12-20", "2026-03-20"),
                Arguments.of("2025-12-20", 6, null, "psa-due:2025-12-20", "2026-06-20"),
                Arguments.of("2025-11-30", 3, null, "psa-due:2025-11-30", "2026-02-28"),
                Arguments.of("2026-03-05", 3, null, "psa-due:2026-03-05", "2026-06-05"),
                Arguments.of(null, 3, null, "psa-due:none", "2026-03-10"),
                Arguments.of(null, 3, "2026-03-01", "psa-due:none", "2026-03-01"));
    }

    @ParameterizedTest(name = "rule {0}, stored {1}, today {2} -> {3}")
    @MethodSource("settling")
    void aLateReminderKeepsTheDayItFirstAppeared(String ruleDue, String stored, String today, String expected) {
        assertThat(ReminderRules.settle(d(ruleDue), stored == null ? null : d(stored), d(today))).isEqualTo(d(expected));
    }

    static Stream<Arguments> settling() {
        return Stream.of(
                Arguments.of("2026-03-24", null, "2026-03-10", "2026-03-24"),
                Arguments.of("2026-03-10", null, "2026-03-10", "2026-03-10"),
                Arguments.of("2026-03-01", null, "2026-03-10", "2026-03-10"),
                Arguments.of("2026-03-01", "2026-03-05", "2026-03-10", "2026-03-05"),
                Arguments.of("2026-03-01", "2026-02-20", "2026-03-10", "2026-03-01"),
                Arguments.of("2026-03-01", "2026-03-20", "2026-03-10", "2026-03-10"));
    }
}
