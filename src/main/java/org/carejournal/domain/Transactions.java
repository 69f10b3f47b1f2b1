package org.carejournal.domain;

import java.util.function.Supplier;

/**
 * Lets work that writes through several ports be saved as one: all of it or, when any part fails,
 * none of it. The journal file implements it.
 */
public interface Transactions {
    <T> T allOrNothing(Supplier<T> work);
}
