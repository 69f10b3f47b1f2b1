package org.carejournal.ui.medications;

import org.carejournal.care.meds.PlanItem;

/**
 * What removing a medicine asks: with logged doses, whether to keep its history (the default) or delete
 * them too; without, only whether to go ahead.
 *
 * @param loggedDoses doses taken, skipped or logged when needed
 */
public record RemoveQuestion(PlanItem item, int loggedDoses) {
    public boolean hasDoses() { return loggedDoses > 0; }
}
