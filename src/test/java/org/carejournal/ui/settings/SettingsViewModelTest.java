package org.carejournal.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.ui.Async;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    JournalSession session;
    Person walter;
    Person ann;
    final List<Path> shown = new ArrayList<>();
    final List<Person> renamed = new ArrayList<>();
    final SimpleObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(TextSize.NORMAL);
    final SimpleObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);

    @BeforeEach
    void open() {
        session = JournalSession.open(dir.resolve("journal.db"));
        walter = session.people().create("Walter");
        ann = session.people().create("Ann");
    }

    @AfterEach
    void close() {
        session.close();
    }

    SettingsViewModel vm(Person p) {
        SettingsViewModel vm = new SettingsViewModel(session.people(), session.settings(),
                new SettingsViewModel.PsaInterval() {
                    @Override public int months(long id) { return session.settings().psaIntervalMonths(id); }
                    @Override public void set(long id, int months) { session.settings().setPsaIntervalMonths(id, months); }
                }, p.id(), textSize, theme, dir.resolve("backups"), shown::add, renamed::add, Async.direct());
        vm.load();
        return vm;
    }

    @Test
    void loadsWhatTheJournalHolds() {
        session.settings().setPsaIntervalMonths(walter.id(), 6);
        session.settings().setTemperatureUnit(walter.id(), Temperature.Unit.FAHRENHEIT);
        SettingsViewModel vm = vm(walter);
        assertThat(vm.nameProperty().get()).isEqualTo("Walter");
        assertThat(vm.psaMonthsProperty().get()).isEqualTo(6);
        assertThat(vm.temperatureUnitProperty().get()).isEqualTo(Temperature.Unit.FAHRENHEIT);
        assertThat(vm.creatinineUnitProperty().get()).as("the journal's own unit until chosen").isEqualTo("mg/dL");
        assertThat(vm.statusProperty().get()).isEmpty();
    }

    @Test
    void choicesAreSavedToThisPersonsJournalAtOnce() {
        SettingsViewModel vm = vm(walter);
        vm.psaMonthsProperty().set(4);
        vm.temperatureUnitProperty().set(Temperature.Unit.FAHRENHEIT);
        vm.creatinineUnitProperty().set("µmol/L");
        assertThat(session.settings().psaIntervalMonths(walter.id())).isEqualTo(4);
        assertThat(session.settings().temperatureUnit(walter.id())).contains(Temperature.Unit.FAHRENHEIT);
        assertThat(session.settings().creatinineUnit(walter.id())).contains("µmol/L");
        assertThat(session.settings().psaIntervalMonths(ann.id())).as("Ann's are her own").isEqualTo(3);
        assertThat(session.settings().creatinineUnit(ann.id())).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Creatinine unit saved.");
    }

    @Test
    void loadingIsNotSaving() {
        vm(walter);
        assertThat(session.settings().temperatureUnit(walter.id())).isEmpty();
        assertThat(session.settings().get(walter.id(), "psa.interval.months")).isEmpty();
    }

    @Test
    void theNameIsSavedWithItsButtonAndABlankOneRefused() {
        SettingsViewModel vm = vm(walter);
        vm.nameProperty().set("   ");
        vm.saveName();
        assertThat(vm.nameErrorProperty().get()).isNotEmpty();
        assertThat(session.people().find(walter.id())).map(Person::name).contains("Walter");

        vm.nameProperty().set("  Walter White ");
        vm.saveName();
        assertThat(vm.nameErrorProperty().get()).isEmpty();
        assertThat(session.people().find(walter.id())).map(Person::name).contains("Walter White");
        assertThat(renamed).extracting(Person::name).containsExactly("Walter White");
    }

    @Test
    void textSizeAndThemeAreTheAppsOwn() {
        SettingsViewModel vm = vm(walter);
        vm.textSizeProperty().set(TextSize.LARGEST);
        vm.themeProperty().set(Theme.DARK);
        assertThat(textSize.get()).isEqualTo(TextSize.LARGEST);
        assertThat(theme.get()).isEqualTo(Theme.DARK);
    }

    @Test
    void showsTheBackupFolder() {
        SettingsViewModel vm = vm(walter);
        assertThat(vm.backupFolder()).isEqualTo(dir.resolve("backups"));
        vm.showBackupFolder();
        assertThat(shown).containsExactly(dir.resolve("backups"));
        assertThat(vm.creatinineUnits()).containsExactly("mg/dL", "µmol/L");
    }
}
