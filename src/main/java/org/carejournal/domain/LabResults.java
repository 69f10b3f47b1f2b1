package org.carejournal.domain;

import java.util.List;

/**
 * Where one journal keeps its lab results. Screens and importers depend on this port; the SQLite
 * store implements it, so the arrows point inward (DESIGN.md).
 */
public interface LabResults {

    /** Saves a new result and returns it with its id. */
    LabResult add(long personId, LabResult result);

    /** Saves all results in one transaction: all of them or none. */
    void addAll(long personId, List<LabResult> results);

    void update(LabResult result);

    void delete(long id);

    /** Puts a deleted result back with its old id (Undo). */
    LabResult restore(long personId, LabResult deleted);

    void setExcluded(long id, boolean excluded);

    /** One test's results, oldest first. */
    List<LabResult> forTest(long personId, LabTest test);

    /** Every result, oldest first. */
    List<LabResult> all(long personId);

    int count(long personId);
}
