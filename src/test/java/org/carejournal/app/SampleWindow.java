package org.carejournal.app;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.carejournal.ui.Async;
import org.carejournal.ui.Styles;
import org.carejournal.ui.shell.Appearance;
import org.carejournal.ui.shell.MainShell;

/**
 * The sample journal's whole window (every section, the Learn more panel) on the TestFX stage, at a
 * given size, for tests that walk every screen.
 *
 * @param sections the ids of the sections, in the order of the navigation
 */
record SampleWindow(JournalSession session, MainShell shell, List<String> sections) implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(10, 0).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());

    /** @param appearance the text size and theme; it is applied to the window's root */
    static SampleWindow show(Stage stage, Path dir, Appearance appearance, double width, double height) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path file = dir.resolve("sample.db");
        SampleJournal.write(file, TODAY);
        JournalSession session = JournalSession.open(file);
        JournalScreens screens = new JournalScreens(stage, session, session.people().all().get(0), AppContent.load(),
                Async.direct(), CLOCK, appearance, renamed -> { });
        List<String> sections = screens.sections().stream().map(s -> s.id()).toList();
        MainShell shell = screens.shell(sections.get(0), null);
        Scene scene = new Scene(shell, width, height);
        scene.getStylesheets().add(SampleWindow.class.getResource(Styles.APP_CSS).toExternalForm());
        appearance.apply(shell);
        stage.setScene(scene);
        // Other tests share this stage: put every node of the window on the headless screen.
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return new SampleWindow(session, shell, sections);
    }

    @Override
    public void close() {
        session.close();
    }
}
