package org.carejournal.care.meds;

import java.util.List;
import java.util.Set;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;

/**
 * One drug of the medication catalog (DOMAIN.md's treatment table).
 *
 * @param key        stable id stored with a medicine chosen from the catalog, e.g. "zoledronic-acid"
 * @param generic    the generic name
 * @param brands     brand names, may be empty
 * @param offers     the schedules to offer first when adding it, most usual first
 * @param reminders  the care-reminder rules that go with it
 */
public record CatalogEntry(String key, String generic, List<String> brands, DrugClass drugClass, Route route,
                           List<ScheduleOffer> offers, Set<ReminderKind> reminders) {

    public CatalogEntry {
        brands = List.copyOf(brands);
        offers = List.copyOf(offers);
        reminders = Set.copyOf(reminders);
    }

    /** The library tag of the article that explains this drug's family. */
    public String articleTag() { return drugClass.articleTag(); }

    /** "Generic (Brand, Brand)", as shown in lists and stored as the medicine's name. */
    public String displayName() {
        return brands.isEmpty() ? generic : generic + " (" + String.join(", ", brands) + ")";
    }
}
