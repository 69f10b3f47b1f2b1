package org.carejournal.ui.notify;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.ReminderGroups;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.domain.meds.Reminder;

/**
 * Reads today's doses and the open reminders of one person. The reminders are regenerated on the first
 * read of each day, so a reminder the plan makes due today is there even if the Reminders screen has not
 * been opened.
 */
public final class JournalDueSource implements DueSource {
    private final DoseChecklist doses;
    private final ReminderService reminders;
    private final long personId;
    /** Only touched on the journal thread. */
    private LocalDate regenerated;

    public JournalDueSource(DoseChecklist doses, ReminderService reminders, long personId) {
        this.doses = doses;
        this.reminders = reminders;
        this.personId = personId;
    }

    @Override
    public DueState read(LocalDate today) {
        if (!today.equals(regenerated)) {
            reminders.regenerate(personId);
            regenerated = today;
        }
        ReminderGroups groups = reminders.groups(personId, today);
        List<Reminder> open = Stream.concat(groups.overdue().stream(), groups.dueSoon().stream()).toList();
        return new DueState(doses.dueOn(personId, today), doses.missed(personId, today).size(),
                groups.overdue().size(), open);
    }
}
