package org.carejournal.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a person typed for one lab result (in the form or in a CSV row) and turns it into a
 * {@link LabResult}, or into one plain message per wrong field. Nothing is saved on error.
 */
public final class LabEntryCheck {

    /** "4.2", "4,2", "<0.1", "< 0.01", "1 250" is not accepted (ambiguous). */
    private static final Pattern VALUE = Pattern.compile("^(<)?\\s*(\\d+(?:[.,]\\d+)?|[.,]\\d+)$");

    /** "1,250" may be 1.25 (decimal comma) or 1250 (thousands separator): ask rather than guess. */
    private static final Pattern AMBIGUOUS_COMMA = Pattern.compile("^[1-9]\\d{0,2},\\d{3}$");

    private LabEntryCheck() {}

    /** The outcome: a result when every field is right, otherwise the message for each wrong field. */
    public record Outcome(Optional<LabResult> result, Map<LabEntryField, String> errors) {
        public boolean ok() { return result.isPresent(); }

        /** All messages in one line, in field order (for the command line and the import preview). */
        public String summary() { return String.join("; ", errors.values()); }
    }

    /**
     * @param date      the day of the test, null when the date typed could not be read
     * @param unitText  null or blank means the test's canonical unit
     * @param today     the date "now" (passed in so tests can fix it)
     */
    public static Outcome check(LocalDate date, LabTest test, String valueText, String unitText,
                                String lab, String note, LocalDate today) {
        Map<LabEntryField, String> errors = new EnumMap<>(LabEntryField.class);
        if (date == null) {
            errors.put(LabEntryField.DATE, "Enter a real date, for example 2026-03-14.");
        } else if (date.isAfter(today)) {
            errors.put(LabEntryField.DATE, "The date is in the future. Enter the day the blood was taken.");
        }
        if (test == null) {
            errors.put(LabEntryField.TEST, "Choose which test this is.");
        }
        LabUnit unit = null;
        if (test != null) {
            unit = unitText == null || unitText.isBlank() ? test.canonicalUnit() : test.unit(unitText).orElse(null);
            if (unit == null) {
                errors.put(LabEntryField.UNIT, "\"" + unitText.strip() + "\" is not a unit for " + test.displayName()
                        + ". Use " + unitList(test) + ".");
            }
        }
        LabValue value = null;
        if (test != null) {
            Object parsed = parseValue(valueText, test, unit);
            if (parsed instanceof String message) errors.put(LabEntryField.VALUE, message);
            else value = (LabValue) parsed;
        }
        if (!errors.isEmpty()) return new Outcome(Optional.empty(), Collections.unmodifiableMap(errors));
        LabResult result = new LabResult(0, test, date, value, valueText.strip(), unit.symbol(), lab, note, false);
        return new Outcome(Optional.of(result), Map.of());
    }

    /** A LabValue in the canonical unit, or a message saying what is wrong. */
    private static Object parseValue(String text, LabTest test, LabUnit unit) {
        if (text == null || text.isBlank()) return "Enter the value from the lab report.";
        if (AMBIGUOUS_COMMA.matcher(text.strip()).matches()) {
            String t = text.strip();
            return "Is this " + t.replace(',', '.') + " or " + t.replace(",", "") + "? Type it without the comma.";
        }
        Matcher m = VALUE.matcher(text.strip());
        if (!m.matches()) {
            if (text.strip().startsWith("-")) return "A lab value cannot be negative.";
            return "Type a number such as 4.2 or 4,2, or <0.1 when the lab reports \"less than\".";
        }
        double number = Double.parseDouble(m.group(2).replace(',', '.'));
        boolean censored = m.group(1) != null;
        if (number == 0) {
            return censored ? "A detection limit of 0 is not possible. Copy the limit from the report, e.g. <0.1."
                    : "A value of 0 is not possible. If the lab wrote \"<0.1\" or \"undetectable\", type <0.1.";
        }
        // With an unknown unit the unit message is enough; the number itself is fine.
        double canonical = unit == null ? number : unit.toCanonical(number);
        if (canonical > test.maxPlausible()) {
            return "That is far higher than any real " + test.displayName() + " result ("
                    + Numbers.format(test.maxPlausible()) + " " + test.canonicalUnit().symbol()
                    + " or more). Check for a typing slip.";
        }
        return censored ? LabValue.below(canonical) : LabValue.exact(canonical);
    }

    private static String unitList(LabTest test) {
        return String.join(" or ", test.units().stream().map(LabUnit::symbol).toList());
    }
}
