package org.carejournal.report.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.Person;
import org.carejournal.domain.Progress;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;

/**
 * The FHIR R4 export: a {@code Bundle} of type {@code collection} holding a {@code Patient}, an
 * {@code Observation} per lab result (LOINC, UCUM; a value below the detection limit as
 * {@code comparator "<"}) and per pain entry (LOINC 72514-3, 0–10), and a {@code MedicationStatement}
 * per medicine. Resources reference the patient by its {@code urn:uuid:} full URL; every id is
 * derived from the journal's uid, so exporting again gives the same ids.
 */
public final class FhirExport {
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String PAIN_LOINC = "72514-3";
    static final String PAIN_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

    private final ExportSources sources;
    private final ZoneId zone;
    private final ObjectMapper mapper = new ObjectMapper();
    private final FhirMedications medications = new FhirMedications();

    /** @param zone where the person lives: pain times are wall-clock times and FHIR needs their offset */
    public FhirExport(ExportSources sources, ZoneId zone) {
        this.sources = sources;
        this.zone = zone;
    }

    /** The bundle of {@code person}'s records, as of {@code today}. */
    public ObjectNode bundle(Person person, LocalDate today, Instant now, Progress progress) {
        String seed = sources.settings().journalUid() + ":" + person.id();
        String patientUrl = url(seed, "patient");
        ObjectNode bundle = mapper.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", uuid(seed, "bundle"));
        bundle.put("type", "collection");
        bundle.put("timestamp", now.truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode entries = bundle.putArray("entry");
        entry(entries, patientUrl, patient(person, uuid(seed, "patient")));
        progress.update(1, 4, "lab results");
        for (LabResult r : sources.labs().all(person.id())) {
            entry(entries, url(seed, "lab:" + r.id()), lab(r, uuid(seed, "lab:" + r.id()), patientUrl));
        }
        progress.stopIfCancelled();
        progress.update(2, 4, "pain entries");
        for (PainEntry p : sources.pain().between(person.id(), DateRange.ALL)) {
            Integer score = p.now() != null ? p.now() : p.worst();
            if (score == null) continue;   // an entry with no rating says nothing a score can carry
            entry(entries, url(seed, "pain:" + p.id()), pain(p, score, uuid(seed, "pain:" + p.id()), patientUrl));
        }
        progress.stopIfCancelled();
        progress.update(3, 4, "medicines");
        Map<Long, List<Schedule>> schedules = new HashMap<>();
        for (Schedule s : sources.plan().schedules(person.id())) {
            schedules.computeIfAbsent(s.medicationId(), k -> new ArrayList<>()).add(s);
        }
        for (Medication m : sources.plan().medications(person.id())) {
            String id = uuid(seed, "med:" + m.id());
            entry(entries, "urn:uuid:" + id,
                    medications.statement(m, schedules.getOrDefault(m.id(), List.of()), today, id, patientUrl));
        }
        progress.update(4, 4, "");
        return bundle;
    }

    /** Writes the bundle as pretty-printed JSON. */
    public void write(Person person, LocalDate today, Instant now, OutputStream out, Progress progress) throws IOException {
        ObjectNode bundle = bundle(person, today, now, progress);
        progress.stopIfCancelled();
        out.write(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(bundle).getBytes(StandardCharsets.UTF_8));
    }

    private ObjectNode patient(Person person, String id) {
        ObjectNode p = mapper.createObjectNode();
        p.put("resourceType", "Patient");
        p.put("id", id);
        ObjectNode name = p.putArray("name").addObject();
        name.put("text", person.name());
        return p;
    }

    private ObjectNode lab(LabResult r, String id, String patientUrl) {
        ObjectNode o = observation(id, "laboratory", "Laboratory", patientUrl);
        code(o, r.test().loinc(), r.test().displayName(), r.test().displayName());
        o.put("effectiveDateTime", r.date().toString());
        String unit = r.test().canonicalUnit().symbol();
        ObjectNode q = o.putObject("valueQuantity");
        q.put("value", r.value().value());
        if (r.value().censored()) q.put("comparator", "<");
        q.put("unit", unit);
        q.put("system", UCUM);
        q.put("code", ucum(unit));
        List<String> notes = new ArrayList<>();
        if (!r.note().isEmpty()) notes.add(r.note());
        if (!r.lab().isEmpty()) notes.add("Lab: " + r.lab());
        if (r.excluded()) notes.add("Left out of the PSA kinetics by the patient (e.g. a flare or a lab error).");
        if (!notes.isEmpty()) o.putArray("note").addObject().put("text", String.join(" ", notes));
        return o;
    }

    private ObjectNode pain(PainEntry p, int score, String id, String patientUrl) {
        ObjectNode o = observation(id, "survey", "Survey", patientUrl);
        code(o, PAIN_LOINC, PAIN_DISPLAY, "Pain score (0-10)");
        // FHIR requires an offset on a dateTime with a time of day.
        o.put("effectiveDateTime", p.takenAt().atZone(zone).toOffsetDateTime().toString());
        ObjectNode q = o.putObject("valueQuantity");
        q.put("value", score);
        q.put("unit", "score");
        q.put("system", UCUM);
        q.put("code", "{score}");
        if (p.now() == null) o.putArray("note").addObject().put("text", "Worst pain in the last 24 hours (no current rating).");
        return o;
    }

    private ObjectNode observation(String id, String category, String categoryDisplay, String patientUrl) {
        ObjectNode o = mapper.createObjectNode();
        o.put("resourceType", "Observation");
        o.put("id", id);
        o.put("status", "final");
        ObjectNode coding = o.putArray("category").addObject().putArray("coding").addObject();
        coding.put("system", CATEGORY);
        coding.put("code", category);
        coding.put("display", categoryDisplay);
        o.putObject("subject").put("reference", patientUrl);
        return o;
    }

    private static void code(ObjectNode o, String code, String display, String text) {
        ObjectNode concept = o.putObject("code");
        ObjectNode coding = concept.putArray("coding").addObject();
        coding.put("system", LOINC);
        coding.put("code", code);
        coding.put("display", display);
        concept.put("text", text);
    }

    private static void entry(ArrayNode entries, String fullUrl, ObjectNode resource) {
        ObjectNode e = entries.addObject();
        e.put("fullUrl", fullUrl);
        e.set("resource", resource);
    }

    /** The UCUM code of a unit as people write it: UCUM spells micro "u". */
    static String ucum(String unit) {
        return unit.replace("µ", "u").replace("μ", "u");
    }

    private static String uuid(String seed, String what) {
        return UUID.nameUUIDFromBytes((seed + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String url(String seed, String what) {
        return "urn:uuid:" + uuid(seed, what);
    }
}
