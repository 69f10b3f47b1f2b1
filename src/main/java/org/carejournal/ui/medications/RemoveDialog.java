package org.carejournal.ui.medications;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The question asked before a medicine leaves the plan. With logged doses the default keeps its history
 * (it moves to past medicines); deleting them too is the other, explicit choice. A past medicine can
 * only be deleted, after a confirm that names its doses.
 */
final class RemoveDialog {
    /** What the person chose. */
    enum Choice { KEEP_HISTORY, DELETE, CANCEL }

    private RemoveDialog() {}

    static Choice ask(Window owner, RemoveQuestion q, boolean past) {
        String name = q.item().medication().name();
        String doses = q.loggedDoses() == 1 ? "1 logged dose" : q.loggedDoses() + " logged doses";
        ButtonType keep = new ButtonType(q.hasDoses() ? "Keep its history" : "Remove", ButtonBar.ButtonData.OK_DONE);
        ButtonType delete = new ButtonType(q.hasDoses() ? "Delete it and its " + doses : "Delete",
                past ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION);
        a.initOwner(owner);
        a.setTitle(past ? "Delete a past medicine" : "Remove a medicine");
        if (past) {
            a.setHeaderText("Delete " + name + " from the journal?");
            a.setContentText((q.hasDoses() ? "Its " + doses + " will be deleted too. " : "")
                    + "Its plan leaves the charts and the summary. This cannot be undone.");
            a.getButtonTypes().setAll(delete, ButtonType.CANCEL);
        } else if (q.hasDoses()) {
            a.setHeaderText("Take " + name + " out of your plan?");
            a.setContentText("It has " + doses + ". Keeping its history leaves them, and its plan, in the journal "
                    + "and the summary; it moves to past medicines. Deleting removes them for good.");
            a.getButtonTypes().setAll(keep, delete, ButtonType.CANCEL);
        } else {
            a.setHeaderText("Take " + name + " out of your plan?");
            a.setContentText("It has no logged doses. It moves to past medicines, where it can be deleted.");
            a.getButtonTypes().setAll(keep, ButtonType.CANCEL);
        }
        a.getDialogPane().setId("removeDialog");
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) return Choice.CANCEL;
        return answer.get() == keep ? Choice.KEEP_HISTORY : Choice.DELETE;
    }
}
