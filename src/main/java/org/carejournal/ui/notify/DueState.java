package org.carejournal.ui.notify;

import java.util.List;
import org.carejournal.care.meds.DoseItem;
import org.carejournal.domain.meds.Reminder;

/**
 * What the journal holds that notifications are about, read at one moment.
 *
 * @param dosesToday       today's planned doses, recorded or not
 * @param missedEarlier    planned doses of earlier days still not recorded
 * @param overdueReminders open reminders whose day has passed
 * @param openReminders    open reminders of the coming week (today's among them)
 */
public record DueState(List<DoseItem> dosesToday, int missedEarlier, int overdueReminders,
                       List<Reminder> openReminders) {

    public DueState {
        dosesToday = List.copyOf(dosesToday);
        openReminders = List.copyOf(openReminders);
    }

    /** A state where nothing is due. */
    public static DueState none() {
        return new DueState(List.of(), 0, 0, List.of());
    }
}
