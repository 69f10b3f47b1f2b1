package org.carejournal.ui.shell;

/** Style classes of the window's frame (defined in shell.css beside it), spelled once. */
public final class ShellStyles {
    private ShellStyles() {}

    public static final String CSS = "/org/carejournal/ui/shell/shell.css";

    /** The person's name at the top of the navigation, which opens the list of people. */
    public static final String PERSON_SWITCHER = "person-switcher";
    /** The form of the "Add a person" window. */
    public static final String ADD_PERSON_FORM = "add-person-form";
}
