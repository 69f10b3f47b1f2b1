package org.carejournal.care.meds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.carejournal.domain.meds.DrugClass.*;
import static org.carejournal.domain.meds.ReminderKind.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.ScheduleKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped catalog holds DOMAIN.md's table, its offers build valid schedules, and search finds by any name. */
class MedicationCatalogTest {
    static final MedicationCatalog CATALOG = MedicationCatalog.load();

    /** DOMAIN.md's treatment table, plus the supplement and pain relief the journal offers. */
    static Stream<Arguments> table() {
        return Stream.of(
                Arguments.of("leuprolide", LHRH_AGONIST), Arguments.of("goserelin", LHRH_AGONIST),
                Arguments.of("triptorelin", LHRH_AGONIST), Arguments.of("degarelix", LHRH_ANTAGONIST),
                Arguments.of("relugolix", LHRH_ANTAGONIST), Arguments.of("orchiectomy", SURGICAL_ADT),
                Arguments.of("bicalutamide", OLDER_ANTIANDROGEN), Arguments.of("flutamide", OLDER_ANTIANDROGEN),
                Arguments.of("nilutamide", OLDER_ANTIANDROGEN), Arguments.of("enzalutamide", NEWER_ANTIANDROGEN),
                Arguments.of("darolutamide", NEWER_ANTIANDROGEN), Arguments.of("apalutamide", NEWER_ANTIANDROGEN),
                Arguments.of("abiraterone", ANDROGEN_SYNTHESIS_INHIBITOR), Arguments.of("docetaxel", CHEMOTHERAPY),
                Arguments.of("cabazitaxel", CHEMOTHERAPY), Arguments.of("zoledronic acid", BISPHOSPHONATE),
                Arguments.of("denosumab", RANKL_INHIBITOR), Arguments.of("radium-223", RADIOPHARMACEUTICAL),
                Arguments.of("lutetium-177 psma-617", RADIOPHARMACEUTICAL), Arguments.of("olaparib", PARP_INHIBITOR),
                Arguments.of("rucaparib", PARP_INHIBITOR), Arguments.of("talazoparib", PARP_INHIBITOR),
                Arguments.of("niraparib + abiraterone", PARP_INHIBITOR), Arguments.of("pembrolizumab", IMMUNOTHERAPY),
                Arguments.of("dostarlimab", IMMUNOTHERAPY), Arguments.of("sipuleucel-t", IMMUNOTHERAPY),
                Arguments.of("prednisone", CORTICOSTEROID), Arguments.of("dexamethasone", CORTICOSTEROID),
                Arguments.of("external beam", RADIATION), Arguments.of("sbrt", RADIATION),
                Arguments.of("calcium + vitamin d", SUPPLEMENT), Arguments.of("paracetamol", PAIN_RELIEF),
                Arguments.of("acetaminophen", PAIN_RELIEF), Arguments.of("ibuprofen", PAIN_RELIEF),
                Arguments.of("morphine", PAIN_RELIEF));
    }

    @ParameterizedTest(name = "{0} is a {1}")
    @MethodSource("table")
    void everyDrugOfTheTableIsThereWithItsClass(String name, DrugClass expected) {
        List<CatalogEntry> found = CATALOG.search(name);

        assertThat(found).as(name).isNotEmpty();
        assertThat(found.get(0).drugClass()).isEqualTo(expected);
    }

    @Test
    void theCatalogHoldsTheTableAndNothingUnexpected() {
        assertThat(CATALOG.all()).hasSize(34);
        assertThat(CATALOG.all()).extracting(CatalogEntry::key).doesNotHaveDuplicates();
        assertThat(CATALOG.all()).allSatisfy(e -> {
            assertThat(e.offers()).isNotEmpty();
            assertThat(e.articleTag()).isNotBlank();
        });
    }

    @ParameterizedTest(name = "\"{0}\" finds {1} first")
    @CsvSource({
            "Xgeva, denosumab",
            "zol, zoledronic-acid",
            "Zoladex, goserelin",
            "lupron, leuprolide",
            "ELIGARD, leuprolide",
            "pluvicto, lutetium-177-psma-617",
            "vitamin, calcium-vitamin-d",
            "tylenol, paracetamol",
            "akeega, niraparib-abiraterone",
            "abi, abiraterone",
            "xofigo, radium-223",
            "keytruda, pembrolizumab",
            "provenge, sipuleucel-t",
    })
    void searchFindsByGenericOrBrand(String typed, String key) {
        assertThat(CATALOG.search(typed)).first().extracting(CatalogEntry::key).isEqualTo(key);
    }

    @Test
    void zolFindsZoledronicAcidBeforeZoladex() {
        assertThat(CATALOG.search("zol")).extracting(CatalogEntry::key)
                .containsExactly("zoledronic-acid", "goserelin");
    }

    @Test
    void searchForAbirateroneAlsoFindsTheCombinationTablet() {
        assertThat(CATALOG.search("abiraterone")).extracting(CatalogEntry::key)
                .containsExactly("abiraterone", "niraparib-abiraterone");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "zoledronic-acid; dental-before-bone-drug calcium-vitamin-d kidney-before-zoledronic dental-recall next-injection",
            "denosumab; dental-before-bone-drug calcium-vitamin-d dental-recall next-injection",
            "docetaxel; blood-count-before-dose next-injection",
            "cabazitaxel; blood-count-before-dose next-injection",
            "radium-223; blood-count-before-dose next-injection",
            "lutetium-177-psma-617; blood-count-before-dose next-injection",
            "abiraterone; liver-on-abiraterone",
            "leuprolide; bone-density-on-adt next-injection",
            "goserelin; bone-density-on-adt next-injection",
            "triptorelin; bone-density-on-adt next-injection",
            "degarelix; bone-density-on-adt next-injection",
            "relugolix; bone-density-on-adt",
            "orchiectomy; bone-density-on-adt",
            "enzalutamide; ''",
            "paracetamol; ''",
            "calcium-vitamin-d; ''",
    })
    void reminderRulesGoWithTheirDrugs(String key, String ids) {
        Set<ReminderKind> expected = ids.isBlank() ? Set.of()
                : Stream.of(ids.split(" ")).map(ReminderKind::ofId).collect(java.util.stream.Collectors.toSet());

        assertThat(CATALOG.find(key)).get().extracting(CatalogEntry::reminders).isEqualTo(expected);
    }

    @Test
    void everyBoneDrugCarriesTheDentalAndCalciumRules() {
        assertThat(CATALOG.all()).filteredOn(e -> e.drugClass().isBoneTargeted())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.reminders()).contains(DENTAL_BEFORE_BONE_DRUG, CALCIUM_VITAMIN_D));
        assertThat(CATALOG.all()).filteredOn(e -> e.drugClass().lowersBloodCounts())
                .hasSize(4)
                .allSatisfy(e -> assertThat(e.reminders()).contains(BLOOD_COUNT_BEFORE_DOSE));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "leuprolide; Every 3 months (22.5 mg) | Every month (7.5 mg) | Every 4 months (30 mg) | Every 6 months (45 mg)",
            "degarelix; Every 28 days (80 mg), after a first dose of 240 mg",
            "docetaxel; Every 21 days, 10 doses | Every 21 days, 6 doses",
            "radium-223; Every 28 days, 6 doses",
            "lutetium-177-psma-617; Every 42 days, 6 doses (7.4 GBq)",
            "zoledronic-acid; Every 4 weeks (4 mg) | Every 3 weeks (4 mg)",
            "denosumab; Every 4 weeks (120 mg)",
            "paracetamol; As needed, up to 4 times a day (500 mg to 1 g)",
            "darolutamide; Twice a day (600 mg)",
            "external-beam-radiation; A course, from its first to its last day",
    })
    void offersReadAsThePersonSeesThem(String key, String labels) {
        assertThat(CATALOG.find(key)).get().extracting(e -> e.offers().stream().map(ScheduleOffer::label).toList())
                .isEqualTo(List.of(labels.split(" \\| ")));
    }

    @Test
    void offersCarryTheirRhythm() {
        ScheduleOffer leuprolide = CATALOG.find("leuprolide").orElseThrow().offers().get(0);
        ScheduleOffer docetaxel = CATALOG.find("docetaxel").orElseThrow().offers().get(0);
        ScheduleOffer paracetamol = CATALOG.find("paracetamol").orElseThrow().offers().get(0);
        ScheduleOffer abiraterone = CATALOG.find("abiraterone").orElseThrow().offers().get(0);

        assertThat(leuprolide).isEqualTo(new ScheduleOffer(ScheduleKind.EVERY, 3, ChronoUnit.MONTHS, 0, "22.5 mg",
                "Every 3 months (22.5 mg)"));
        assertThat(docetaxel).extracting(ScheduleOffer::kind, ScheduleOffer::n, ScheduleOffer::unit, ScheduleOffer::doses)
                .containsExactly(ScheduleKind.CYCLE, 21, ChronoUnit.DAYS, 10);
        assertThat(paracetamol.kind()).isEqualTo(ScheduleKind.AS_NEEDED);
        assertThat(paracetamol.instruction()).isEqualTo("up to 4 times a day");
        assertThat(abiraterone).extracting(ScheduleOffer::kind, ScheduleOffer::n).containsExactly(ScheduleKind.DAILY, 1);
        assertThat(CATALOG.find("orchiectomy").orElseThrow().route()).isEqualTo(Route.PROCEDURE);
    }

    /** Each offer builds with Rhythms; a year of it has the number of doses its rhythm gives, counted by hand. */
    @Test
    void everyOfferBuildsAScheduleThatExpandsOverAYear() {
        LocalDate start = LocalDate.of(2026, 1, 1);
        LocalDate end = LocalDate.of(2026, 12, 31); // 365 days: day 0 to day 364
        for (CatalogEntry e : CATALOG.all()) {
            for (ScheduleOffer o : e.offers()) {
                var schedule = Offers.build(o, 1, start);
                int doses = ScheduleExpansion.dueDoses(schedule, start, end).size();
                int expected = switch (o.kind()) {
                    case DAILY -> 365 * o.n();
                    case EVERY -> o.unit() == ChronoUnit.MONTHS ? 12 / o.n() : 364 / (o.n() * days(o.unit())) + 1;
                    case CYCLE -> Math.min(o.doses(), 364 / o.n() + 1);
                    case ONCE, AS_NEEDED -> 0;
                };
                assertThat(doses).as(e.key() + " " + o.label()).isEqualTo(expected);
                assertThat(schedule.kind()).isEqualTo(o.kind());
                assertThat(schedule.dose()).isEqualTo(o.dose());
            }
        }
    }

    private static int days(ChronoUnit unit) {
        return unit == ChronoUnit.WEEKS ? 7 : 1;
    }

    /** Lines of each case are separated by " // ". */
    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = ';', value = {
            "offer | daily 1 | 5 mg |; line 1: an offer before any drug",
            "drug | x | X | | OTHER | BY_MOUTH |; line 1: x has no offer line",
            "drug | x | X | | OTHER | BY_MOUTH; line 1: expected 7 fields, found 6",
            "drug | x | X | | NOT_A_CLASS | BY_MOUTH | // offer | daily 1 | |; line 1: No enum constant",
            "drug | x | X | | OTHER | BY_MOUTH | no-such-rule // offer | daily 1 | |; line 1: No reminder rule no-such-rule",
            "drug | x | X | | OTHER | BY_MOUTH | custom // offer | daily 1 | |; line 1: 'custom' is not a care-reminder rule",
            "drug | x | X | | OTHER | BY_MOUTH | // offer | daily 5 | |; line 2: unknown rhythm 'daily 5'",
            "drug | x | X | | OTHER | BY_MOUTH | // offer | every 0 days | |; line 2: 'every 0 days' needs a number of at least 1",
            "drug | x | X | | OTHER | BY_MOUTH | // offer | cycle 21 days x 0 | |; line 2: 'cycle 21 days x 0' needs a number",
            "drug | x | X | | OTHER | BY_MOUTH | // offer | daily 1 | 5 mg; line 2: expected 4 fields, found 3",
            "drug | x | X | | OTHER | BY_MOUTH | // offer | daily 1 | | // drug | x | Y | | OTHER | BY_MOUTH | // offer | once | |; line 3: the key 'x' is used twice",
            "# a comment //  // drg | x; line 3: a line must start with 'drug' or 'offer'",
    })
    void aMalformedLineFailsLoudlyNamingIt(String text, String message) {
        assertThatThrownBy(() -> CatalogFile.parse("test", List.of(text.split(" // "))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("test " + message);
    }

    @Test
    void aWellFormedFileParsesWithCommentsAndBlankLines() {
        List<CatalogEntry> entries = CatalogFile.parse("test", List.of(
                "# header", "", "drug | x-y | Xylo | A, B | OTHER | BY_MOUTH | psa-due",
                "offer | every 2 weeks | 1 mg |", "  offer | as needed | | When it hurts  "));

        assertThat(entries).containsExactly(new CatalogEntry("x-y", "Xylo", List.of("A", "B"), OTHER, Route.BY_MOUTH,
                List.of(new ScheduleOffer(ScheduleKind.EVERY, 2, ChronoUnit.WEEKS, 0, "1 mg", "Every 2 weeks (1 mg)"),
                        new ScheduleOffer(ScheduleKind.AS_NEEDED, 0, null, 0, "", "When it hurts")),
                Set.of(PSA_DUE)));
    }
}
