package org.carejournal.ui.reminders;

import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.Styles;

/**
 * A typed date with a calendar button beside it, as on the lab form: the text is checked strictly by
 * the form (a DatePicker alone would silently drop an impossible date); the calendar only fills it.
 */
final class DateInput {
    final TextField field = new TextField();
    final HBox box;

    DateInput(String id, StringProperty text) {
        field.setId(id);
        field.setPromptText("YYYY-MM-DD");
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(text);
        DatePicker calendar = new DatePicker();
        calendar.setId(id + "Calendar");
        calendar.setEditable(false);
        calendar.setFocusTraversable(false);
        calendar.getStyleClass().add(Styles.CALENDAR_BUTTON);
        calendar.setAccessibleText("Choose the date on a calendar");
        calendar.setOnShowing(e -> calendar.setValue(DatePickers.parse(field.getText())));
        calendar.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) field.setText(DatePickers.DATE.format(picked));
        });
        box = new HBox(4, field, calendar);
    }
}
