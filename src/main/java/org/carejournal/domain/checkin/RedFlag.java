package org.carejournal.domain.checkin;

/**
 * The red-flag patterns of DOMAIN.md, most urgent first (call now, then today, then at the next
 * call): the screen shows them in this order. What each means and what to do is in
 * {@code care.RedFlagRules}. Stored by name, so the order may change.
 */
public enum RedFlag {
    SPINAL_CORD_COMPRESSION, INFECTION, HIGH_CALCIUM, FRACTURE, URINE, UNCONTROLLED_PAIN, JAW
}
