package org.carejournal.ui.welcome;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** First run: start a journal for a named person, explore the sample journal, or open a file. */
public final class WelcomeViewModel {

    /** What the app does for each choice; failures come back through {@link #showProblem}. */
    public interface Actions {
        void startJournal(String name);

        void exploreSample();

        void openJournal(Path file);
    }

    static final int MAX_NAME = 80;

    private final Actions actions;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");

    public WelcomeViewModel(Actions actions) {
        this.actions = actions;
    }

    /** Starts a journal when the name is usable; otherwise shows why beside the field. */
    public boolean start() {
        String n = name.get() == null ? "" : name.get().strip();
        if (n.isEmpty()) {
            nameError.set("Type the name of the person this journal is for.");
            return false;
        }
        if (n.length() > MAX_NAME) {
            nameError.set("Please use a shorter name (at most " + MAX_NAME + " characters).");
            return false;
        }
        nameError.set("");
        actions.startJournal(n);
        return true;
    }

    public void exploreSample() {
        actions.exploreSample();
    }

    public void open(Path file) {
        actions.openJournal(file);
    }

    /** Shows a problem with a journal file (too new, not a journal, unreadable) above the choices. */
    public void showProblem(String message) {
        problem.set(message == null ? "" : message);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty nameErrorProperty() { return nameError; }
    public StringProperty problemProperty() { return problem; }
}
