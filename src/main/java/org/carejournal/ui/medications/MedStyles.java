package org.carejournal.ui.medications;

/** Style class names of the Medicines screen, spelled once for the code and {@code medications.css}. */
final class MedStyles {
    private MedStyles() {}

    static final String CSS = "/org/carejournal/ui/medications/medications.css";

    static final String VIEW = "medications-view";
    static final String DOSE_ROW = "dose-row";
    static final String DOSE_TIME = "dose-time";
    static final String DOSE_WHAT = "dose-what";
    static final String DOSE_WORDS = "dose-words";
    static final String DOSE_STATE = "dose-state";
    static final String DOSE_ACTION = "dose-action";
    static final String DOSE_FORM = "dose-form";
    static final String PLAN_ROW = "plan-row";
    static final String PLAN_NAME = "plan-name";
    static final String ADHERENCE_BAR = "adherence-bar";
    static final String ADHERENCE_OVERALL = "adherence-overall";
    static final String PERIOD_BUTTON = "period-button";
    static final String MISSED_CARD = "missed-card";
    static final String EMPTY_CARD = "meds-empty";

    /** Pseudo classes of a dose row, one per {@link DoseRowModel.State}. */
    static final String TAKEN = "taken";
    static final String SKIPPED = "skipped";
}
