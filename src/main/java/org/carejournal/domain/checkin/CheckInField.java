package org.carejournal.domain.checkin;

/** The fields of the check-in that can carry a message. */
public enum CheckInField { DATE, RATINGS, PAIN_NOW, PAIN_WORST, PAIN_AVERAGE, TEMPERATURE }
