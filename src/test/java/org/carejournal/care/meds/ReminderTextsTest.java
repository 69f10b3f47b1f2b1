package org.carejournal.care.meds;

import static java.time.temporal.ChronoUnit.DAYS;
import static java.time.temporal.ChronoUnit.MONTHS;
import static java.time.temporal.ChronoUnit.WEEKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.care.meds.ReminderPlans.TODAY;
import static org.carejournal.care.meds.ReminderPlans.d;
import static org.carejournal.care.meds.ReminderPlans.plan;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.carejournal.care.meds.ReminderPlans.Plan;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.Test;

/** What each reminder says: why it exists, its source and article, and the late dental check. */
class ReminderTextsTest {
    private final ReminderRules rules = new ReminderRules(ReminderPlans.CATALOG);

    /** A plan that raises every rule at least once. */
    private static Plan everything() {
        return plan().catalog(1, "zoledronic-acid").every(1, "2026-04-07", null, 4, WEEKS)
                .catalog(3, "leuprolide").every(3, "2025-12-15", null, 3, MONTHS)
                .catalog(4, "abiraterone").daily(4, "2026-02-01", null)
                .catalog(5, "docetaxel").cycle(5, "2026-02-03", 21, 6)
                .appointment(7, "2026-03-20T10:30")
                .psa("2025-12-20", 3);
    }

    @Test
    void everyRuleSaysWhyNamesItsSourceAndArticle() {
        List<Reminder> made = rules.reminders(everything().facts(), TODAY);

        assertThat(made).extracting(Reminder::kind).containsAll(EnumSet.complementOf(EnumSet.of(ReminderKind.CUSTOM)));
        EnumSet<ReminderKind> ownPlanOnly = EnumSet.of(ReminderKind.NEXT_INJECTION, ReminderKind.APPOINTMENT_PREP);
        assertThat(made).allSatisfy(r -> {
            assertThat(r.why()).isNotBlank();
            assertThat(r.articleTag()).isNotBlank();
            assertThat(r.source().isBlank()).as("source of %s", r.key()).isEqualTo(ownPlanOnly.contains(r.kind()));
        });
    }

    @Test
    void medicalFactsNameTheirOrganisation() {
        List<Reminder> made = rules.reminders(everything().facts(), TODAY);

        assertThat(source(made, ReminderKind.DENTAL_BEFORE_BONE_DRUG)).isEqualTo("American Cancer Society");
        assertThat(source(made, ReminderKind.CALCIUM_VITAMIN_D)).isEqualTo("American Cancer Society");
        assertThat(source(made, ReminderKind.BONE_DENSITY_ON_ADT)).isEqualTo("American Cancer Society");
        assertThat(source(made, ReminderKind.KIDNEY_BEFORE_ZOLEDRONIC)).isEqualTo("Product label of zoledronic-acid");
        assertThat(source(made, ReminderKind.BLOOD_COUNT_BEFORE_DOSE)).isEqualTo("Product label of docetaxel");
        assertThat(source(made, ReminderKind.LIVER_ON_ABIRATERONE)).isEqualTo("Product label of abiraterone");
    }

    @Test
    void perDoseRemindersNameTheDoseTheyAreFor() {
        List<Reminder> made = rules.reminders(everything().facts(), TODAY);

        assertThat(find(made, "kidney-before-zoledronic:1:2026-04-07").title())
                .isEqualTo("Kidney blood test before zoledronic-acid on 7 April 2026");
        assertThat(find(made, "next-injection:3:2026-03-15").title()).isEqualTo("Next leuprolide on 15 March 2026");
        assertThat(find(made, "appointment-prep:7").why()).contains("Oncology clinic", "20 March 2026", "10:30");
        assertThat(find(made, "psa-due:2025-12-20").why()).contains("20 December 2025", "every 3 months");
    }

    @Test
    void dentalCheckInTimeIsNotCalledLate() {
        Reminder r = dental(plan(), "2026-04-07", TODAY);

        assertThat(r.due()).isEqualTo(d("2026-03-24"));
        assertThat(r.why()).contains("7 April 2026").doesNotContain("late");
    }

    @Test
    void dentalCheckFirstSeenInsideTheTwoWeeksIsDueThatDayAndSaysItIsLate() {
        Reminder firstDay = dental(plan(), "2026-03-15", TODAY);
        Reminder twoDaysOn = dental(plan().stored(Map.of("dental-before-bone-drug:1", TODAY)), "2026-03-15",
                TODAY.plusDays(2));

        assertThat(firstDay.due()).isEqualTo(TODAY);
        assertThat(firstDay.why()).contains("already late");
        assertThat(twoDaysOn.due()).as("keeps the day it first appeared").isEqualTo(TODAY);
        assertThat(twoDaysOn.why()).contains("already late");
    }

    @Test
    void dentalCheckMadeInTimeAndNotDoneBecomesOverdueWithoutBeingCalledLate() {
        Reminder r = dental(plan().stored(Map.of("dental-before-bone-drug:1", d("2026-03-24"))), "2026-04-07",
                d("2026-03-30"));

        assertThat(r.due()).isEqualTo(d("2026-03-24"));
        assertThat(r.why()).doesNotContain("late");
    }

    @Test
    void boneDensityBelongsToTheEarliestAdt() {
        Plan p = plan().catalog(3, "leuprolide").every(3, "2026-05-01", null, 3, MONTHS)
                .typed(13, "Degarelix", DrugClass.LHRH_ANTAGONIST, Route.INJECTION)
                .every(13, "2026-01-05", null, 28, DAYS);

        Reminder r = find(rules.reminders(p.facts(), TODAY), "bone-density-on-adt");

        assertThat(r.medicationId()).isEqualTo(13L);
        assertThat(r.why()).contains("Degarelix");
    }

    private Reminder dental(Plan p, String start, LocalDate today) {
        p.catalog(1, "zoledronic-acid").every(1, start, null, 4, WEEKS);
        return find(rules.reminders(p.facts(), today), "dental-before-bone-drug:1");
    }

    private static Reminder find(List<Reminder> made, String key) {
        return made.stream().filter(r -> r.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + made.stream().map(Reminder::key).toList()));
    }

    private static String source(List<Reminder> made, ReminderKind kind) {
        return made.stream().filter(r -> r.kind() == kind).findFirst().orElseThrow().source();
    }
}
