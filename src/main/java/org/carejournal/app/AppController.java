package org.carejournal.app;

import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.carejournal.app.backup.AutoBackup;
import org.carejournal.app.backup.JournalBackups;
import org.carejournal.care.backup.BackupCipher;
import org.carejournal.care.backup.BackupRotation;
import org.carejournal.domain.Person;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;
import org.carejournal.ui.notify.DueWatcher;
import org.carejournal.ui.shell.Appearance;
import org.carejournal.ui.shell.PersonSwitcher;
import org.carejournal.ui.shell.WindowPrefs;
import org.carejournal.ui.welcome.WelcomeView;
import org.carejournal.ui.welcome.WelcomeViewModel;

/**
 * Decides what the window shows: the welcome screen, a person's journal, or the sample, and wires
 * each screen to the open journal file. File work goes through {@link Async}.
 */
public final class AppController implements WelcomeViewModel.Actions {
    private static final String TODAY = JournalScreens.TODAY;
    private static final String LABS = JournalScreens.LABS;
    private final Stage stage;
    /** The journal this run is about: the --db file, or the user's default journal. */
    private final Path home;
    /** Where the sample journal is written (kept apart from real journals). */
    private final Path sample;
    private final WindowPrefs prefs;
    /** Text size and theme of every window; changed from the View menu and the Settings screen. */
    private final Appearance appearance;
    private final Async async;
    private final Clock clock;
    private final BorderPane root = new BorderPane();
    private final WelcomeViewModel welcome = new WelcomeViewModel(this);
    /** Announces due doses and reminders of the journal shown; null while none is. */
    private DueWatcher watcher;
    /**
     * The catalog and articles, read from the start on a thread of their own while the window and the
     * journal open, so reading them adds little to the wait; joined on the journal thread.
     */
    private final CompletableFuture<AppContent> contentLoading = CompletableFuture.supplyAsync(AppContent::load);
    /** Set on the journal thread when the first journal opens; used on the FX thread after. */
    private volatile AppContent content;
    /** Written on the journal thread, read on the FX thread. */
    private volatile JournalSession session;
    /** The journal whose screens are shown (FX thread), to tell a switch of person from a newly opened file. */
    private JournalSession shownSession;
    private final BackupActions backups;
    private final ReviewActions review;

    /** With the text size and theme read from {@code prefs}. */
    public AppController(Stage stage, Path home, Path sample, WindowPrefs prefs, Async async, Clock clock) {
        this(stage, home, sample, prefs, new Appearance(prefs), async, clock);
    }

    public AppController(Stage stage, Path home, Path sample, WindowPrefs prefs, Appearance appearance, Async async,
                         Clock clock) {
        this.stage = stage;
        this.home = home;
        this.sample = sample;
        this.prefs = prefs;
        this.appearance = appearance;
        this.async = async;
        this.clock = clock;
        this.backups = new BackupActions(stage, async, new BackupHost(),
                new JournalBackups(new BackupCipher(), clock), new AutoBackup(clock, BackupRotation.STANDARD), clock);
        this.review = new ReviewActions(stage, async, clock, appearance, new ReviewHost());
    }

    /** Opens {@code file} read-only for review, as the Journal menu's "Open for review" does after its file chooser. */
    void openForReview(Path file) {
        review.open(file);
    }

    /** What the backup actions may do to the window: the journal shown, and closing and reopening it around a restore. */
    private final class BackupHost implements BackupActions.Host {
        // A file open for review is never the one a restore replaces: a restore then goes to the home journal.
        @Override public JournalSession session() { return session != null && session.readOnly() ? null : session; }
        @Override public boolean sampleOpen() { return isSample(); }
        @Override public Path home() { return home; }
        @Override public void closeJournal() { AppController.this.closeJournal(); }
        @Override public void reopen(Path journal) { openAndShow(journal); }

        @Override
        public void detach() {
            stopWatching();
            Label restoring = new Label("Restoring your journal…");
            restoring.setId("restoring");
            root.setCenter(restoring);
        }
    }

    /** Shows the window straight away with a short "opening" line. */
    public void show() {
        root.setTop(menus());
        Label opening = new Label("Opening your journal…");
        opening.setId("opening");
        root.setCenter(opening);
        Scene scene = new Scene(root);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        appearance.apply(root);
        stage.setScene(scene);
        appearance.start();
        stage.setTitle("Care Journal");
        prefs.restore(stage);
        stage.setOnCloseRequest(e -> prefs.save(stage));
        stage.show();
    }

    /** Opens the home journal: its first person's journal, or the welcome screen when it has nobody yet. */
    public void begin() {
        openAndShow(home);
    }

    @Override
    public void startJournal(String name) {
        Path target = session != null && !isSample() ? session.file() : chooseNewFile();
        if (target == null) return;
        async.run(() -> {
            JournalSession s = switchTo(target);
            Person p = s.people().create(name);
            return new Opened(s, Optional.of(p), false, TODAY);
        }, this::showOpened, this::showProblem);
    }

    @Override
    public void exploreSample() {
        async.run(() -> {
            closeJournal();
            SampleJournal.write(sample, LocalDate.now(clock));
            return opened(switchTo(sample), true);
        }, this::showOpened, this::showProblem);
    }

    @Override
    public void openJournal(Path file) {
        openAndShow(file);
    }

    private void openAndShow(Path file) {
        async.run(() -> {
            JournalSession s = switchTo(file);
            return opened(s, s.settings().isSample());
        }, this::showOpened, this::showProblem);
    }

    /** Runs on the journal thread: closes what is open, opens {@code file}. */
    private JournalSession switchTo(Path file) {
        loadContent();
        closeJournal();
        session = JournalSession.open(file);
        return session;
    }

    /** The catalog and articles are part of the app, not of a journal: read once, off the FX thread. */
    private AppContent loadContent() {
        if (content == null) {
            try {
                content = contentLoading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;   // say what was wrong, not how it travelled
            }
        }
        return content;
    }

    /** What review mode may do to the window: it takes the journal's place and leaves for the home journal. */
    private final class ReviewHost implements ReviewActions.Host {
        @Override public AppContent content() { return loadContent(); }
        @Override public void adopt(JournalSession review) { closeJournal(); session = review; }
        @Override public void backToJournal() { openAndShow(home); }

        @Override
        public void show(String title, javafx.scene.Node screen) {
            stopWatching();
            welcome.showProblem("");
            stage.setTitle(title);
            root.setCenter(screen);
        }
    }

    /** Closes the open journal, if any (on the journal thread). */
    public void closeJournal() {
        if (session != null) {
            session.close();
            session = null;
        }
    }

    /** The window is going away: closes the journal and stops styling windows and announcing what is due. */
    public void dispose() {
        stopWatching();
        closeJournal();
        appearance.stop();
    }

    private record Opened(JournalSession session, Optional<Person> person, boolean sample, String startSection) {}

    /**
     * Runs on the journal thread. The window opens on Today, the screen used every day, except for
     * someone who so far has only kept lab results: they see those first.
     */
    private static Opened opened(JournalSession s, boolean sample) {
        // A journal kept for several people opens on the one shown last.
        List<Person> people = s.people().all();
        OptionalLong last = s.settings().lastPersonId();
        Optional<Person> person = people.stream().filter(p -> last.isPresent() && p.id() == last.getAsLong()).findFirst()
                .or(() -> people.stream().findFirst());
        return openedFor(s, person, sample);
    }

    /** Runs on the journal thread: what to show of {@code person}'s journal. */
    private static Opened openedFor(JournalSession s, Optional<Person> person, boolean sample) {
        String start = person.isPresent() && !s.checkIns().any(person.get().id()) && s.labs().count(person.get().id()) > 0
                ? LABS : TODAY;
        return new Opened(s, person, sample, start);
    }

    private void showOpened(Opened o) {
        welcome.showProblem("");
        String fileName = o.session().file().getFileName().toString();
        if (o.person().isEmpty()) {
            stopWatching();
            stage.setTitle("Care Journal – " + fileName);
            root.setCenter(new WelcomeView(welcome));
            return;
        }
        Person person = o.person().get();
        stage.setTitle("Care Journal – " + person.name() + (o.sample() ? " (sample journal)" : ""));
        JournalScreens screens = new JournalScreens(stage, o.session(), person, content, async, clock,
                appearance, this::personRenamed, new Switching(), false);
        root.setCenter(screens.shell(o.startSection(), o.sample() ? this::leaveSample : null));
        stopWatching();
        watcher = screens.watcher();
        watcher.start();
        // Switching person keeps the file open: its automatic backup was seen to when it opened.
        if (o.session() != shownSession) backups.afterOpening(o.session(), o.sample());
        shownSession = o.session();
    }

    /** The person switcher's choices: the screens are built again, through the path that opened the journal. */
    private final class Switching implements PersonSwitcher.Actions {
        @Override
        public void choose(Person person) {
            JournalSession s = session;
            boolean sample = isSample();
            async.run(() -> {
                s.settings().setLastPersonId(person.id());
                return openedFor(s, Optional.of(person), sample);
            }, AppController.this::showOpened, e -> failed("That person's journal could not be shown", e));
        }

        @Override
        public void add(String name) {
            JournalSession s = session;
            boolean sample = isSample();
            async.run(() -> {
                Person p = s.people().create(name);
                s.settings().setLastPersonId(p.id());
                return new Opened(s, Optional.of(p), sample, TODAY);
            }, AppController.this::showOpened, e -> failed("The person could not be added", e));
        }

        /** The journal shown stays as it was: only the switch failed, not the file. */
        private void failed(String header, Throwable e) {
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.initOwner(stage);
            a.setHeaderText(header);
            a.show();
        }
    }

    /** After the Settings screen changed the name: the window's title says it too. */
    private void personRenamed(Person p) {
        stage.setTitle("Care Journal – " + p.name() + (isSample() ? " (sample journal)" : ""));
    }

    private void leaveSample() {
        openAndShow(home);
    }

    private void stopWatching() {
        if (watcher != null) watcher.stop();
        watcher = null;
    }

    private void showProblem(Throwable e) {
        stopWatching();
        session = null;
        welcome.showProblem(e.getMessage());
        stage.setTitle("Care Journal");
        root.setCenter(new WelcomeView(welcome));
    }

    private boolean isSample() {
        return session != null && session.file().equals(sample);
    }

    private Path chooseNewFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Where should the new journal be kept?");
        chooser.setInitialFileName("journal.db");
        File f = chooser.showSaveDialog(stage);
        return f == null ? null : f.toPath();
    }

    private MenuBar menus() {
        MenuItem open = item("Open a journal file…", "menuOpen", () -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a Care Journal file");
            File f = chooser.showOpenDialog(stage);
            if (f != null) openJournal(f.toPath());
        });
        MenuItem sample = item("Explore the sample journal", "menuSample", this::exploreSample);
        MenuItem mine = item("Back to my journal", "menuHome", () -> openAndShow(home));
        MenuItem quit = item("Quit", "menuQuit", () -> {
            prefs.save(stage);
            stage.close();
        });
        Menu journal = new Menu("Journal", null, open, review.menuItem(), sample, mine,
                item("Export…", "menuExport", () -> new ExportActions(stage, clock).open(session)), quit);
        journal.getItems().addAll(journal.getItems().size() - 1, backups.menuItems());
        Menu view = new Menu("View");
        view.getItems().addAll(choices("Text size: ", "textSize-", TextSize.values(), TextSize::label,
                appearance.textSizeProperty()));
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(choices("Theme: ", "theme-", Theme.values(), Theme::label, appearance.themeProperty()));
        return new MenuBar(journal, view);
    }

    /** One radio item per choice; picking one sets {@code chosen}, and the ticks follow it when the Settings screen changes it. */
    private static <T extends Enum<T>> List<RadioMenuItem> choices(String prefix, String idPrefix, T[] values,
                                                                  Function<T, String> label, ObjectProperty<T> chosen) {
        ToggleGroup group = new ToggleGroup();
        List<RadioMenuItem> items = new ArrayList<>();
        for (T value : values) {
            RadioMenuItem r = new RadioMenuItem(prefix + label.apply(value));
            r.setId(idPrefix + value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            r.setToggleGroup(group);
            r.setSelected(value == chosen.get());
            r.setOnAction(e -> chosen.set(value));
            chosen.addListener((obs, was, is) -> r.setSelected(is == value));
            items.add(r);
        }
        return items;
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setId(id);
        m.setOnAction(e -> action.run());
        return m;
    }
}
