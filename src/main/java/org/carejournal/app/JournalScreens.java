package org.carejournal.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.awt.Desktop;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.carejournal.care.CheckInService;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.domain.Person;
import org.carejournal.report.IcsExport;
import org.carejournal.report.LabCsvImport;
import org.carejournal.report.summary.SummaryService;
import org.carejournal.ui.Async;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.ui.labs.ImportDialog;
import org.carejournal.ui.labs.ImportViewModel;
import org.carejournal.ui.labs.LabsView;
import org.carejournal.ui.labs.LabsViewModel;
import org.carejournal.ui.medications.MedicationsView;
import org.carejournal.ui.medications.MedicationsViewModel;
import org.carejournal.ui.medications.editor.MedicationEditorDialog;
import org.carejournal.ui.medications.editor.MedicationEditorViewModel;
import org.carejournal.ui.notify.DesktopNotifier;
import org.carejournal.ui.notify.DueWatcher;
import org.carejournal.ui.notify.JournalDueSource;
import org.carejournal.ui.reminders.RemindersView;
import org.carejournal.ui.reminders.RemindersViewModel;
import org.carejournal.ui.LearnContext;
import org.carejournal.ui.library.LearnMoreModel;
import org.carejournal.ui.library.LearnMorePanel;
import org.carejournal.ui.library.LibraryView;
import org.carejournal.ui.library.LibraryViewModel;
import org.carejournal.ui.library.QuestionsModel;
import org.carejournal.ui.library.QuestionsPane;
import org.carejournal.ui.library.ReaderModel;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.ui.settings.SettingsView;
import org.carejournal.ui.settings.SettingsViewModel;
import org.carejournal.ui.shell.Appearance;
import org.carejournal.ui.shell.MainShell;
import org.carejournal.ui.shell.PersonSwitcher;
import org.carejournal.ui.shell.ReviewLock;
import org.carejournal.ui.summary.SummaryView;
import org.carejournal.ui.summary.SummaryViewModel;
import org.carejournal.ui.summary.SystemPrinter;
import org.carejournal.ui.shell.Section;
import org.carejournal.ui.symptoms.SymptomsView;
import org.carejournal.ui.symptoms.SymptomsViewModel;
import org.carejournal.ui.today.SymptomListDialog;
import org.carejournal.ui.today.SymptomListModel;
import org.carejournal.ui.today.TodayView;
import org.carejournal.ui.today.TodayViewModel;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The screens of one person's journal, wired to the open file, and what links them: a change to the
 * medicine plan regenerates the reminders and redraws the screens that show the plan (the treatment
 * bands on the charts, the reminders list) once they have been built.
 */
final class JournalScreens {
    static final String TODAY = "today";
    static final String LABS = "labs";
    static final String LIBRARY = "library";
    static final String SUMMARY = "summary";
    static final String SETTINGS = "settings";
    /** The calendar export's choices of months ahead, the first the default. */
    private static final List<Integer> EXPORT_MONTHS = List.of(3, 1, 6, 12);

    private final Stage stage;
    private final JournalSession s;
    private final Person person;
    private final Async async;
    private final Clock clock;
    private final ObservableDoubleValue chartFontSize;
    private final Appearance appearance;
    private final Consumer<Person> renamed;
    private final PersonSwitcher.Actions switching;
    private final ChartRange range = new ChartRange();   // one range for every chart of this journal
    private final PlanService plan;
    private final DoseChecklist doses;
    private final ReminderService reminders;
    private final MedicationCatalog catalog;
    private final AppContent content;
    private LibraryViewModel library;
    private LibraryView libraryView;
    private SummaryViewModel summary;
    private MainShell shell;
    /** Review mode: the file is open read-only and every screen's editing controls are disabled. */
    private final boolean review;

    /**
     * @param content    the catalog and articles, read once per run off the FX thread
     * @param appearance the text size and theme the Settings screen changes
     * @param renamed    told after the Settings screen saved a new name
     */
    JournalScreens(Stage stage, JournalSession s, Person person, AppContent content, Async async, Clock clock,
                   Appearance appearance, Consumer<Person> renamed) {
        this(stage, s, person, content, async, clock, appearance, renamed, PersonSwitcher.NO_ACTIONS, false);
    }

    /**
     * @param switching what choosing another person, or adding one, at the top of the navigation does
     * @param review    true to show the journal read-only, as review mode does
     */
    JournalScreens(Stage stage, JournalSession s, Person person, AppContent content, Async async, Clock clock,
                   Appearance appearance, Consumer<Person> renamed, PersonSwitcher.Actions switching,
                   boolean review) {
        this.review = review;
        this.appearance = appearance;
        this.renamed = renamed;
        this.switching = switching;
        this.content = content;
        this.catalog = content.catalog();
        this.stage = stage;
        this.s = s;
        this.person = person;
        this.async = async;
        this.clock = clock;
        this.chartFontSize = appearance.chartFontSizeProperty();
        this.plan = new PlanService(s.medicationPorts(), clock);
        this.doses = new DoseChecklist(s.medicationPorts(), clock);
        this.reminders = new ReminderService(s.medicationPorts(), s.labs(), s.settings(), catalog, clock);
    }

    List<Section> sections() {
        return List.of(
                new Section(TODAY, "Today", MaterialDesignC.CALENDAR_CHECK, this::today),
                new Section("medicines", "Medicines", MaterialDesignP.PILL, this::medicines),
                new Section("reminders", "Reminders", MaterialDesignB.BELL_OUTLINE, this::reminders),
                new Section(LABS, "PSA & labs", MaterialDesignC.CHART_LINE, this::labs),
                new Section("symptoms", "Symptoms & pain", MaterialDesignC.CHART_BOX_OUTLINE, this::symptoms),
                new Section(SUMMARY, "Summary", MaterialDesignF.FILE_DOCUMENT_OUTLINE, this::summary),
                new Section(LIBRARY, "Library", MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE, this::library),
                new Section(SETTINGS, "Settings", MaterialDesignC.COG_OUTLINE, this::settings));
    }

    /**
     * The window's frame with these screens and the Learn more panel, which follows the screen shown.
     *
     * @param onLeaveSample shown in the sample banner; null for a real journal
     */
    MainShell shell(String startSection, Runnable onLeaveSample) {
        ReaderModel reader = new ReaderModel(s.shelf(), s.questions(), person.id(), async, clock, () -> { }, () -> { });
        LearnMoreModel learnMore = new LearnMoreModel(content.chooser(), content.library(), reader);
        LearnMorePanel panel = new LearnMorePanel(learnMore, this::openInLibrary);
        PersonSwitcher switcher = new PersonSwitcher(person, switching);
        shell = new MainShell(switcher, sections(), startSection, onLeaveSample, panel,
                screen -> {
                    // Locked each time it is shown; the lock also follows the controls a screen rebuilds.
                    if (review) {
                        ReviewLock.lock(screen);
                        ReviewLock.guard(screen);
                    }
                    learnMore.follow(screen instanceof LearnContext c ? c : null);
                });
        if (review) {
            ReviewLock.lock(panel);
            switcher.setDisable(true);   // switching or adding a person would write to the file under review
        }
        // Until the list is read the switcher lists the person shown; a failure leaves it so.
        async.run(() -> s.people().all(), switcher::setPeople, e -> { });
        shell.addShortcut(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            shell.select(LIBRARY);
            libraryView.focusSearch();
        });
        shell.addShortcut(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> {
            shell.select(SUMMARY);
            summary.print();
        });
        return shell;
    }

    /** Shows the Library, with this article open (null: as it was). */
    private void openInLibrary(String articleId) {
        shell.select(LIBRARY);
        if (articleId != null) library.open(articleId);
    }

    private SummaryView summary() {
        summary = new SummaryViewModel(new SummaryService(s.summaryPorts(), clock), s.appointments(),
                new SystemPrinter(), person.id(), async, clock);
        return new SummaryView(summary);   // it makes its preview each time it comes into view
    }

    private LibraryView library() {
        library = new LibraryViewModel(content.library(), s.shelf(), s.questions(), person.id(),
                async, clock);
        libraryView = new LibraryView(library);   // it loads itself each time it comes into view
        return libraryView;
    }

    private SettingsView settings() {
        SettingsViewModel vm = new SettingsViewModel(s.people(), s.settings(), new SettingsViewModel.PsaInterval() {
            @Override public int months(long personId) { return reminders.psaIntervalMonths(personId); }
            @Override public void set(long personId, int months) { reminders.setPsaIntervalMonths(personId, months); }
        }, person.id(), appearance.textSizeProperty(), appearance.themeProperty(),
                JournalBackups.folderOf(s.file()), this::showFolder, p -> {
                    shell.setPersonName(p.name());
                    renamed.accept(p);
                }, async);
        vm.load();
        return new SettingsView(vm);
    }

    /** Opens a folder in the file manager, making it first if no backup has been written yet. */
    private void showFolder(Path folder) {
        async.run(() -> {
            try {
                Files.createDirectories(folder);
                // On Linux AWT's Desktop may load a GTK that clashes with JavaFX's; xdg-open asks the desktop instead.
                if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
                    new ProcessBuilder("xdg-open", folder.toString()).start();
                } else {
                    Desktop.getDesktop().open(folder.toFile());
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, done -> { }, e -> tell(Alert.AlertType.INFORMATION, "The folder could not be opened here. "
                + "Your backups are in " + folder + "."));
    }

    /** Announces due doses and reminders while the window is open, beginning with a summary of what is overdue. */
    DueWatcher watcher() {
        return new DueWatcher(new JournalDueSource(doses, reminders, person.id()), async, clock,
                new DesktopNotifier(stage));
    }

    private TodayView today() {
        // The red-flag rules read the medicine list as it stood on the day being judged.
        CheckInService service = new CheckInService(s.checkInPorts(), day -> plan.context(person.id(), day));
        TodayViewModel vm = new TodayViewModel(s.checkInPorts(), service, person.id(), async, clock);
        TodayView view = new TodayView(vm, () -> SymptomListDialog.create(stage,
                new SymptomListModel(s.symptoms(), person.id(), async, vm::applySymptoms)).show());
        vm.load();
        return view;
    }

    private MedicationsView medicines() {
        MedicationsViewModel vm = new MedicationsViewModel(plan, doses, s.doses(), person.id(), async, clock,
                this::planChanged);
        MedicationsView view = new MedicationsView(vm, item -> openEditor(item, vm::load), chartFontSize);
        vm.load();
        return view;
    }

    /** @param reload reloads the screen the editor was opened from, once the plan is saved */
    private void openEditor(PlanItem editingOrNull, Runnable reload) {
        MedicationEditorViewModel vm = new MedicationEditorViewModel(catalog, plan, person.id(), editingOrNull,
                async, clock, () -> {
                    reload.run();
                    planChanged();
                });
        MedicationEditorDialog.create(stage, vm).show();
    }

    /** The editor, adding the catalog's entry of this key (a reminder's offer, such as calcium + vitamin D). */
    private void addFromCatalog(String catalogKey, Runnable reload) {
        MedicationEditorViewModel vm = new MedicationEditorViewModel(catalog, plan, person.id(), null, async, clock,
                reload);
        catalog.find(catalogKey).ifPresent(vm.choice()::pick);
        MedicationEditorDialog.create(stage, vm).show();
    }

    private RemindersView reminders() {
        RemindersViewModel vm = new RemindersViewModel(reminders, person.id(), async, clock, !review);
        // Loading the reminders regenerates them, so a medicine added from here brings its own at once.
        QuestionsModel questions = new QuestionsModel(s.questions(), person.id(), async, clock, () -> { });
        RemindersView view = new RemindersView(vm, this::exportCalendar, key -> addFromCatalog(key, vm::load),
                new QuestionsPane(questions));
        vm.load();
        return view;
    }

    private LabsView labs() {
        LabsViewModel vm = new LabsViewModel(s.labs(), s.settings(), s.plan(), person.id(), range, async, clock);
        LabsView view = new LabsView(vm, () -> openImport(vm), chartFontSize);
        vm.load();
        return view;
    }

    private SymptomsView symptoms() {
        SymptomsViewModel vm = new SymptomsViewModel(s.checkIns(), s.painLog(), s.symptoms(), s.settings(),
                s.plan(), person.id(), range, async, clock);
        SymptomsView view = new SymptomsView(vm, chartFontSize);
        vm.load();
        return view;
    }

    private void openImport(LabsViewModel labs) {
        ImportViewModel vm = new ImportViewModel(new LabCsvImport(s.labs(), clock), person.id(), async, labs::load);
        ImportDialog.create(stage, vm).show();
    }

    /**
     * Brings the stored reminders in line with a changed plan, so the notifications and the calendar export
     * see them before the Reminders screen is next shown. The screens that show the plan read it again
     * themselves each time they come into view.
     */
    private void planChanged() {
        // A failure here is not the person's concern now: the Reminders screen regenerates and reports it.
        async.run(() -> {
            reminders.regenerate(person.id());
            return true;
        }, done -> { }, failed -> { });
    }

    /**
     * Asks how many months ahead and where, then writes the doses, injections, appointments and reminders
     * as a calendar file a phone or calendar program can import, so it can remind while the journal is closed.
     */
    private void exportCalendar() {
        ChoiceDialog<Integer> months = new ChoiceDialog<>(EXPORT_MONTHS.get(0), EXPORT_MONTHS);
        months.initOwner(stage);
        months.setTitle("Export to a calendar");
        months.setHeaderText("Put your doses, injections, appointments and reminders in a calendar file.");
        months.setContentText("Months ahead:");
        months.showAndWait().ifPresent(n -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Save the calendar file");
            chooser.setInitialFileName("care-journal.ics");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Calendar file (*.ics)", "*.ics"));
            File f = chooser.showSaveDialog(stage);
            if (f == null) return;
            Path out = f.toPath();
            IcsExport export = new IcsExport(s.medicationPorts(), s.settings(), clock);
            async.run(() -> {
                        try {
                            return export.write(person.id(), LocalDate.now(clock), n, out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    },
                    count -> tell(Alert.AlertType.INFORMATION, count == 0
                            ? "Nothing is planned in the next " + n + " months, so no file was written."
                            : count + " entries were saved to " + out.getFileName()
                            + ". Open that file with your calendar program to add them."),
                    e -> tell(Alert.AlertType.ERROR, "The calendar file could not be saved: " + e.getMessage()));
        });
    }

    private void tell(Alert.AlertType type, String text) {
        Alert a = new Alert(type, text);
        a.initOwner(stage);
        a.setHeaderText(null);
        a.show();
    }
}
