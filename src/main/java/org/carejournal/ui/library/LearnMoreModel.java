package org.carejournal.ui.library;

import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.carejournal.library.ArticleChooser;
import org.carejournal.library.ArticleLibrary;
import org.carejournal.library.Suggestion;
import org.carejournal.ui.LearnContext;

/**
 * The "Learn more" panel beside every screen: the 1–3 articles that best explain what the screen shows
 * now, chosen from its signals, and one of them open for reading in the panel.
 */
public final class LearnMoreModel {
    private final ArticleChooser chooser;
    private final ArticleLibrary library;
    private final ReaderModel reader;
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LearnContext> context = new ReadOnlyObjectWrapper<>();
    private final InvalidationListener rechoose = o -> choose();

    public LearnMoreModel(ArticleChooser chooser, ArticleLibrary library, ReaderModel reader) {
        this.chooser = chooser;
        this.library = library;
        this.reader = reader;
    }

    /** Follows the screen now shown; null for one that explains nothing. Closes an article left open. */
    public void follow(LearnContext screen) {
        LearnContext was = context.get();
        if (was != null) {
            was.learnSignals().removeListener(rechoose);
            was.shownArticleId().removeListener(rechoose);
        }
        context.set(screen);
        if (screen != null) {
            screen.learnSignals().addListener(rechoose);
            screen.shownArticleId().addListener(rechoose);
        }
        reader.open(null);
        choose();
    }

    private void choose() {
        LearnContext c = context.get();
        suggestions.setAll(c == null ? List.of()
                : chooser.choose(c.learnSignals(), ArticleChooser.PANEL_SIZE, c.shownArticleId().get()));
    }

    public void read(Suggestion s) { reader.open(s.article()); }

    /** Follows a link from the article open in the panel. */
    public void readLinked(String articleId) { library.find(articleId).ifPresent(reader::open); }

    /** Back from an article to the suggestions. */
    public void back() { reader.open(null); }

    public ObservableList<Suggestion> suggestions() { return suggestions; }
    public ReaderModel reader() { return reader; }
    public ReadOnlyObjectProperty<LearnContext> contextProperty() { return context.getReadOnlyProperty(); }
}
