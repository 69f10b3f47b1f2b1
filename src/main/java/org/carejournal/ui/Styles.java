package org.carejournal.ui;

/** Style class names used from Java, so the stylesheet and the code agree on one spelling. */
public final class Styles {
    private Styles() {}

    public static final String APP_CSS = "/org/carejournal/ui/app.css";
    /** The high-contrast theme's rules (thick borders, yellow focus); inert in the other themes. */
    public static final String HIGH_CONTRAST_CSS = "/org/carejournal/ui/high-contrast.css";

    public static final String PAGE_TITLE = "page-title";
    public static final String SECTION_TITLE = "section-title";
    public static final String HINT = "hint";
    public static final String FIELD_ERROR = "field-error";
    public static final String INVALID = "invalid";
    public static final String CARD = "card";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String SAMPLE_BANNER = "sample-banner";
    /** The banner across a journal open for review (read-only). */
    public static final String REVIEW_BANNER = "review-banner";
    /**
     * On a control (or a container of them) that only changes what is shown, never what is stored: review
     * mode leaves it working while it disables every other editing control.
     */
    public static final String VIEW_ONLY = "view-only";
    public static final String UNDO_BAR = "undo-bar";
    public static final String METRIC_NAME = "metric-name";
    public static final String METRIC_VALUE = "metric-value";
    public static final String ALERT_BOX = "alert-box";
    public static final String SOURCE = "source";
    public static final String ERROR_BANNER = "error-banner";
    public static final String CALENDAR_BUTTON = "calendar-button";
    public static final String DATE_FIELD = "date-field";
    public static final String UNIT_FIELD = "unit-field";
    public static final String TEST_FIELD = "test-field";
    public static final String RESULTS_TABLE = "results-table";
    public static final String CHART_PANE = "chart-pane";
    public static final String CHART_ROW = "chart-row";
    public static final String RATING_ROW = "rating-row";
    public static final String RATING_NAME = "rating-name";
    public static final String RATING_BUTTON = "rating-button";
    public static final String BODY_REGION = "body-region";
    public static final String BODY_OUTLINE = "body-outline";
    public static final String STRIP_DAY = "strip-day";
    public static final String HAS_CHECK_IN = "has-check-in";
    public static final String FLAG_BANNER = "flag-banner";
    public static final String RATING_FIELD = "rating-field";
    public static final String HEATMAP_TIP = "heatmap-tip";
    public static final String HEAT_SWATCH = "heat-swatch";
    public static final String LEGEND_GAP = "legend-gap";
    public static final String EMPTY_STATE = "empty-state";
    public static final String COMPARISON_LINE = "comparison-line";
}
