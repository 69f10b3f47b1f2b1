package org.carejournal.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/** Date pickers that show and read dates one way everywhere: 2026-03-01 (no locale surprises). */
public final class DatePickers {
    /** Year-month-day, strict, so "2026-02-30" is refused rather than moved to March. */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private DatePickers() {}

    /** The date typed, or null when it is blank or not a real date in {@link #DATE}'s form. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return LocalDate.parse(text.strip(), DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static DatePicker create(String id, String prompt) {
        DatePicker p = new DatePicker();
        p.setId(id);
        p.setPromptText(prompt);
        p.getStyleClass().add(Styles.DATE_FIELD);
        p.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate d) {
                return d == null ? "" : DATE.format(d);
            }

            @Override
            public LocalDate fromString(String s) {
                LocalDate d = parse(s);
                // DatePicker keeps the last good value when the converter throws.
                if (d == null && s != null && !s.isBlank()) throw new IllegalArgumentException("not a date: " + s);
                return d;
            }
        });
        return p;
    }
}
