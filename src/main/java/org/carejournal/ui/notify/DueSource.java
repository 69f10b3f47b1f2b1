package org.carejournal.ui.notify;

import java.time.LocalDate;

/** Reads what is due from the journal; called off the FX thread. */
@FunctionalInterface
public interface DueSource {
    DueState read(LocalDate today);
}
