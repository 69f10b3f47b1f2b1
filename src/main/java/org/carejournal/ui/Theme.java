package org.carejournal.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import java.util.Optional;

/**
 * The colour themes. Each is an AtlantaFX base theme (the controls) plus the app's own colour
 * variables in {@code themes.css}, chosen by a style class on every window's root; high contrast
 * sits on the dark base and overrides its colours with black, white and yellow.
 */
public enum Theme {
    LIGHT("Light", false), DARK("Dark", true), HIGH_CONTRAST("High contrast", true);

    private final String label;
    private final boolean darkBase;

    Theme(String label, boolean darkBase) {
        this.label = label;
        this.darkBase = darkBase;
    }

    public String label() { return label; }

    /** Style class put on each window's root; themes.css sets the colours for each. */
    public String styleClass() { return "theme-" + name().toLowerCase(Locale.ROOT).replace('_', '-'); }

    /** The AtlantaFX stylesheet for the controls (the binary form, which loads faster). */
    public String userAgentStylesheet() {
        return darkBase ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS();
    }

    /** The theme saved under this name, if any. */
    public static Optional<Theme> ofName(String name) {
        try {
            return Optional.of(valueOf(name == null ? "" : name.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
