package org.carejournal.ui.medications.editor;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.care.meds.ScheduleCheck;
import org.carejournal.care.meds.ScheduleField;
import org.carejournal.care.meds.ScheduleForm;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * The schedule part of the medicine editor: what is typed, field by field, and the message beside
 * each field. Checking is {@link ScheduleCheck}'s; this class only moves text in and out.
 */
public final class ScheduleFormModel {
    /** A daily plan has up to four times; the form always has four boxes, blanks are ignored. */
    public static final int TIME_FIELDS = 4;

    private final ObjectProperty<ScheduleKind> kind = new SimpleObjectProperty<>(ScheduleKind.DAILY);
    private final StringProperty start = new SimpleStringProperty("");
    private final StringProperty end = new SimpleStringProperty("");
    private final List<StringProperty> times = new ArrayList<>();
    private final StringProperty interval = new SimpleStringProperty("");
    private final ObjectProperty<ChronoUnit> unit = new SimpleObjectProperty<>(ChronoUnit.DAYS);
    private final StringProperty doses = new SimpleStringProperty("");
    private final StringProperty dose = new SimpleStringProperty("");
    private final StringProperty instruction = new SimpleStringProperty("");
    private final Map<ScheduleField, StringProperty> errors = new EnumMap<>(ScheduleField.class);

    public ScheduleFormModel() {
        for (int i = 0; i < TIME_FIELDS; i++) times.add(new SimpleStringProperty(""));
        for (ScheduleField f : ScheduleField.values()) errors.put(f, new SimpleStringProperty(""));
        // A message about a field the new rhythm hides would point at nothing.
        kind.addListener(obs -> clearErrors());
    }

    /** Puts a whole form in the fields (a saved version, a catalog offer, a blank form). */
    public void fill(ScheduleForm f) {
        kind.set(f.kind());
        start.set(f.start());
        end.set(f.end());
        for (int i = 0; i < TIME_FIELDS; i++) times.get(i).set(i < f.times().size() ? f.times().get(i) : "");
        interval.set(f.interval());
        unit.set(f.unit() == null ? ChronoUnit.DAYS : f.unit());
        doses.set(f.doses());
        dose.set(f.dose());
        instruction.set(f.instruction());
        clearErrors();
    }

    /**
     * What is typed now. A rhythm other than daily has one time of day, the first box; the other boxes
     * may still hold what was typed for a daily plan and are left out rather than refused.
     */
    public ScheduleForm form() {
        List<String> typed = times.stream().map(StringProperty::get).toList();
        if (kind.get() != ScheduleKind.DAILY) typed = typed.subList(0, 1);
        return new ScheduleForm(kind.get(), start.get(), end.get(), typed, interval.get(), unit.get(), doses.get(),
                dose.get(), instruction.get());
    }

    /** Shows the outcome's messages beside their fields (and clears the others). */
    public void show(ScheduleCheck.Outcome outcome) {
        for (ScheduleField f : ScheduleField.values()) errors.get(f).set(outcome.problems().getOrDefault(f, ""));
    }

    public void clearErrors() {
        errors.values().forEach(e -> e.set(""));
    }

    /** Whether the chosen rhythm uses {@code field} (the view shows only those). */
    public boolean uses(ScheduleField field) {
        return ScheduleField.usedBy(kind.get()).contains(field);
    }

    public Set<ScheduleField> usedFields() { return ScheduleField.usedBy(kind.get()); }

    /** The start typed, if it is a real date; used to keep it when a catalog offer is applied. */
    public LocalDate startOr(LocalDate fallback) {
        try {
            return LocalDate.parse(start.get().strip(), ScheduleForm.DATE);
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    public ObjectProperty<ScheduleKind> kindProperty() { return kind; }
    public StringProperty startProperty() { return start; }
    public StringProperty endProperty() { return end; }
    /** The {@code i}-th time-of-day box, 0 to {@link #TIME_FIELDS} - 1. */
    public StringProperty timeProperty(int i) { return times.get(i); }
    public StringProperty intervalProperty() { return interval; }
    public ObjectProperty<ChronoUnit> unitProperty() { return unit; }
    public StringProperty dosesProperty() { return doses; }
    public StringProperty doseProperty() { return dose; }
    public StringProperty instructionProperty() { return instruction; }
    /** The message beside {@code field}, "" when there is none. */
    public StringProperty errorProperty(ScheduleField field) { return errors.get(field); }
}
