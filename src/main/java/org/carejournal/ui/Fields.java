package org.carejournal.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * A labelled input with its message beneath; the input's border turns red while it has one. The
 * message's id is the input's id + "Error", so tests find it beside its field.
 */
public final class Fields {
    private Fields() {}

    public static VBox labelled(String name, TextField input, StringProperty text, StringProperty error) {
        input.textProperty().bindBidirectional(text);
        input.setMaxWidth(Region.USE_PREF_SIZE);   // a short box for a short answer, whatever the label's length
        return labelled(name, input, input, error);
    }

    public static VBox labelled(String name, Node content, Control input, StringProperty error) {
        VBox box = labelled(name, content, input);
        Label message = message(input.getId() + "Error", error);
        error.addListener((obs, old, now) -> {
            if (now.isEmpty()) input.getStyleClass().remove(Styles.INVALID);
            else if (!input.getStyleClass().contains(Styles.INVALID)) input.getStyleClass().add(Styles.INVALID);
        });
        box.getChildren().add(message);
        return box;
    }

    /** A labelled input that never has a message (an optional free-text field). */
    public static VBox labelled(String name, Node content, Control input) {
        Label label = new Label(name);
        label.setLabelFor(input);
        return new VBox(3, label, content);
    }

    /** A red message that takes no room while empty. */
    public static Label message(String id, StringProperty error) {
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
