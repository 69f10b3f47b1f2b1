package org.carejournal.app;

import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.library.ArticleChooser;
import org.carejournal.library.ArticleLibrary;

/**
 * What ships inside the app rather than in a journal: the medication catalog and the article library.
 * Read once per run, off the FX thread; a malformed file stops the start loudly.
 */
record AppContent(MedicationCatalog catalog, ArticleLibrary library, ArticleChooser chooser) {

    static AppContent load() {
        ArticleLibrary library = ArticleLibrary.load();
        return new AppContent(MedicationCatalog.load(), library, new ArticleChooser(library));
    }
}
