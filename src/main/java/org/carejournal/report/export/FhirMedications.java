package org.carejournal.report.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;

/** A medicine and its schedule versions as a FHIR R4 {@code MedicationStatement}. */
final class FhirMedications {
    private final ObjectMapper mapper = new ObjectMapper();

    /**
     * Active while the medicine is in the plan and a schedule version goes on past {@code today};
     * completed once removed or every version has ended. The period runs from the first version's
     * start to the last one's end (open while active); one dosage per version, in words.
     */
    ObjectNode statement(Medication m, List<Schedule> versions, LocalDate today, String id, String patientUrl) {
        ObjectNode s = mapper.createObjectNode();
        s.put("resourceType", "MedicationStatement");
        s.put("id", id);
        boolean active = !m.removed() && versions.stream().anyMatch(v -> v.end() == null || !v.end().isBefore(today));
        s.put("status", active ? "active" : "completed");
        s.putObject("medicationCodeableConcept").put("text", m.name());
        s.putObject("subject").put("reference", patientUrl);
        if (!versions.isEmpty()) {
            ObjectNode period = s.putObject("effectivePeriod");
            period.put("start", versions.stream().map(Schedule::start).min(Comparator.naturalOrder()).orElseThrow().toString());
            boolean open = versions.stream().anyMatch(v -> v.end() == null);
            if (!active || !open) {
                versions.stream().map(Schedule::end).filter(Objects::nonNull).max(Comparator.naturalOrder())
                        .ifPresent(end -> period.put("end", end.toString()));
            }
            ArrayNode dosage = s.putArray("dosage");
            versions.stream().sorted(Comparator.comparing(Schedule::start)).forEach(v -> dosage.addObject()
                    .put("text", dosageText(v, today)));
        }
        if (!m.note().isEmpty()) s.putArray("note").addObject().put("text", m.note());
        return s;
    }

    private static String dosageText(Schedule v, LocalDate today) {
        String rhythm = ScheduleText.describe(v, today);
        return v.dose().isEmpty() ? rhythm : v.dose() + ", " + rhythm;
    }
}
