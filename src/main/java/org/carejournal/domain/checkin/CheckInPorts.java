package org.carejournal.domain.checkin;

import org.carejournal.domain.Transactions;

/**
 * The places a journal keeps the check-in feature's data, passed around together, and the journal's
 * transactions so that a save through several of them is all or nothing.
 */
public record CheckInPorts(Symptoms symptoms, CheckIns checkIns, PainLog painLog, RaisedFlags flags,
                           Transactions transactions) {}
