package org.carejournal.ui.medications.editor;

/** Style classes of the medicine editor, spelled once; the rules are in medication-editor.css beside it. */
final class EditorStyles {
    private EditorStyles() {}

    static final String CSS = "/org/carejournal/ui/medications/editor/medication-editor.css";

    static final String EDITOR = "med-editor";
    static final String RESULTS = "med-results";
    static final String RESULT_NAME = "med-result-name";
    static final String RESULT_DETAIL = "med-result-detail";
    static final String CHOSEN = "med-chosen";
    static final String OFFER = "med-offer";
    static final String TIME_FIELD = "med-time-field";
    static final String NUMBER_FIELD = "med-number-field";
    static final String TEXT_FIELD = "med-text-field";
    static final String SEARCH_FIELD = "med-search-field";
    static final String BUTTON_BAR = "med-button-bar";
}
