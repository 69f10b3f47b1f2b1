package org.carejournal.domain.checkin;

/** The four places a journal keeps the check-in feature's data, passed around together. */
public record CheckInPorts(Symptoms symptoms, CheckIns checkIns, PainLog painLog, RaisedFlags flags) {}
