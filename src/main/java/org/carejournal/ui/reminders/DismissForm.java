package org.carejournal.ui.reminders;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Why a reminder is dismissed. A reason is required: it is what the person (or the care team) reads
 * later when wondering why a test was never done.
 */
public final class DismissForm {
    /** Offered as ready answers; anything else may be typed. */
    public static final List<String> COMMON_REASONS = List.of("Not relevant to me", "My care team said no",
            "Already done elsewhere");

    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty reasonError = new SimpleStringProperty("");

    /** The reason, or empty after putting a message beside the field. */
    public Optional<String> check() {
        String r = reason.get() == null ? "" : reason.get().strip();
        reasonError.set(r.isEmpty() ? "Say why, so it is clear later. Choose a reason or type your own." : "");
        return r.isEmpty() ? Optional.empty() : Optional.of(r);
    }

    public StringProperty reasonProperty() { return reason; }
    public StringProperty reasonErrorProperty() { return reasonError; }
}
