package org.carejournal.ui.library;

import java.util.List;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.carejournal.library.Article;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.SearchHit;
import org.carejournal.ui.LearnContext;
import org.carejournal.ui.Styles;
import org.carejournal.ui.library.markdown.ArticleRenderer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The Library screen: a search field and, below it, the results with their matching passage, or else
 * bookmarks, recently read, every topic and the questions for the next appointment; the open article
 * beside them. Node ids: {@code libraryView}, {@code librarySearch}, {@code searchResults},
 * {@code libraryHome}, {@code result-N}, {@code article-ID} (links in the lists).
 */
public final class LibraryView extends BorderPane implements LearnContext {
    private static final double SIDE_SHARE = 0.36;

    private final LibraryViewModel vm;
    private final VBox results = new VBox(8);
    private final VBox bookmarks = new VBox(2);
    private final VBox recent = new VBox(2);
    private final ScrollPane articleScroll;
    private final TextField search = new TextField();

    public LibraryView(LibraryViewModel vm) {
        this.vm = vm;
        setId("libraryView");
        getStylesheets().addAll(getClass().getResource(LibraryStyles.CSS).toExternalForm(), ArticleRenderer.STYLESHEET);
        ArticleRenderer renderer = new ArticleRenderer(vm::open);

        Label title = new Label("Library");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        search.setId("librarySearch");
        search.getStyleClass().add(Styles.VIEW_ONLY);
        search.setPromptText("Search, e.g. PSA doubling time");
        search.setAccessibleText("Search the library");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) search.clear();
            if (e.getCode() == KeyCode.ENTER && !vm.results().isEmpty()) vm.open(vm.results().get(0).article().id());
        });
        Label searchIcon = new Label(null, new FontIcon(MaterialDesignM.MAGNIFY));

        results.setId("searchResults");
        results.getStyleClass().add(Styles.VIEW_ONLY);   // picking a result opens it to read
        VBox home = home();
        home.setId("libraryHome");
        home.getStyleClass().add(Styles.VIEW_ONLY);
        VBox list = new VBox(12);
        vm.queryProperty().addListener((o, was, now) -> {
            list.getChildren().setAll(blank(now) ? home : results);
            showResults();   // also when no result before or after: the list would not change, the words would
        });
        list.getChildren().setAll(home);
        vm.results().addListener((ListChangeListener<SearchHit>) c -> showResults());

        ScrollPane listScroll = new ScrollPane(list);
        listScroll.setFitToWidth(true);
        VBox side = new VBox(10, title, new HBox(6, searchIcon, search), listScroll);
        HBox.setHgrow(search, Priority.ALWAYS);
        VBox.setVgrow(listScroll, Priority.ALWAYS);
        side.getStyleClass().add(LibraryStyles.LIBRARY_SIDE);
        side.setPadding(new Insets(12));
        // The lists take a share of the screen, leaving the larger part to the article at any text size.
        side.prefWidthProperty().bind(widthProperty().multiply(SIDE_SHARE));
        setLeft(side);

        ArticleReader reader = new ArticleReader(vm.reader(), renderer);
        reader.setPadding(new Insets(16, 24, 24, 24));
        articleScroll = new ScrollPane(reader);
        articleScroll.setId("articleScroll");
        articleScroll.setFitToWidth(true);
        vm.reader().articleProperty().addListener((o, was, now) -> articleScroll.setVvalue(0));
        setCenter(articleScroll);

        // Coming back to the screen picks up bookmarks and questions added from the side panel meanwhile.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) vm.load();
        });
    }

    /** Puts the keyboard in the search field, for the search shortcut. */
    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    private VBox home() {
        Label bookmarksTitle = sectionTitle("Bookmarks");
        Label recentTitle = sectionTitle("Recently read");
        bind(vm.bookmarks(), bookmarks, bookmarksTitle, "bookmark");
        bind(vm.recent(), recent, recentTitle, "recent");
        VBox home = new VBox(6, bookmarksTitle, bookmarks, recentTitle, recent);
        vm.topics().forEach((topic, articles) -> {
            home.getChildren().add(sectionTitle(topic));
            for (Article a : articles) home.getChildren().add(link(a, "article"));
        });
        QuestionsPane questions = new QuestionsPane(vm.questions());
        VBox.setMargin(questions, new Insets(12, 0, 0, 0));
        home.getChildren().add(questions);
        return home;
    }

    /** A short list that hides with its title while empty. */
    private void bind(ObservableList<Article> source, VBox box, Label title, String idPrefix) {
        Runnable fill = () -> {
            box.getChildren().setAll(source.stream().map(a -> (Node) link(a, idPrefix)).toList());
            title.setVisible(!source.isEmpty());
            title.setManaged(!source.isEmpty());
        };
        source.addListener((ListChangeListener<Article>) c -> fill.run());
        fill.run();
    }

    private Hyperlink link(Article a, String idPrefix) {
        Hyperlink l = new Hyperlink(a.title());
        l.setId(idPrefix + "-" + a.id());
        l.getStyleClass().add(Styles.VIEW_ONLY);
        l.setWrapText(true);
        l.getStyleClass().add(LibraryStyles.LIST_LINK);
        l.setOnAction(e -> vm.open(a.id()));
        return l;
    }

    private void showResults() {
        results.getChildren().clear();
        List<SearchHit> hits = vm.results();
        if (hits.isEmpty()) {
            Label none = new Label("No article matches “" + vm.queryProperty().get().strip()
                    + "”. Try fewer or simpler words, or browse the topics.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.HINT);
            results.getChildren().add(none);
            return;
        }
        for (int i = 0; i < hits.size(); i++) results.getChildren().add(result(hits.get(i), i));
    }

    private Node result(SearchHit hit, int index) {
        Hyperlink title = new Hyperlink(hit.article().title());
        title.setId("result-" + index);
        title.getStyleClass().add(Styles.VIEW_ONLY);
        title.setWrapText(true);
        title.getStyleClass().add(LibraryStyles.RESULT_TITLE);
        title.setOnAction(e -> vm.open(hit.article().id()));
        TextFlow passage = new TextFlow();
        passage.getStyleClass().add(LibraryStyles.PASSAGE);
        int at = 0;
        for (SearchHit.Span span : hit.highlights()) {
            if (span.start() < at) continue;
            passage.getChildren().add(text(hit.passage().substring(at, span.start()), false));
            passage.getChildren().add(text(hit.passage().substring(span.start(), span.end()), true));
            at = span.end();
        }
        passage.getChildren().add(text(hit.passage().substring(at), false));
        Label topic = new Label(hit.article().topic());
        topic.getStyleClass().add(Styles.HINT);
        VBox box = new VBox(2, title, passage, topic);
        box.getStyleClass().add(LibraryStyles.RESULT);
        return box;
    }

    private static Text text(String s, boolean match) {
        Text t = new Text(s);
        t.getStyleClass().add(match ? LibraryStyles.MATCH : "result-text");
        return t;
    }

    private static Label sectionTitle(String s) {
        Label l = new Label(s);
        l.getStyleClass().add(Styles.SECTION_TITLE);
        l.setWrapText(true);
        return l;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    @Override
    public ObservableList<LearnSignal> learnSignals() { return vm.learnSignals(); }

    @Override
    public ObservableStringValue shownArticleId() { return vm.openArticleId(); }
}
