package org.carejournal.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FHIR R4 bundle over a real journal: structure, LOINC codes, UCUM units, comparators and references. */
class FhirExportTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneId.of("Europe/Paris"));
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @TempDir
    Path dir;
    JsonNode bundle;

    @BeforeEach
    void aJournalExported() throws IOException {
        Path out = dir.resolve("fhir.json");
        try (JournalSession s = JournalSession.open(dir.resolve("j.db"))) {
            Person p = s.people().create("José Müller");
            s.labs().add(p.id(), LabResult.of(LabTest.PSA, LocalDate.of(2026, 3, 2), LabValue.exact(4.2)));
            s.labs().add(p.id(), LabResult.of(LabTest.PSA_ULTRASENSITIVE, LocalDate.of(2026, 5, 4), LabValue.below(0.1)));
            s.labs().add(p.id(), LabResult.of(LabTest.TESTOSTERONE, LocalDate.of(2026, 5, 4), LabValue.exact(20)));
            s.painLog().add(p.id(), new PainEntry(0, LocalDateTime.of(2026, 5, 10, 8, 30), 4, 6, 3, Set.of(), false, "", null));
            s.painLog().add(p.id(), new PainEntry(0, LocalDateTime.of(2026, 5, 11, 8, 30), null, null, null, Set.of(), false, "", null));
            long daily = s.plan().add(p.id(), Medication.draft(null, "Enzalutamide (Xtandi)", DrugClass.NEWER_ANTIANDROGEN,
                    Route.BY_MOUTH)).id();
            s.plan().addSchedule(Rhythms.daily(daily, LocalDate.of(2026, 1, 5), null, List.of(LocalTime.of(9, 0)), "160 mg"));
            long stopped = s.plan().add(p.id(), Medication.draft(null, "Bicalutamide", DrugClass.OTHER, Route.BY_MOUTH)).id();
            s.plan().addSchedule(Rhythms.daily(stopped, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30),
                    List.of(LocalTime.of(8, 0)), "50 mg"));
            new JournalExport(s.exportSources(), CLOCK).write(ExportFormat.FHIR, p, out, Progress.NONE);
        }
        bundle = new ObjectMapper().readTree(out.toFile());
    }

    @Test
    void aCollectionBundleWhosePatientEveryResourceReferences() {
        assertThat(bundle.path("resourceType").asText()).isEqualTo("Bundle");
        assertThat(bundle.path("type").asText()).isEqualTo("collection");
        assertThat(bundle.path("timestamp").asText()).isEqualTo("2026-06-01T09:00:00Z");
        List<JsonNode> entries = entries();
        JsonNode patient = entries.get(0);
        assertThat(patient.path("resource").path("resourceType").asText()).isEqualTo("Patient");
        assertThat(patient.path("resource").path("name").get(0).path("text").asText()).isEqualTo("José Müller");
        String patientUrl = patient.path("fullUrl").asText();
        assertThat(patientUrl).matches("urn:uuid:[0-9a-f-]{36}").endsWith(patient.path("resource").path("id").asText());
        assertThat(entries.subList(1, entries.size())).allSatisfy(e -> {
            assertThat(e.path("fullUrl").asText()).isEqualTo("urn:uuid:" + e.path("resource").path("id").asText());
            assertThat(e.path("resource").path("subject").path("reference").asText()).isEqualTo(patientUrl);
        });
        assertThat(entries).extracting(e -> e.path("resource").path("resourceType").asText())
                .containsExactly("Patient", "Observation", "Observation", "Observation", "Observation",
                        "MedicationStatement", "MedicationStatement");
    }

    @Test
    void labsCarryLoincUcumAndTheComparatorOfACensoredValue() {
        JsonNode psa = observation("2857-1");
        assertThat(psa.path("status").asText()).isEqualTo("final");
        assertThat(psa.path("category").get(0).path("coding").get(0).path("code").asText()).isEqualTo("laboratory");
        assertThat(psa.path("code").path("coding").get(0).path("system").asText()).isEqualTo("http://loinc.org");
        assertThat(psa.path("effectiveDateTime").asText()).isEqualTo("2026-03-02");
        assertThat(psa.path("valueQuantity").path("value").asDouble()).isEqualTo(4.2);
        assertThat(psa.path("valueQuantity").has("comparator")).isFalse();
        assertThat(psa.path("valueQuantity").path("system").asText()).isEqualTo("http://unitsofmeasure.org");
        assertThat(psa.path("valueQuantity").path("code").asText()).isEqualTo("ng/mL");

        JsonNode ultra = observation("35741-8");
        assertThat(ultra.path("valueQuantity").path("comparator").asText()).isEqualTo("<");
        assertThat(ultra.path("valueQuantity").path("value").asDouble()).isEqualTo(0.1);

        assertThat(observation("2986-8").path("valueQuantity").path("code").asText()).isEqualTo("ng/dL");
    }

    @Test
    void painScoresUseLoinc72514WithAnOffsetAndSkipEntriesWithoutARating() {
        JsonNode pain = observation("72514-3");
        assertThat(pain.path("category").get(0).path("coding").get(0).path("code").asText()).isEqualTo("survey");
        assertThat(pain.path("effectiveDateTime").asText()).isEqualTo("2026-05-10T08:30+02:00");
        assertThat(pain.path("valueQuantity").path("value").asInt()).isEqualTo(4);
        assertThat(pain.path("valueQuantity").path("code").asText()).isEqualTo("{score}");
        assertThat(entries().stream().filter(e -> codeOf(e.path("resource")).equals("72514-3"))).hasSize(1);
    }

    @Test
    void medicationStatementsHaveTextStatusPeriodAndDosage() {
        List<JsonNode> statements = entries().stream().map(e -> e.path("resource"))
                .filter(r -> r.path("resourceType").asText().equals("MedicationStatement")).toList();
        JsonNode active = statements.get(0);
        assertThat(active.path("medicationCodeableConcept").path("text").asText()).isEqualTo("Enzalutamide (Xtandi)");
        assertThat(active.path("status").asText()).isEqualTo("active");
        assertThat(active.path("effectivePeriod").path("start").asText()).isEqualTo("2026-01-05");
        assertThat(active.path("effectivePeriod").has("end")).isFalse();
        assertThat(active.path("dosage").get(0).path("text").asText()).startsWith("160 mg, Every day at 09:00");

        JsonNode completed = statements.get(1);
        assertThat(completed.path("status").asText()).isEqualTo("completed");
        assertThat(completed.path("effectivePeriod").path("end").asText()).isEqualTo("2025-11-30");
    }

    private List<JsonNode> entries() {
        List<JsonNode> list = new ArrayList<>();
        bundle.path("entry").forEach(list::add);
        return list;
    }

    private JsonNode observation(String loinc) {
        return entries().stream().map(e -> e.path("resource")).filter(r -> codeOf(r).equals(loinc)).findFirst().orElseThrow();
    }

    private static String codeOf(JsonNode resource) {
        return resource.path("code").path("coding").path(0).path("code").asText("");
    }
}
