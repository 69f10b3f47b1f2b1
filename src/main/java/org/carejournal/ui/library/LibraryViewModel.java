package org.carejournal.ui.library;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.domain.library.AppointmentQuestions;
import org.carejournal.domain.library.LibraryShelf;
import org.carejournal.library.Article;
import org.carejournal.library.ArticleLibrary;
import org.carejournal.library.ArticleText;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LibrarySearch;
import org.carejournal.library.SearchHit;
import org.carejournal.ui.Async;

/**
 * The Library screen: topics, search as you type (ranked, with the matching passage), bookmarks,
 * recently read, the open article and the questions for the next appointment.
 */
public final class LibraryViewModel {
    /** How many results and recently read articles are listed. */
    static final int RESULTS = 10;
    static final int RECENT = 5;
    /** Shown first to someone who has read nothing yet. */
    static final String FIRST_ARTICLE = "metastatic-prostate-cancer";

    private final ArticleLibrary library;
    /** Built on first need; only touched on the FX thread. */
    private LibrarySearch search;
    private final LibraryShelf shelf;
    private final long personId;
    private final Async async;
    private final ReaderModel reader;
    private final QuestionsModel questions;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();
    private final ObservableList<Article> bookmarks = FXCollections.observableArrayList();
    private final ObservableList<Article> recent = FXCollections.observableArrayList();
    private final ObservableList<LearnSignal> signals = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper openId = new ReadOnlyStringWrapper();
    private final StringProperty status = new SimpleStringProperty("");

    public LibraryViewModel(ArticleLibrary library, LibraryShelf shelf, AppointmentQuestions questionList,
                            long personId, Async async, Clock clock) {
        this.library = library;
        this.shelf = shelf;
        this.personId = personId;
        this.async = async;
        this.reader = new ReaderModel(shelf, questionList, personId, async, clock, this::loadShelf,
                () -> questions().load());
        this.questions = new QuestionsModel(questionList, personId, async, clock, reader::refreshQuestions);
        query.addListener((o, was, now) -> results.setAll(search().search(now == null ? "" : now, RESULTS)));
        reader.articleProperty().addListener((o, was, a) -> {
            openId.set(a == null ? null : a.id());
            signals.setAll(a == null ? List.of() : related(a));
        });
    }

    /**
     * Reads bookmarks and recent reading; opens the last article read, or the first one for a newcomer. The
     * first time, it also builds the search index in the background, so the app starts without waiting for it.
     */
    public void load() {
        if (search == null) async.run(() -> new LibrarySearch(library), built -> {
            if (search == null) search = built;
        }, e -> status.set("The library cannot be searched: " + e.getMessage()));
        async.run(this::readShelf, s -> {
            show(s);
            if (reader.articleProperty().get() == null) {
                open(s.recent.isEmpty() ? FIRST_ARTICLE : s.recent.get(0));
            }
        }, e -> status.set("Your bookmarks could not be read: " + e.getMessage()));
    }

    /** The articles this one links to first, then those sharing its tags. */
    private static List<LearnSignal> related(Article a) {
        List<LearnSignal> out = new ArrayList<>();
        for (String id : ArticleText.linkedIds(a.body())) {
            out.add(new LearnSignal(id, LearnSignal.SHOWN, "Linked from “" + a.title() + "”."));
        }
        for (String tag : a.tags()) out.add(new LearnSignal(tag, LearnSignal.BACKGROUND, "On a subject close to this one."));
        return out;
    }

    /** Opens an article by id, as a link, a search result or a list entry does. */
    public void open(String id) {
        library.find(id).ifPresentOrElse(reader::open, () -> status.set("That article is not in this version of the library."));
    }

    /** The index, built here and now if a search comes before the background build is done. */
    private LibrarySearch search() {
        if (search == null) search = new LibrarySearch(library);
        return search;
    }

    private void loadShelf() {
        async.run(this::readShelf, this::show, e -> status.set("Your bookmarks could not be read: " + e.getMessage()));
    }

    private Shelf readShelf() {
        return new Shelf(shelf.bookmarks(personId), shelf.recentlyRead(personId, RECENT));
    }

    private void show(Shelf s) {
        bookmarks.setAll(articles(s.bookmarks));
        recent.setAll(articles(s.recent));
    }

    private List<Article> articles(List<String> ids) {
        return ids.stream().flatMap(id -> library.find(id).stream()).toList();
    }

    public Map<String, List<Article>> topics() { return library.byTopic(); }
    public StringProperty queryProperty() { return query; }
    public ObservableList<SearchHit> results() { return results; }
    public ObservableList<Article> bookmarks() { return bookmarks; }
    public ObservableList<Article> recent() { return recent; }
    public ReaderModel reader() { return reader; }
    public QuestionsModel questions() { return questions; }
    public StringProperty statusProperty() { return status; }
    /** Related articles for the side panel: the open article's tags. */
    public ObservableList<LearnSignal> learnSignals() { return signals; }
    public ObservableStringValue openArticleId() { return openId.getReadOnlyProperty(); }

    private record Shelf(List<String> bookmarks, List<String> recent) {}
}
