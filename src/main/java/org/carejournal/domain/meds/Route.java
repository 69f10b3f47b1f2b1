package org.carejournal.domain.meds;

/** How a medicine is given. */
public enum Route {
    BY_MOUTH("By mouth"),
    INJECTION("Injection"),
    INFUSION("Infusion (drip)"),
    PROCEDURE("Procedure"),
    RADIATION("Radiation"),
    OTHER("Other");

    private final String label;

    Route(String label) { this.label = label; }

    public String label() { return label; }

    /** Given by a nurse or clinic on a date, so the next one is worth a reminder a few days ahead. */
    public boolean givenAtClinic() {
        return this == INJECTION || this == INFUSION;
    }
}
