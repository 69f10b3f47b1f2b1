package org.carejournal.ui;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.ObservableList;
import org.carejournal.library.LearnSignal;

/**
 * A screen that tells the "Learn more" panel what it shows, as library signals, so the panel can choose
 * the articles that explain it. Screens name tags, never articles.
 */
public interface LearnContext {
    /** What is on screen now; changes as the screen's data does. */
    ObservableList<LearnSignal> learnSignals();

    /** An article the screen itself shows, not to be suggested beside it; null for none. */
    default ObservableStringValue shownArticleId() { return new ReadOnlyStringWrapper(null); }
}
