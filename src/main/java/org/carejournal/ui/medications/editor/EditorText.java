package org.carejournal.ui.medications.editor;

import java.time.temporal.ChronoUnit;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.domain.meds.ScheduleKind;

/** The words the editor shows for rhythms, units and catalog entries. */
final class EditorText {
    private EditorText() {}

    static String kind(ScheduleKind k) {
        return switch (k) {
            case DAILY -> "Every day";
            case EVERY -> "Every few days, weeks or months";
            case CYCLE -> "A course of doses";
            case ONCE -> "Once (an event)";
            case AS_NEEDED -> "When needed";
        };
    }

    static String kindHint(ScheduleKind k) {
        if (k == null) return "";
        return switch (k) {
            case DAILY -> "Tablets taken each day, at up to 4 times of day.";
            case EVERY -> "Injections or drips given on a rhythm, such as every 4 weeks or every 3 months. "
                    + "The first dose is on the start date.";
            case CYCLE -> "A set number of doses, such as chemotherapy every 3 weeks, or radium-223 every "
                    + "4 weeks for 6 doses. The first dose is on the start date.";
            case ONCE -> "Something done once, such as an operation, or a course of radiation with a first and last day.";
            case AS_NEEDED -> "Taken only when needed. Write what the label or the prescriber allows.";
        };
    }

    static String unit(ChronoUnit u) {
        return switch (u) {
            case DAYS -> "days";
            case WEEKS -> "weeks";
            case MONTHS -> "months";
            default -> u.toString().toLowerCase();
        };
    }

    /** "Zometa · Bone-targeted (bisphosphonate)" under the generic name in the search results. */
    static String detail(CatalogEntry e) {
        String brands = String.join(", ", e.brands());
        return (brands.isEmpty() ? "" : brands + " · ") + e.drugClass().label();
    }
}
