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
                if (s == null || s.isBlank()) return null;
                try {
                    return LocalDate.parse(s.strip(), DATE);
                } catch (DateTimeParseException e) {
                    // DatePicker keeps the last good value when the converter throws.
                    throw new IllegalArgumentException("not a date", e);
                }
            }
        });
        return p;
    }
}
