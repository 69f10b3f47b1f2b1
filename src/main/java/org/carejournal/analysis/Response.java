package org.carejournal.analysis;

/** PSA response: a fall of at least 50 % from the baseline, confirmed by a value 4 weeks or more later. */
public enum Response {
    /** No value is 50 % or more below the baseline (or no such fall was confirmed). */
    NONE,
    /** A value is 50 % or more below the baseline and no value 4 weeks or more later exists yet. */
    UNCONFIRMED,
    /** A value is 50 % or more below the baseline and a value 4 weeks or more later is too. */
    CONFIRMED
}
