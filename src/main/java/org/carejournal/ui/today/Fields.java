package org.carejournal.ui.today;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.carejournal.ui.Styles;

/** A labelled input with its message beneath; the input's border turns red while it has one. */
final class Fields {
    private Fields() {}

    static VBox labelled(String name, TextField input, StringProperty text, StringProperty error) {
        input.textProperty().bindBidirectional(text);
        return labelled(name, input, input, error);
    }

    static VBox labelled(String name, Node content, Control input, StringProperty error) {
        Label label = new Label(name);
        label.setLabelFor(input);
        VBox box = new VBox(3, label, content);
        Label message = message(input.getId() + "Error", error);
        error.addListener((obs, old, now) -> {
            if (now.isEmpty()) input.getStyleClass().remove(Styles.INVALID);
            else if (!input.getStyleClass().contains(Styles.INVALID)) input.getStyleClass().add(Styles.INVALID);
        });
        box.getChildren().add(message);
        return box;
    }

    /** A red message that takes no room while empty. */
    static Label message(String id, StringProperty error) {
        Label message = new Label();
        message.setId(id);
        message.getStyleClass().add(Styles.FIELD_ERROR);
        message.textProperty().bind(error);
        message.setWrapText(true);
        message.setMaxWidth(340);
        message.visibleProperty().bind(error.isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }
}
