package org.carejournal.analysis;

/**
 * PSA progression status by the PCWG2/3 clinical-trial definition (DOMAIN.md). It is a trial
 * definition, never a verdict: screens say "meets the clinical-trial definition of PSA progression:
 * talk to your care team".
 */
public enum Progression {
    /** No value meets the rise criteria (or every rise was not confirmed by a later value). */
    NONE,
    /** A value meets the rise criteria and no value 3 weeks or more later exists yet. */
    UNCONFIRMED,
    /** A value meets the rise criteria and a value 3 weeks or more later meets them too. */
    CONFIRMED
}
