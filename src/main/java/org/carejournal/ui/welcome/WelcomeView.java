package org.carejournal.ui.welcome;

import java.io.File;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignN;

/** The first screen: three large, plain choices. */
public final class WelcomeView extends ScrollPane {

    public WelcomeView(WelcomeViewModel vm) {
        setId("welcomeView");
        setFitToWidth(true);
        Label title = new Label("Welcome to Care Journal");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label lead = wrapped("A private journal for PSA and other lab results, kept on this computer only. "
                + "How would you like to begin?");

        Label problem = wrapped("");
        problem.setId("welcomeProblem");
        problem.getStyleClass().add(Styles.ERROR_BANNER);
        problem.textProperty().bind(vm.problemProperty());
        problem.visibleProperty().bind(vm.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());

        TextField name = new TextField();
        name.setId("welcomeName");
        name.setPromptText("For example: John Smith");
        name.textProperty().bindBidirectional(vm.nameProperty());
        name.setOnAction(e -> vm.start());
        Label nameError = wrapped("");
        nameError.setId("welcomeNameError");
        nameError.getStyleClass().add(Styles.FIELD_ERROR);
        nameError.textProperty().bind(vm.nameErrorProperty());
        nameError.visibleProperty().bind(vm.nameErrorProperty().isNotEmpty());
        nameError.managedProperty().bind(nameError.visibleProperty());
        Label nameLabel = new Label("Whose journal is it?");
        nameLabel.setLabelFor(name);
        Button start = new Button("Start my journal");
        start.setId("welcomeStart");
        start.setDefaultButton(true);
        start.setOnAction(e -> vm.start());
        Node newCard = card(new FontIcon(MaterialDesignN.NOTEBOOK_PLUS_OUTLINE), "Start a new journal",
                wrapped("For the man whose results you will keep. You can add more people later."),
                nameLabel, name, nameError, start);

        Button sample = new Button("Explore the sample");
        sample.setId("welcomeSample");
        sample.setOnAction(e -> vm.exploreSample());
        Node sampleCard = card(new FontIcon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE), "Explore a sample journal",
                wrapped("Three years of made-up results for an imaginary man on hormone therapy, then abiraterone. "
                        + "Try every screen without typing anything. It is kept apart from your own journal "
                        + "and starts afresh each time you open it."),
                sample);

        Button open = new Button("Open a journal file…");
        open.setId("welcomeOpen");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open a Care Journal file");
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Care Journal files", "*.db"),
                    new FileChooser.ExtensionFilter("All files", "*.*"));
            File f = chooser.showOpenDialog(getScene().getWindow());
            if (f != null) vm.open(f.toPath());
        });
        Node openCard = card(new FontIcon(MaterialDesignF.FOLDER_OPEN_OUTLINE), "Open an existing journal",
                wrapped("A journal file copied from another computer, or kept on a USB stick."), open);

        FlowPane cards = new FlowPane(16, 16, newCard, sampleCard, openCard);
        cards.setAlignment(Pos.TOP_CENTER);
        Label privacy = wrapped("Nothing you enter leaves this computer. Care Journal helps you keep and understand "
                + "your records; it does not diagnose or recommend treatment. Your care team does that.");
        privacy.getStyleClass().add(Styles.HINT);
        VBox page = new VBox(16, title, lead, problem, cards, privacy);
        page.setPadding(new Insets(32));
        page.setAlignment(Pos.TOP_CENTER);
        page.setMaxWidth(1400);
        VBox outer = new VBox(page);
        outer.setAlignment(Pos.TOP_CENTER);
        setContent(outer);
    }

    private static Node card(FontIcon icon, String heading, Node... body) {
        icon.setIconSize(32);
        Label h = new Label(heading, icon);
        h.getStyleClass().add(Styles.SECTION_TITLE);
        h.setWrapText(true);
        VBox box = new VBox(10, h);
        box.getChildren().addAll(body);
        box.getStyleClass().addAll(Styles.CARD, "welcome-card");
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }
}
