package org.carejournal.domain.meds;

import org.carejournal.domain.Transactions;

/**
 * The places a journal keeps the medication feature's data, passed around together, with the journal's
 * transactions so that a change through several of them is all or nothing.
 */
public record MedicationPorts(MedicationPlan plan, DoseLog doses, Reminders reminders, Appointments appointments,
                              Transactions transactions) {}
