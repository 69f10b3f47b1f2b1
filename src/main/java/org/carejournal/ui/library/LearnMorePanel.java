package org.carejournal.ui.library;

import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.library.Article;
import org.carejournal.library.Suggestion;
import org.carejournal.ui.Styles;
import org.carejournal.ui.library.markdown.ArticleRenderer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The "Learn more" panel on the right of every screen: cards for the articles that explain what the
 * screen shows, each with why it was chosen; a card opens its article in the panel, beside the chart it
 * explains. It folds away to a narrow strip. Node ids: {@code learnMore}, {@code learn-N} (cards),
 * {@code learnBack}, {@code learnOpenInLibrary}, {@code hideLearnMore}, {@code showLearnMore}.
 */
public final class LearnMorePanel extends BorderPane {
    private static final double WINDOW_SHARE = 0.26;
    /** Below this window width, in lines of text height (em), the panel starts folded. */
    private static final double ROOM_EM = 64;

    private final LearnMoreModel model;
    private final VBox cards = new VBox(10);
    private final VBox open = new VBox();
    private final VBox panel;
    private final Button strip;
    /** The person's own choice to show or hide the panel; null until they make one. */
    private Boolean chosen;

    /** @param openInLibrary shows an article in the Library screen */
    public LearnMorePanel(LearnMoreModel model, Consumer<String> openInLibrary) {
        this.model = model;
        setId("learnMore");
        getStylesheets().addAll(getClass().getResource(LibraryStyles.CSS).toExternalForm(), ArticleRenderer.STYLESHEET);
        getStyleClass().add(LibraryStyles.LEARN_MORE);

        Label title = new Label("Learn more", new FontIcon(MaterialDesignL.LIGHTBULB_ON_OUTLINE));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        Button hide = new Button(null, new FontIcon(MaterialDesignC.CHEVRON_RIGHT));
        hide.setId("hideLearnMore");
        hide.getStyleClass().add(Styles.VIEW_ONLY);
        hide.setAccessibleText("Hide the Learn more panel");
        hide.setTooltip(new Tooltip("Hide this panel"));
        hide.setOnAction(e -> choose(false));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(6, title, gap, hide);
        header.setAlignment(Pos.CENTER_LEFT);

        // A link in an article read here opens the linked one here too, still beside the screen it explains.
        ArticleReader reader = new ArticleReader(model.reader(), new ArticleRenderer(model::readLinked));
        Button back = new Button("Back", new FontIcon(MaterialDesignC.CHEVRON_LEFT));
        back.setId("learnBack");
        back.getStyleClass().add(Styles.VIEW_ONLY);
        back.setOnAction(e -> model.back());
        Hyperlink inLibrary = new Hyperlink("Open in the Library");
        inLibrary.setId("learnOpenInLibrary");
        inLibrary.getStyleClass().add(Styles.VIEW_ONLY);
        inLibrary.setOnAction(e -> {
            Article a = model.reader().articleProperty().get();
            if (a != null) openInLibrary.accept(a.id());
        });
        HBox readerBar = new HBox(8, back, inLibrary);
        readerBar.setAlignment(Pos.CENTER_LEFT);
        open.getChildren().addAll(readerBar, reader);
        open.setSpacing(8);

        ScrollPane scroll = new ScrollPane();
        scroll.setFitToWidth(true);
        scroll.setId("learnScroll");
        Runnable showMode = () -> {
            scroll.setContent(model.reader().articleProperty().get() == null ? cards : open);
            scroll.setVvalue(0);
        };
        model.reader().articleProperty().addListener((o, was, now) -> showMode.run());
        showMode.run();
        model.suggestions().addListener((ListChangeListener<Suggestion>) c -> buildCards(openInLibrary));
        buildCards(openInLibrary);

        panel = new VBox(10, header, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        panel.setPadding(new Insets(12));
        panel.getStyleClass().add(LibraryStyles.LEARN_PANEL);

        Label stripText = new Label("Learn more");
        stripText.setRotate(-90);   // reads upwards along the window's edge
        VBox stripFace = new VBox(8, new FontIcon(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE), new Group(stripText));
        stripFace.setAlignment(Pos.TOP_CENTER);
        strip = new Button(null, stripFace);
        strip.setId("showLearnMore");
        strip.getStyleClass().add(Styles.VIEW_ONLY);
        strip.setAccessibleText("Show the Learn more panel");
        strip.setTooltip(new Tooltip("Learn more about what is on screen"));
        strip.getStyleClass().add(LibraryStyles.LEARN_STRIP);
        strip.setOnAction(e -> choose(true));
        setShown(true);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene == null) return;
            // A share of the window, so large text does not squeeze the screen it explains; capped in em in the CSS.
            panel.prefWidthProperty().bind(scene.widthProperty().multiply(WINDOW_SHARE));
            // Until the person shows or hides it, the panel folds itself when the window has no room for it.
            InvalidationListener fit = x -> {
                if (chosen == null) setShown(scene.getWidth() >= ROOM_EM * title.getFont().getSize());
            };
            scene.widthProperty().addListener(fit);
            title.fontProperty().addListener(fit);
            fit.invalidated(null);
        });
    }

    private void choose(boolean shown) {
        chosen = shown;
        setShown(shown);
    }

    /** Shows the panel, or folds it to a narrow strip with a button to bring it back. */
    private void setShown(boolean shown) {
        setCenter(shown ? panel : strip);
        if (shown) BorderPane.setAlignment(panel, Pos.TOP_LEFT);
        else BorderPane.setAlignment(strip, Pos.TOP_CENTER);
    }

    private void buildCards(Consumer<String> openInLibrary) {
        cards.getChildren().clear();
        for (int i = 0; i < model.suggestions().size(); i++) cards.getChildren().add(card(model.suggestions().get(i), i));
        Hyperlink browse = new Hyperlink("Browse all articles in the Library");
        browse.setId("learnBrowse");
        browse.getStyleClass().add(Styles.VIEW_ONLY);
        browse.setWrapText(true);
        browse.setOnAction(e -> openInLibrary.accept(null));
        if (model.suggestions().isEmpty()) {
            Label none = new Label("Articles about what this screen shows will appear here.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.HINT);
            cards.getChildren().add(none);
        }
        cards.getChildren().add(browse);
    }

    private Node card(Suggestion s, int index) {
        Hyperlink title = new Hyperlink(s.article().title());
        title.setWrapText(true);
        title.getStyleClass().add(LibraryStyles.RESULT_TITLE);
        title.setOnAction(e -> model.read(s));
        title.setId("learn-" + index);
        title.getStyleClass().add(Styles.VIEW_ONLY);
        Label reason = new Label(s.reason());
        reason.setWrapText(true);
        reason.getStyleClass().add(LibraryStyles.LEARN_REASON);
        reason.setManaged(!s.reason().isEmpty());
        Label summary = new Label(s.article().summary());
        summary.setWrapText(true);
        VBox card = new VBox(4, title, reason, summary);
        card.getStyleClass().add(LibraryStyles.LEARN_CARD);
        card.setOnMouseClicked(e -> model.read(s));
        return card;
    }
}
