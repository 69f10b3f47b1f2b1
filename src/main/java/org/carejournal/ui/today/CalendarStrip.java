package org.carejournal.ui.today;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import org.carejournal.ui.DatePickers;
import org.carejournal.ui.Styles;

/**
 * The last two weeks as day buttons (a mark under days that have a check-in) and a calendar for
 * earlier days. Choosing a day shows its check-in.
 */
final class CalendarStrip extends FlowPane {
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEE", Locale.ENGLISH);

    private final TodayViewModel vm;
    private final ToggleGroup group = new ToggleGroup();
    private final DatePicker earlier = DatePickers.create("pickDay", "Earlier day…");

    CalendarStrip(TodayViewModel vm) {
        super(4, 4);   // wraps onto a second line at large text sizes instead of widening the window
        this.vm = vm;
        setId("calendarStrip");
        setAlignment(Pos.CENTER_LEFT);
        earlier.setDayCellFactory(p -> new javafx.scene.control.DateCell() {
            @Override
            public void updateItem(LocalDate item, boolean empty) {
                super.updateItem(item, empty);
                setDisable(empty || item.isAfter(vm.today()));   // no check-ins for days to come
            }
        });
        earlier.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) vm.showDay(picked);
        });
        vm.daysWithCheckIns().addListener((ListChangeListener<LocalDate>) c -> rebuild());
        vm.dayProperty().addListener(obs -> rebuild());
        rebuild();
    }

    private void rebuild() {
        LocalDate today = vm.today();
        LocalDate shown = vm.dayProperty().get();
        getChildren().clear();
        for (int back = TodayViewModel.STRIP_DAYS - 1; back >= 0; back--) {
            LocalDate d = today.minusDays(back);
            ToggleButton b = new ToggleButton(WEEKDAY.format(d) + "\n" + d.getDayOfMonth());
            b.setId("day-" + d);
            b.getStyleClass().add(Styles.STRIP_DAY);
            b.getStyleClass().add(Styles.VIEW_ONLY);
            boolean done = vm.daysWithCheckIns().contains(d);
            if (done) b.getStyleClass().add(Styles.HAS_CHECK_IN);
            b.setTooltip(new Tooltip(DayNames.describe(d, today) + (done ? ": check-in saved" : ": no check-in yet")));
            b.setAccessibleText(b.getTooltip().getText());
            b.setToggleGroup(group);
            b.setSelected(d.equals(shown));
            b.setOnAction(e -> {
                b.setSelected(d.equals(vm.dayProperty().get()));   // the model decides which day shows
                vm.showDay(d);
            });
            getChildren().add(b);
        }
        earlier.getStyleClass().add(Styles.VIEW_ONLY);   // choosing a day only changes which is shown
        getChildren().add(earlier);
        if (shown != null && shown.isBefore(today.minusDays(TodayViewModel.STRIP_DAYS - 1))) earlier.setValue(shown);
        else earlier.setValue(null);
    }
}
