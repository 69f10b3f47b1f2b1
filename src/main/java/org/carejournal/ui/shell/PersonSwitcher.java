package org.carejournal.ui.shell;

import java.util.List;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.carejournal.domain.Person;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The name of the person whose journal is shown, at the top of the navigation. It opens a list of
 * everyone kept in this journal file, to switch to another, and "Add a person…". A caregiver keeping
 * journals for two parents moves between them here.
 */
public final class PersonSwitcher extends MenuButton {
    /** What choosing in the list does; the window rebuilds its screens for the chosen person. */
    public interface Actions {
        /** Shows the journal of {@code person} (another than the one shown). */
        void choose(Person person);

        /** Adds a person of this (non-blank) name to the journal and shows their journal. */
        void add(String name);
    }

    /** Does nothing: for a frame shown without the rest of the window (tests of one screen). */
    public static final Actions NO_ACTIONS = new Actions() {
        @Override public void choose(Person person) { }
        @Override public void add(String name) { }
    };

    private final Actions actions;
    private final long shownId;
    private List<Person> people;

    /** @param shown the person whose journal is shown; listed alone until {@link #setPeople} is called */
    public PersonSwitcher(Person shown, Actions actions) {
        super(shown.name(), new FontIcon(MaterialDesignA.ACCOUNT_CIRCLE_OUTLINE));
        this.actions = actions;
        this.shownId = shown.id();
        setId("personSwitcher");
        getStyleClass().addAll(Styles.SECTION_TITLE, ShellStyles.PERSON_SWITCHER);
        setWrapText(true);
        setTooltip(new Tooltip("Switch to another person in this journal, or add one"));
        setAccessibleHelp("Opens the list of people in this journal: choose one to see their journal, or add a person.");
        setPeople(List.of(shown));
    }

    /** Shows a changed name of the person shown (after the Settings screen saved it). */
    public void setName(String name) {
        setText(name);
        people = people.stream().map(p -> p.id() == shownId ? new Person(p.id(), name) : p).toList();
        setPeople(people);
    }

    /** Lists these people (everyone in the journal, in the order they were added), ticking the one shown. */
    public void setPeople(List<Person> everyone) {
        this.people = List.copyOf(everyone);
        ToggleGroup group = new ToggleGroup();
        getItems().clear();
        for (Person p : people) {
            RadioMenuItem item = new RadioMenuItem(p.name());
            item.setId("person-" + p.id());
            item.setToggleGroup(group);
            item.setSelected(p.id() == shownId);
            item.setOnAction(e -> {
                if (p.id() != shownId) actions.choose(p);
                else item.setSelected(true);   // choosing the one shown keeps it shown
            });
            getItems().add(item);
        }
        MenuItem add = new MenuItem("Add a person…");
        add.setId("addPerson");
        add.setOnAction(e -> AddPersonDialog.create(getScene() == null ? null : getScene().getWindow(), actions::add)
                .show());
        getItems().addAll(new SeparatorMenuItem(), add);
        // A screen reader hears whose journal this is, and that it is the way to the others.
        setAccessibleText("Person: " + getText() + ". " + people.size()
                + (people.size() == 1 ? " person" : " people") + " in this journal; open to switch or add one");
    }

    /** Everyone listed, in order. */
    public List<Person> people() {
        return people;
    }
}
