package org.carejournal.ui.library;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import java.util.Locale;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.library.Article;
import org.carejournal.ui.Styles;
import org.carejournal.ui.library.markdown.ArticleRenderer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * One article as a person reads it: title, topic and review date, a bookmark, the text (selectable and
 * copyable), its questions with a button to put each on the list for the next appointment, and its
 * sources. Place it in a ScrollPane. Node ids: {@code articleTitle}, {@code bookmark},
 * {@code question-N}, {@code addQuestion-N}.
 */
public final class ArticleReader extends VBox {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final ReaderModel model;
    private final ArticleRenderer renderer;
    private final Map<String, Button> addButtons = new HashMap<>();

    public ArticleReader(ReaderModel model, ArticleRenderer renderer) {
        super(12);
        this.model = model;
        this.renderer = renderer;
        getStyleClass().add(LibraryStyles.READER);
        model.articleProperty().addListener((o, was, a) -> build(a));
        // Only the buttons change when a question is listed, so the reader keeps its place and selection.
        model.listedQuestions().addListener((SetChangeListener<String>) c -> markListed());
        build(model.articleProperty().get());
    }

    private void build(Article a) {
        getChildren().clear();
        addButtons.clear();
        if (a == null) return;
        Label title = new Label(a.title());
        title.setId("articleTitle");
        title.getStyleClass().add(LibraryStyles.ARTICLE_TITLE);
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        ToggleButton bookmark = new ToggleButton();
        bookmark.setId("bookmark");
        bookmark.setSelected(model.bookmarkedProperty().get());
        bookmark.graphicProperty().bind(model.bookmarkedProperty().map(on ->
                new FontIcon(on ? MaterialDesignB.BOOKMARK : MaterialDesignB.BOOKMARK_OUTLINE)));
        bookmark.textProperty().bind(model.bookmarkedProperty().map(on -> on ? "Bookmarked" : "Bookmark"));
        model.bookmarkedProperty().addListener((o, was, on) -> bookmark.setSelected(on));
        bookmark.setOnAction(e -> {
            bookmark.setSelected(model.bookmarkedProperty().get());   // the model decides once saved
            model.toggleBookmark();
        });
        bookmark.setMinWidth(Region.USE_PREF_SIZE);
        bookmark.setAccessibleHelp("Keeps this article in the Library's bookmarks");
        Label meta = new Label(a.topic() + " · reviewed " + DAY.format(a.reviewed()));
        meta.getStyleClass().add(LibraryStyles.ARTICLE_META);
        meta.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox metaRow = new HBox(12, meta, gap, bookmark);
        metaRow.setAlignment(Pos.CENTER_LEFT);

        Node body = renderer.render(a.bodyBeforeQuestions());
        body.getStyleClass().add(Styles.VIEW_ONLY);   // its links only open other articles
        getChildren().addAll(title, metaRow, body, questions(a), sources(a));
        Label status = new Label();
        status.getStyleClass().add(Styles.HINT);
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        getChildren().add(status);
    }

    private VBox questions(Article a) {
        Label heading = new Label(Article.QUESTIONS_HEADING);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        heading.setWrapText(true);
        Label hint = new Label("Add the ones you want to ask to your list for the next appointment.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        VBox box = new VBox(6, heading, hint);
        for (int i = 0; i < a.questions().size(); i++) {
            String q = a.questions().get(i);
            Label text = new Label(q);
            text.setId("question-" + i);
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button add = new Button();
            add.setId("addQuestion-" + i);
            addButtons.put(q, add);
            add.setMinWidth(Region.USE_PREF_SIZE);
            add.setAccessibleText("Add to my questions: " + q);
            add.setOnAction(e -> model.addQuestion(q));
            HBox row = new HBox(10, text, add);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(LibraryStyles.QUESTION_ROW);
            box.getChildren().add(row);
        }
        markListed();
        return box;
    }

    private void markListed() {
        addButtons.forEach((q, add) -> {
            boolean listed = model.listedQuestions().contains(q);
            add.setText(listed ? "On your list" : "Add to my questions");
            add.setGraphic(new FontIcon(listed ? MaterialDesignC.CHECK : MaterialDesignP.PLUS));
            add.setDisable(listed);
        });
    }

    private VBox sources(Article a) {
        Label heading = new Label("Sources");
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(4, heading);
        for (String s : a.sources()) {
            Label l = new Label(s);
            l.setWrapText(true);
            l.getStyleClass().add(Styles.SOURCE);
            box.getChildren().add(l);
        }
        Label note = new Label("Written in Care Journal's own words from these sources. It explains; it does not "
                + "replace advice from your care team, who know your situation.");
        note.setWrapText(true);
        note.getStyleClass().add(Styles.HINT);
        box.getChildren().add(note);
        box.getStyleClass().add(LibraryStyles.SOURCES);
        return box;
    }
}
