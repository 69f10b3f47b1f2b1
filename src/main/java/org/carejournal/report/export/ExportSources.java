package org.carejournal.report.export;

import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.Symptoms;
import org.carejournal.domain.dump.JournalTables;
import org.carejournal.domain.meds.DoseLog;
import org.carejournal.domain.meds.MedicationPlan;
import org.carejournal.domain.meds.Reminders;

/**
 * The journal's ports the exports read through; the app hands them over from the open journal.
 *
 * @param settings gives the journal's uid, from which the FHIR resources' ids are made
 */
public record ExportSources(LabResults labs, Symptoms symptoms, CheckIns checkIns, PainLog pain,
                            MedicationPlan plan, DoseLog doses, Reminders reminders, JournalTables tables,
                            JournalSettings settings) {
}
