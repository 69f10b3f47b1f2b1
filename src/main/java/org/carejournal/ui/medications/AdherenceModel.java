package org.carejournal.ui.medications;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.analysis.AdherencePoint;
import org.carejournal.analysis.AdherenceReport;

/**
 * The adherence part of the screen: the period chosen, each medicine's figure, the overall one and the
 * weekly points of the chart. The data is kept here so that tests check figures, not pixels.
 */
public final class AdherenceModel {
    private final ObjectProperty<AdherencePeriod> period = new SimpleObjectProperty<>(AdherencePeriod.DAYS_30);
    private final ObservableList<AdherenceRow> perMedicine = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<AdherenceRow> overall = new ReadOnlyObjectWrapper<>();
    private final ObservableList<AdherencePoint> weekly = FXCollections.observableArrayList();

    void show(AdherenceReport report) {
        perMedicine.setAll(report.perMedication().stream().map(f -> AdherenceRow.of(f.name(), f)).toList());
        overall.set(AdherenceRow.of("All medicines", report.overall()));
        weekly.setAll(report.weekly());
    }

    /** The chosen period; changing it reloads the figures. */
    public ObjectProperty<AdherencePeriod> periodProperty() { return period; }
    /** One row per medicine with planned doses in the plan. */
    public ObservableList<AdherenceRow> perMedicine() { return perMedicine; }
    /** Every medicine together. */
    public ReadOnlyObjectProperty<AdherenceRow> overallProperty() { return overall.getReadOnlyProperty(); }
    /** Planned and taken doses week by week, oldest first (the chart). */
    public ObservableList<AdherencePoint> weekly() { return weekly; }
}
