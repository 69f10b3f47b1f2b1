package org.carejournal.ui.settings;

/** Style classes of the Settings screen, spelled once for the code and settings.css. */
public final class SettingsStyles {
    private SettingsStyles() {}

    public static final String CSS = "/org/carejournal/ui/settings/settings.css";

    public static final String VIEW = "settings-view";
    public static final String GROUP = "settings-group";
    public static final String CHOICES = "settings-choices";
    public static final String CHOICE = "settings-choice";
    public static final String PATH = "settings-path";
    public static final String STATUS = "settings-status";
}
