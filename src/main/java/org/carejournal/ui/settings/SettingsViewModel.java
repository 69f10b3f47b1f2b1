package org.carejournal.ui.settings;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.carejournal.domain.JournalSettings;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabUnit;
import org.carejournal.domain.People;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.ui.Async;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;

/**
 * The Settings screen. Text size and theme belong to this computer and take effect at once (the
 * properties are the app's own, passed in); the rest belongs to the person's journal and is saved
 * to it as soon as it is chosen, except the name, which is saved with its button.
 */
public final class SettingsViewModel {
    /** The PSA interval as the reminder rules keep it (ReminderService moves the open reminder too). */
    public interface PsaInterval {
        int months(long personId);

        void set(long personId, int months);
    }

    private final People people;
    private final JournalSettings settings;
    private final PsaInterval psaInterval;
    private final long personId;
    private final Path backupFolder;
    private final Consumer<Path> showFolder;
    private final Consumer<Person> renamed;
    private final Async async;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameError = new SimpleStringProperty("");
    private final ObjectProperty<TextSize> textSize;
    private final ObjectProperty<Theme> theme;
    private final IntegerProperty psaMonths = new SimpleIntegerProperty();
    private final ObjectProperty<Temperature.Unit> temperatureUnit = new SimpleObjectProperty<>(Temperature.Unit.CELSIUS);
    private final ObjectProperty<String> creatinineUnit =
            new SimpleObjectProperty<>(LabTest.CREATININE.canonicalUnit().symbol());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** True while values read from the journal are being put in the properties: those are not changes to save. */
    private boolean loading;

    /**
     * @param textSize     the app's text size (shared with the View menu)
     * @param theme        the app's theme (shared with the View menu)
     * @param backupFolder where the automatic backups of this journal go
     * @param showFolder   opens a folder in the system's file manager
     * @param renamed      told, on the UI thread, after the name was saved
     */
    public SettingsViewModel(People people, JournalSettings settings, PsaInterval psaInterval, long personId,
                             ObjectProperty<TextSize> textSize, ObjectProperty<Theme> theme, Path backupFolder,
                             Consumer<Path> showFolder, Consumer<Person> renamed, Async async) {
        this.people = people;
        this.settings = settings;
        this.psaInterval = psaInterval;
        this.personId = personId;
        this.textSize = textSize;
        this.theme = theme;
        this.backupFolder = backupFolder;
        this.showFolder = showFolder;
        this.renamed = renamed;
        this.async = async;
        psaMonths.addListener((obs, was, is) -> {
            if (!loading && is.intValue() > 0) save(() -> psaInterval.set(personId, is.intValue()), "PSA test interval");
        });
        temperatureUnit.addListener((obs, was, is) -> {
            if (!loading && is != null) save(() -> settings.setTemperatureUnit(personId, is), "Temperature unit");
        });
        creatinineUnit.addListener((obs, was, is) -> {
            if (!loading && is != null) save(() -> settings.setCreatinineUnit(personId, is), "Creatinine unit");
        });
    }

    private record Loaded(String name, int psaMonths, Temperature.Unit temperature, String creatinine) {}

    /** Reads the person's settings from the journal. */
    public void load() {
        async.run(() -> new Loaded(
                        people.find(personId).map(Person::name).orElse(""),
                        psaInterval.months(personId),
                        settings.temperatureUnit(personId).orElse(Temperature.Unit.CELSIUS),
                        settings.creatinineUnit(personId).orElse(LabTest.CREATININE.canonicalUnit().symbol())),
                l -> {
                    loading = true;
                    try {
                        name.set(l.name());
                        psaMonths.set(l.psaMonths());
                        temperatureUnit.set(l.temperature());
                        creatinineUnit.set(l.creatinine());
                    } finally {
                        loading = false;
                    }
                    status.set("");
                },
                this::fail);
    }

    /** Saves the name as typed; a blank name is refused with a message. */
    public void saveName() {
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty()) {
            nameError.set("Please type a name.");
            return;
        }
        nameError.set("");
        async.run(() -> {
            people.rename(personId, typed);
            return new Person(personId, typed);
        }, p -> {
            name.set(p.name());
            status.set("Name saved.");
            renamed.accept(p);
        }, this::fail);
    }

    /** Opens the backups folder in the file manager. */
    public void showBackupFolder() {
        showFolder.accept(backupFolder);
    }

    private void save(Runnable work, String what) {
        async.run(() -> {
            work.run();
            return what;
        }, w -> status.set(w + " saved."), this::fail);
    }

    private void fail(Throwable e) {
        status.set("Could not reach the journal file: " + e.getMessage());
    }

    /** The units creatinine can be shown in, the journal's own (mg/dL) first. */
    public List<String> creatinineUnits() {
        return LabTest.CREATININE.units().stream().map(LabUnit::symbol).toList();
    }

    public StringProperty nameProperty() { return name; }
    /** Why the typed name was refused; empty when it was not. */
    public StringProperty nameErrorProperty() { return nameError; }
    public ObjectProperty<TextSize> textSizeProperty() { return textSize; }
    public ObjectProperty<Theme> themeProperty() { return theme; }
    public IntegerProperty psaMonthsProperty() { return psaMonths; }
    public ObjectProperty<Temperature.Unit> temperatureUnitProperty() { return temperatureUnit; }
    public ObjectProperty<String> creatinineUnitProperty() { return creatinineUnit; }
    /** Where the automatic backups of this journal are written. */
    public Path backupFolder() { return backupFolder; }
    /** What was last saved, or what went wrong. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
