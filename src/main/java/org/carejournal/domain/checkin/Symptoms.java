package org.carejournal.domain.checkin;

import java.util.List;

/** Where a journal keeps each person's list of tracked symptoms. */
public interface Symptoms {

    /**
     * The person's symptoms in check-in order, hidden ones included. A person who has none yet gets
     * the {@link StandardSymptom} list first.
     */
    List<Symptom> list(long personId);

    /** Adds a symptom at the end of the list. Check the name with {@link SymptomNameCheck} first. */
    Symptom addCustom(long personId, String name);

    void setHidden(long symptomId, boolean hidden);

    /** Saves a new order: {@code idsInOrder} lists every one of the person's symptoms. */
    void reorder(long personId, List<Long> idsInOrder);
}
