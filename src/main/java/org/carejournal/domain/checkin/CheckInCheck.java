package org.carejournal.domain.checkin;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what a person typed on the check-in: the day, the typed 0–10 pain ratings and the
 * temperature. Gives one plain message per wrong field; the caller saves nothing when there is any.
 */
public final class CheckInCheck {

    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:[.,]\\d+)?$");

    private CheckInCheck() {}

    /** Messages by field; empty when everything can be saved. */
    public static Map<CheckInField, String> problems(LocalDate date, LocalDate today, Map<Long, Integer> ratings) {
        Map<CheckInField, String> errors = new EnumMap<>(CheckInField.class);
        if (date == null) errors.put(CheckInField.DATE, "Choose the day this check-in is for.");
        else if (date.isAfter(today)) errors.put(CheckInField.DATE, "That day has not come yet. Choose today or an earlier day.");
        if (ratings.values().stream().anyMatch(r -> r == null || r < 0 || r > 10)) {
            errors.put(CheckInField.RATINGS, "Each symptom is rated from 0 (none) to 10 (worst imaginable).");
        }
        return Collections.unmodifiableMap(errors);
    }

    /** A typed 0–10 rating: blank means "not rated" (null). */
    public static Parsed<Integer> rating(String text) {
        if (text == null || text.isBlank()) return Parsed.value(null);
        String t = text.strip();
        if (!t.matches("-?\\d{1,3}")) return Parsed.problem("Type a whole number from 0 to 10.");
        int r = Integer.parseInt(t);
        if (r < 0 || r > 10) return Parsed.problem("Pain is rated from 0 (none) to 10 (worst imaginable), not " + r + ".");
        return Parsed.value(r);
    }

    /** A typed temperature: blank means "not taken" (null); 34–43 °C (93.2–109.4 °F) is accepted. */
    public static Parsed<Temperature> temperature(String text, Temperature.Unit unit) {
        if (text == null || text.isBlank()) return Parsed.value(null);
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) return Parsed.problem("Type the temperature as a number, for example 37.2.");
        Temperature t = new Temperature(Double.parseDouble(text.strip().replace(',', '.')), unit);
        if (!t.plausible()) {
            String range = unit == Temperature.Unit.CELSIUS ? "34 to 43 °C" : "93.2 to 109.4 °F";
            String hint = unit == Temperature.Unit.CELSIUS && t.value() > 90 ? " Is it in °F?"
                    : unit == Temperature.Unit.FAHRENHEIT && t.value() < 50 ? " Is it in °C?" : "";
            return Parsed.problem("A body temperature is between " + range + ". Check the reading." + hint);
        }
        return Parsed.value(t);
    }

    /** A value, or the message saying why the text could not be used. */
    public record Parsed<T>(T value, String problem) {
        static <T> Parsed<T> value(T v) { return new Parsed<>(v, null); }

        static <T> Parsed<T> problem(String message) { return new Parsed<>(null, message); }

        public boolean ok() { return problem == null; }
    }
}
