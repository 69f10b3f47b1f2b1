package org.carejournal.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.carejournal.ui.LearnContext;
import org.carejournal.ui.Styles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Library screen and a Learn more panel beside it on a real journal file: a newcomer's
 * question typed into search, an article opened, a question put on the appointment list, a bookmark.
 */
@ExtendWith(ApplicationExtension.class)
class LibraryScreenTest {
    @TempDir
    static Path dir;

    LibraryFixture f;
    LearnMoreModel panel;
    final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new LibraryFixture(dir);
        panel = new LearnMoreModel(LibraryFixture.CHOOSER, LibraryFixture.LIBRARY, f.panelReader());
        LibraryView view = new LibraryView(f.vm);
        LearnMorePanel side = new LearnMorePanel(panel, f.vm::open);
        Scene scene = new Scene(new HBox(view, side), 1400, 950);
        scene.getStylesheets().add(getClass().getResource(Styles.APP_CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aNewUserFindsWhatPsaDoublingTimeMeansBySearching(FxRobot robot) {
        robot.clickOn("#librarySearch").write("what does PSA doubling time mean");
        WaitForAsyncUtils.waitForFxEvents();

        Hyperlink first = robot.lookup("#result-0").queryAs(Hyperlink.class);
        assertThat(first.getText()).isEqualTo("Following your PSA");
        TextFlow passage = (TextFlow) ((javafx.scene.layout.VBox) first.getParent()).getChildren().get(1);
        assertThat(passage.getChildren()).filteredOn(n -> n.getStyleClass().contains(LibraryStyles.MATCH))
                .extracting(n -> ((Text) n).getText().toLowerCase()).contains("doubling");

        robot.clickOn("#result-0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#articleTitle").queryLabeled().getText()).isEqualTo("Following your PSA");
    }

    @Test
    void aSearchWithNoMatchSaysSo(FxRobot robot) {
        robot.clickOn("#librarySearch").write("xylophone");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#searchResults .label").queryLabeled().getText())
                .isEqualTo("No article matches “xylophone”. Try fewer or simpler words, or browse the topics.");
    }

    @Test
    void enterOpensTheBestResultAndEscapeClearsTheSearch(FxRobot robot) {
        robot.clickOn("#librarySearch").write("hot flashes").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#articleTitle").queryLabeled().getText()).isEqualTo("Side effects of hormone therapy");

        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#libraryHome").query().isVisible()).isTrue();
    }

    @Test
    void aQuestionAddedFromTheArticleIsSavedAndListed(FxRobot robot) {
        robot.interact(() -> f.vm.open("bone-health"));
        String question = robot.lookup("#question-0").queryLabeled().getText();

        clickInScroll(robot, "#articleScroll", "#addQuestion-0");

        assertThat(f.savedQuestions()).containsExactly(question);
        Button add = robot.lookup("#addQuestion-0").queryButton();
        assertThat(add.getText()).isEqualTo("On your list");
        assertThat(add.isDisabled()).isTrue();
        assertThat(robot.lookup("#questionList").lookup(".label").queryAll())
                .extracting(n -> ((Labeled) n).getText()).contains(question);
    }

    @Test
    void aBookmarkAppearsInTheList(FxRobot robot) {
        robot.interact(() -> f.vm.open("managing-pain"));
        robot.clickOn("#bookmark");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#bookmark").queryLabeled().getText()).isEqualTo("Bookmarked");
        assertThat(robot.lookup("#bookmark-managing-pain").tryQuery()).isPresent();
        assertThat(f.session.shelf().bookmarks(f.person.id())).containsExactly("managing-pain");
    }

    @Test
    void aBlankOwnQuestionIsRefusedBesideTheField(FxRobot robot) {
        clickInScroll(robot, null, "#addOwnQuestion");
        assertThat(robot.lookup("#newQuestionError").queryLabeled().getText()).isEqualTo("Type a question first.");
        assertThat(f.savedQuestions()).isEmpty();

        robot.clickOn("#newQuestion").write("Is it safe to fly?").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.savedQuestions()).containsExactly("Is it safe to fly?");
        assertThat(robot.lookup("#newQuestionError").queryLabeled().getText()).isEmpty();
    }

    @Test
    void thePanelShowsTheArticlesForTheScreenAndOpensOneBesideIt(FxRobot robot) {
        robot.interact(() -> {
            signals.setAll(new LearnSignal(LearnTags.PSA, LearnSignal.SHOWN, "The PSA chart is on screen."),
                    new LearnSignal(LearnTags.PROGRESSION, LearnSignal.FLAGGED, "Your PSA rise meets the trial definition."));
            panel.follow(context(signals));
        });

        assertThat(robot.lookup("#learn-0").queryAs(Hyperlink.class).getText()).isEqualTo("When hormone therapy stops working");
        assertThat(robot.lookup(".learn-card .hyperlink").queryAll()).hasSize(3)
                .extracting(n -> ((Hyperlink) n).getText()).contains("Following your PSA");
        assertThat(robot.lookup(".learn-reason").queryAll()).extracting(n -> ((Labeled) n).getText())
                .contains("Your PSA rise meets the trial definition.", "The PSA chart is on screen.");

        robot.clickOn(robot.lookup(".learn-card .hyperlink").match(n -> "Following your PSA".equals(((Hyperlink) n).getText()))
                .queryAs(Hyperlink.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#learnMore").lookup("#articleTitle").queryLabeled().getText()).isEqualTo("Following your PSA");

        robot.clickOn("#learnBack");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#learn-0").tryQuery()).isPresent();
    }

    @Test
    void thePanelFoldsAwayAndComesBack(FxRobot robot) {
        robot.clickOn("#hideLearnMore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#learnScroll").tryQuery()).isEmpty();
        robot.clickOn("#showLearnMore");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#learnScroll").tryQuery()).isPresent();
    }

    /** Scrolls the target into view inside its ScrollPane (the first found if none is named), then clicks it. */
    private static void clickInScroll(FxRobot robot, String scrollId, String target) {
        Node node = robot.lookup(target).query();
        robot.interact(() -> {
            Node n = node;
            while (n != null && !(n instanceof ScrollPane)) n = n.getParent();
            if (n instanceof ScrollPane sp) {
                double y = sp.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                double h = sp.getContent().getBoundsInLocal().getHeight() - sp.getViewportBounds().getHeight();
                sp.setVvalue(h <= 0 ? 0 : Math.min(1, Math.max(0, (y - 40) / h)));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(target);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static LearnContext context(ObservableList<LearnSignal> signals) {
        return new LearnContext() {
            @Override
            public ObservableList<LearnSignal> learnSignals() { return signals; }

            @Override
            public ObservableStringValue shownArticleId() { return new ReadOnlyStringWrapper(null); }
        };
    }
}
