package org.carejournal.domain.checkin;

/** The red-flag patterns of DOMAIN.md; what each means and what to do is in {@code care.RedFlagRules}. */
public enum RedFlag {
    SPINAL_CORD_COMPRESSION, INFECTION, HIGH_CALCIUM, FRACTURE, JAW, URINE, UNCONTROLLED_PAIN
}
