package org.carejournal.ui;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * The "PSA test every …" choice, shown on the Reminders and Settings screens: 1 to 12 months, 3 being the
 * journal's default (DOMAIN.md, "psa-due").
 */
public final class PsaIntervalChoice {
    /** The intervals offered, in months. */
    public static final List<Integer> MONTHS = List.of(1, 2, 3, 4, 6, 12);

    private PsaIntervalChoice() {}

    /** A list of the intervals, in words ("3 months"); the caller binds its value. */
    public static ComboBox<Integer> create(String id) {
        ComboBox<Integer> months = new ComboBox<>(FXCollections.observableArrayList(MONTHS));
        months.setId(id);
        months.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n + (n == 1 ? " month" : " months");
            }

            @Override
            public Integer fromString(String text) {
                return null;   // chosen from the list, never typed
            }
        });
        return months;
    }
}
