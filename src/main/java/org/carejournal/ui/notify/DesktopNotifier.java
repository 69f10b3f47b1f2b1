package org.carejournal.ui.notify;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import javafx.scene.text.Text;
import org.controlsfx.control.Notifications;

/**
 * Shows an {@link Announcement} as a ControlsFX notification in the bottom-right corner. It is a popup
 * that never takes the keyboard focus, so typing in the journal goes on undisturbed.
 */
public final class DesktopNotifier implements Consumer<Announcement> {
    /** Pixels: about 50 characters a line at normal text size. */
    private static final double TEXT_WIDTH = 360;
    /** Long enough to be read slowly; a click or the close button hides it sooner. */
    private static final Duration SHOWN_FOR = Duration.seconds(30);

    private static final String CSS = "/org/carejournal/ui/notify/notify.css";

    private final Window owner;

    /** @param owner the journal window: the notification shows in its bottom-right corner */
    public DesktopNotifier(Window owner) {
        this.owner = owner;
    }

    @Override
    public void accept(Announcement a) {
        // The notification takes its styles from the owner's scene, as ControlsFX's own sheet does.
        if (owner != null && owner.getScene() != null) {
            String css = DesktopNotifier.class.getResource(CSS).toExternalForm();
            if (!owner.getScene().getStylesheets().contains(css)) owner.getScene().getStylesheets().add(css);
        }
        // One calm look for all of them: a warning sign over "1 missed dose" would alarm more than inform.
        Notifications.create()
                .owner(owner)
                .title(a.title())
                .graphic(body(a.text()))
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .show();
    }

    /**
     * The text wrapped at a reading width: ControlsFX sizes a plain text to one line, which a long reminder
     * stretches past the edge of the screen. A Text with a wrapping width knows its wrapped height, so the
     * notification is as tall as the words.
     */
    private static Text body(String text) {
        Text body = new Text(text);
        body.setId("notificationText");
        body.getStyleClass().add("notification-text");
        body.setWrappingWidth(TEXT_WIDTH);
        return body;
    }
}
