package org.carejournal.ui.charts;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import org.carejournal.ui.Styles;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import org.carejournal.ui.DatePickers;

/**
 * "Show: All | 1 year | Since treatment start | Custom", with From/To dates for a custom range. Bound
 * to a {@link ChartRange}, so every screen that shows one stays in step. Node ids: {@code range-all},
 * {@code range-one_year}, {@code range-since_treatment}, {@code range-custom}, {@code customFrom},
 * {@code customTo}.
 */
public final class RangeBar extends HBox {

    /** @param treatmentStart the current treatment start; "Since treatment start" is off while it is null */
    public RangeBar(ChartRange range, ObservableValue<?> treatmentStart) {
        super(14);
        setAlignment(Pos.CENTER_LEFT);
        ToggleGroup group = new ToggleGroup();
        HBox buttons = new HBox(0);
        buttons.getStyleClass().add("segmented");
        for (RangeChoice choice : RangeChoice.values()) {
            ToggleButton b = new ToggleButton(choice.label());
            b.setId("range-" + choice.name().toLowerCase());
            b.getStyleClass().add(Styles.VIEW_ONLY);
            b.setToggleGroup(group);
            b.setUserData(choice);
            b.setSelected(choice == range.choiceProperty().get());
            if (choice == RangeChoice.SINCE_TREATMENT) {
                b.disableProperty().bind(Bindings.createBooleanBinding(
                        () -> treatmentStart.getValue() == null, treatmentStart));
            }
            buttons.getChildren().add(b);
        }
        // Select the new button directly: unselecting the old one first would leave none chosen for a moment,
        // and the listener below would then put the old range back.
        range.choiceProperty().addListener((obs, old, now) -> buttons.getChildren().stream()
                .filter(n -> n.getUserData() == now).findFirst().ifPresent(n -> group.selectToggle((ToggleButton) n)));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) old.setSelected(true);   // one range is always chosen
            else range.choiceProperty().set((RangeChoice) now.getUserData());
        });

        DatePicker from = DatePickers.create("customFrom", "From");
        from.valueProperty().bindBidirectional(range.customFromProperty());
        DatePicker to = DatePickers.create("customTo", "To");
        to.valueProperty().bindBidirectional(range.customToProperty());
        HBox custom = new HBox(6, new Label("From"), from, new Label("to"), to);
        custom.setAlignment(Pos.CENTER_LEFT);
        custom.visibleProperty().bind(range.choiceProperty().isEqualTo(RangeChoice.CUSTOM));
        custom.managedProperty().bind(custom.visibleProperty());

        HBox show = new HBox(6, new Label("Show"), buttons);
        show.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(show, custom);
    }
}
