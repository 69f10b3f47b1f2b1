package org.carejournal.domain.meds;

/**
 * A medicine (or a treatment event such as radiation) in a person's plan. Its rhythm lives in its
 * {@link Schedule}s, one per version of the plan.
 *
 * @param catalogKey the catalog entry it was chosen from, or null for a medicine typed in by hand
 * @param name       what the person calls it, e.g. "Leuprolide (Lupron Depot)"
 * @param removed    taken out of the plan; its schedules and dose log are kept as history
 */
public record Medication(long id, String catalogKey, String name, DrugClass drugClass, Route route, String note,
                         boolean removed) {

    public Medication {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("A medicine needs a name");
        name = name.strip();
        note = note == null ? "" : note.strip();
    }

    /** A medicine not yet saved. */
    public static Medication draft(String catalogKey, String name, DrugClass drugClass, Route route) {
        return new Medication(0, catalogKey, name, drugClass, route, "", false);
    }

    public boolean fromCatalog() { return catalogKey != null; }

    public Medication withId(long newId) {
        return new Medication(newId, catalogKey, name, drugClass, route, note, removed);
    }

    public Medication withRemoved(boolean r) {
        return new Medication(id, catalogKey, name, drugClass, route, note, r);
    }
}
