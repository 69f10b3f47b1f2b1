package org.carejournal.ui.charts;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.carejournal.domain.DateRange;

/**
 * The date range the charts show, shared by the screens that have one (PSA & labs, symptoms & pain) so
 * that a range chosen on one applies to the others. Make one per open journal and hand it to each
 * screen's view model; it lives on the FX thread.
 */
public final class ChartRange {
    private final ObjectProperty<RangeChoice> choice = new SimpleObjectProperty<>(RangeChoice.ALL);
    private final ObjectProperty<LocalDate> customFrom = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> customTo = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper chosenByPerson = new ReadOnlyBooleanWrapper();
    private boolean suggesting;

    public ChartRange() {
        // Any change not made by suggest() came from the person (the range buttons) or a caller acting for them.
        choice.addListener(obs -> {
            if (!suggesting) chosenByPerson.set(true);
        });
    }

    /**
     * Sets the range the app thinks best, unless the person has already chosen one this session:
     * their choice is never overridden.
     */
    public void suggest(RangeChoice suggested) {
        if (chosenByPerson.get()) return;
        suggesting = true;
        try {
            choice.set(suggested);
        } finally {
            suggesting = false;
        }
    }

    /**
     * Shows the current treatment line when there is one and nothing else was asked for: that is what a
     * person usually wants to follow.
     */
    public void preferTreatmentLine(LocalDate treatmentStart) {
        if (treatmentStart != null && choice.get() == RangeChoice.ALL) suggest(RangeChoice.SINCE_TREATMENT);
    }

    /** The dates shown now (see {@link RangeChoice#resolve}). */
    public DateRange resolve(LocalDate today, LocalDate treatmentStart) {
        return choice.get().resolve(today, treatmentStart, customFrom.get(), customTo.get());
    }

    /** The choice and custom dates as they are now, to resolve off the FX thread. */
    public Snapshot snapshot() {
        return new Snapshot(choice.get(), customFrom.get(), customTo.get());
    }

    /** A copy of the range settings that does not change (safe to hand to background work). */
    public record Snapshot(RangeChoice choice, LocalDate customFrom, LocalDate customTo) {
        public DateRange resolve(LocalDate today, LocalDate treatmentStart) {
            return choice.resolve(today, treatmentStart, customFrom, customTo);
        }
    }

    public ObjectProperty<RangeChoice> choiceProperty() { return choice; }
    public ObjectProperty<LocalDate> customFromProperty() { return customFrom; }
    public ObjectProperty<LocalDate> customToProperty() { return customTo; }
    /** True once the person has picked a range this session. */
    public ReadOnlyBooleanProperty chosenByPersonProperty() { return chosenByPerson.getReadOnlyProperty(); }
}
