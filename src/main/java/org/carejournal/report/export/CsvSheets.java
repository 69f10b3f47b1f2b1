package org.carejournal.report.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.carejournal.care.meds.ScheduleText;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.WarningSign;
import org.carejournal.domain.meds.DoseEvent;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Reminder;
import org.carejournal.domain.meds.Schedule;

/**
 * Builds the rows of each CSV file from the journal's ports. Columns use the words the screens use;
 * dates are ISO (yyyy-mm-dd), so every spreadsheet sorts them right.
 */
final class CsvSheets {
    /** The dose log is read by day range; these bounds hold any day a journal can keep. */
    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final ExportSources sources;
    private final long personId;
    private final LocalDate today;

    CsvSheets(ExportSources sources, long personId, LocalDate today) {
        this.sources = sources;
        this.personId = personId;
        this.today = today;
    }

    CsvSheet sheet(CsvKind kind) {
        return switch (kind) {
            case LABS -> labs();
            case CHECK_INS -> checkIns();
            case PAIN -> pain();
            case DOSES -> doses();
            case MEDICATIONS -> medications();
            case REMINDERS -> reminders();
        };
    }

    private CsvSheet labs() {
        List<List<Object>> rows = new ArrayList<>();
        for (LabResult r : sources.labs().all(personId)) {
            // A censored value stays as the lab wrote it ("<0.1"); an exact one is a number.
            Object value = r.value().censored() ? r.value().display() : (Object) r.value().value();
            rows.add(row(r.date(), r.test().displayName(), value, r.test().canonicalUnit().symbol(), r.lab(), r.note(),
                    r.excluded() ? "yes" : "", r.test().loinc(), r.enteredText(), r.enteredUnit()));
        }
        return new CsvSheet(List.of("date", "test", "value", "unit", "lab", "note", "left out of kinetics", "loinc",
                "value as entered", "unit as entered"), rows);
    }

    private CsvSheet checkIns() {
        List<Symptom> symptoms = sources.symptoms().list(personId);
        List<String> header = new ArrayList<>(List.of("date", "temperature", "temperature unit", "warning signs", "note"));
        symptoms.forEach(s -> header.add(s.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (CheckIn c : sources.checkIns().between(personId, DateRange.ALL)) {
            List<Object> row = new ArrayList<>(row(c.date(),
                    c.temperature() == null ? null : c.temperature().value(),
                    c.temperature() == null ? null : c.temperature().unit().symbol(),
                    c.signs().stream().sorted().map(WarningSign::label).collect(Collectors.joining("; ")),
                    c.note()));
            for (Symptom s : symptoms) row.add(c.rating(s.id()) == null ? null : (long) c.rating(s.id()));
            rows.add(row);
        }
        return new CsvSheet(header, rows);
    }

    private CsvSheet pain() {
        List<List<Object>> rows = new ArrayList<>();
        for (PainEntry p : sources.pain().between(personId, DateRange.ALL)) {
            rows.add(row(p.takenAt().toLocalDate(), p.takenAt().toLocalTime(), p.now(), p.worst(), p.average(),
                    labels(p.sites()), p.breakthrough() ? "yes" : "no", p.rescueMedicine(),
                    p.helped() == null ? "" : p.helped().label()));
        }
        return new CsvSheet(List.of("date", "time", "pain now", "worst in 24 h", "average", "where",
                "breakthrough", "rescue medicine", "helped"), rows);
    }

    private CsvSheet doses() {
        Map<Long, String> names = medicineNames();
        List<List<Object>> rows = new ArrayList<>();
        for (DoseEvent d : sources.doses().between(personId, FIRST_DAY, LAST_DAY)) {
            rows.add(row(d.day(), names.getOrDefault(d.medicationId(), ""), d.planned() ? "planned" : "as needed",
                    d.dueAt(), d.status().name().toLowerCase(java.util.Locale.ROOT), d.takenAt(), d.amount(), d.reason()));
        }
        return new CsvSheet(List.of("day", "medicine", "kind", "due at", "status", "taken at", "amount", "reason"), rows);
    }

    private CsvSheet medications() {
        Map<Long, List<Schedule>> schedules = new HashMap<>();
        for (Schedule s : sources.plan().schedules(personId)) {
            schedules.computeIfAbsent(s.medicationId(), k -> new ArrayList<>()).add(s);
        }
        List<List<Object>> rows = new ArrayList<>();
        for (Medication m : sources.plan().medications(personId)) {
            List<Schedule> versions = schedules.getOrDefault(m.id(), List.of());
            if (versions.isEmpty()) rows.add(medicationRow(m, null));
            for (Schedule s : versions) rows.add(medicationRow(m, s));
        }
        return new CsvSheet(List.of("medicine", "drug class", "route", "in plan", "note", "schedule", "from", "until",
                "times", "dose", "instruction", "rule"), rows);
    }

    private List<Object> medicationRow(Medication m, Schedule s) {
        List<Object> row = new ArrayList<>(row(m.name(), m.drugClass().label(), m.route().label(),
                m.removed() ? "no" : "yes", m.note()));
        if (s == null) {
            row.addAll(Arrays.asList(null, null, null, null, null, null, null));
        } else {
            row.addAll(row(ScheduleText.describe(s, today), s.start(), s.end(), ScheduleText.times(s.times()), s.dose(),
                    s.instruction(), s.rrule()));
        }
        return row;
    }

    private CsvSheet reminders() {
        Map<Long, String> names = medicineNames();
        List<List<Object>> rows = new ArrayList<>();
        for (Reminder r : sources.reminders().all(personId)) {
            rows.add(row(r.due(), r.title(), r.kind().name().toLowerCase(java.util.Locale.ROOT),
                    r.state().name().toLowerCase(java.util.Locale.ROOT), r.snoozedUntil(), r.doneOn(), r.dismissReason(),
                    r.medicationId() == null ? "" : names.getOrDefault(r.medicationId(), ""), r.why(), r.source()));
        }
        return new CsvSheet(List.of("due", "title", "kind", "state", "snoozed until", "done on", "dismissed because",
                "medicine", "why", "source"), rows);
    }

    private Map<Long, String> medicineNames() {
        Map<Long, String> names = new HashMap<>();
        for (Medication m : sources.plan().medications(personId)) names.put(m.id(), m.name());
        return names;
    }

    private static String labels(Collection<BodyRegion> regions) {
        return regions.stream().sorted().map(BodyRegion::label).collect(Collectors.joining("; "));
    }

    /** A row of values; dates and times become ISO text, which never starts like a formula. */
    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>(values.length);
        for (Object v : values) row.add(v instanceof Integer i ? Long.valueOf(i) : temporal(v));
        return row;
    }

    private static Object temporal(Object v) {
        return v instanceof java.time.temporal.TemporalAccessor ? v.toString() : v;
    }
}
