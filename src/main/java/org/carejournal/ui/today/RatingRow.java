package org.carejournal.ui.today;

import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.carejournal.ui.Styles;

/**
 * One symptom with its 0–10 scale. The row takes the keyboard focus as a whole: a digit rates and
 * moves to the next row, ↑/↓ change the rating (↑ from 9 gives 10), Delete clears it. The buttons
 * are for the mouse and stay out of the Tab order so the check-in is one key per symptom.
 */
final class RatingRow extends FlowPane {
    private static final PseudoClass RATED = PseudoClass.getPseudoClass("rated");

    private final RatingRowModel model;
    private final ToggleButton[] buttons = new ToggleButton[11];

    /** @param next moves the focus on after a digit was typed */
    RatingRow(RatingRowModel model, Runnable next) {
        super(12, 4);
        this.model = model;
        setId("rating-" + model.symptom().id());
        getStyleClass().add(Styles.RATING_ROW);
        setFocusTraversable(true);
        setAlignment(Pos.CENTER_LEFT);
        setAccessibleRole(AccessibleRole.SLIDER);

        Label name = new Label(model.symptom().name());
        name.getStyleClass().add(Styles.RATING_NAME);
        name.setWrapText(true);
        HBox scale = new HBox();
        scale.getStyleClass().add("segmented");
        for (int i = 0; i <= 10; i++) {
            int value = i;
            ToggleButton b = new ToggleButton(Integer.toString(i));
            b.getStyleClass().add(Styles.RATING_BUTTON);
            b.setFocusTraversable(false);
            b.setOnAction(e -> {
                model.ratingProperty().set(value);
                requestFocus();
            });
            buttons[i] = b;
            scale.getChildren().add(b);
        }
        getChildren().addAll(name, scale);

        model.ratingProperty().addListener(obs -> showRating());
        showRating();
        // Consumed: the ScrollPane around the page would otherwise take the focus on the same press.
        setOnMousePressed(e -> {
            requestFocus();
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            // Ctrl/Cmd with a digit opens a section of the window: not a rating.
            if (e.isShortcutDown() || e.isAltDown()) return;
            if (handleKey(e.getCode(), next)) e.consume();
        });
    }

    private boolean handleKey(KeyCode code, Runnable next) {
        int digit = digitOf(code);
        int now = model.ratingProperty().get();
        if (digit >= 0) {
            model.ratingProperty().set(digit);
            next.run();
        } else if (code == KeyCode.UP || code == KeyCode.RIGHT) {
            model.ratingProperty().set(Math.min(10, now + 1));
        } else if (code == KeyCode.DOWN || code == KeyCode.LEFT) {
            model.ratingProperty().set(Math.max(0, now < 0 ? 0 : now - 1));
        } else if (code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) {
            model.ratingProperty().set(RatingRowModel.NOT_RATED);
        } else {
            return false;
        }
        return true;
    }

    private static int digitOf(KeyCode code) {
        // DIGIT0…DIGIT9 and NUMPAD0…NUMPAD9 end in their digit.
        String name = code.name();
        if (!code.isDigitKey() || !(name.startsWith("DIGIT") || name.startsWith("NUMPAD"))) return -1;
        return name.charAt(name.length() - 1) - '0';
    }

    private void showRating() {
        int r = model.ratingProperty().get();
        for (int i = 0; i <= 10; i++) buttons[i].setSelected(i == r);
        pseudoClassStateChanged(RATED, r >= 0);
        setAccessibleText(model.symptom().name() + ": " + (r < 0 ? "not rated" : r + " out of 10"));
    }
}
