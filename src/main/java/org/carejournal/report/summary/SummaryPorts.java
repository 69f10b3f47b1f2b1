package org.carejournal.report.summary;

import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabResults;
import org.carejournal.domain.People;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.RaisedFlags;
import org.carejournal.domain.checkin.Symptoms;
import org.carejournal.domain.library.AppointmentQuestions;
import org.carejournal.domain.meds.MedicationPorts;

/** The parts of a journal the summary reads, as the app's session hands them out. */
public record SummaryPorts(People people, LabResults labs, JournalSettings settings, Symptoms symptoms,
                           CheckIns checkIns, PainLog painLog, RaisedFlags raisedFlags, MedicationPorts medications,
                           AppointmentQuestions questions) {}
