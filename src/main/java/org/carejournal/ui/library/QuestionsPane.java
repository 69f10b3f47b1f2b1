package org.carejournal.ui.library;

import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The list of questions for the next appointment, with a field to add one's own. Node ids:
 * {@code questionList}, {@code newQuestion}, {@code addOwnQuestion}, {@code newQuestionError},
 * {@code asked-N}, {@code removeQuestion-N}, {@code undoQuestion}.
 */
public final class QuestionsPane extends VBox {
    private final QuestionsModel model;
    private final VBox list = new VBox(6);

    public QuestionsPane(QuestionsModel model) {
        super(8);
        this.model = model;
        setId("questionsPane");
        Label title = new Label("Questions for your next appointment");
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        list.setId("questionList");

        TextField field = new TextField();
        field.setId("newQuestion");
        field.setPromptText("Type a question of your own");
        field.textProperty().bindBidirectional(model.draftProperty());
        field.setOnAction(e -> model.addDraft());
        HBox.setHgrow(field, Priority.ALWAYS);
        Button add = new Button("Add");
        add.setId("addOwnQuestion");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> model.addDraft());
        Label error = new Label();
        error.setId("newQuestionError");
        error.getStyleClass().add(Styles.FIELD_ERROR);
        error.textProperty().bind(model.draftErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.setWrapText(true);
        model.draftErrorProperty().addListener((o, was, now) -> field.pseudoClassStateChanged(
                PseudoClass.getPseudoClass(Styles.INVALID), !now.isEmpty()));

        Label status = new Label();
        status.getStyleClass().add(Styles.HINT);
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        Button undo = new Button("Undo");
        undo.setId("undoQuestion");
        undo.visibleProperty().bind(model.lastRemovedProperty().isNotNull());
        undo.managedProperty().bind(undo.visibleProperty());
        undo.setOnAction(e -> model.undo());
        HBox statusRow = new HBox(8, status, undo);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(title, list, new HBox(8, field, add), error, statusRow);
        model.open().addListener((ListChangeListener<AppointmentQuestion>) c -> rebuild());
        rebuild();
        // Questions can be added from any screen's Learn more panel, so the list is read each time it is shown.
        sceneProperty().addListener((o, was, now) -> {
            if (now != null) model.load();
        });
    }

    private void rebuild() {
        list.getChildren().clear();
        if (model.open().isEmpty()) {
            Label none = new Label("No questions yet. Add them from an article, or type your own below.");
            none.getStyleClass().add(Styles.HINT);
            none.setWrapText(true);
            list.getChildren().add(none);
            return;
        }
        for (int i = 0; i < model.open().size(); i++) {
            AppointmentQuestion q = model.open().get(i);
            Label text = new Label(q.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            Button asked = new Button(null, new FontIcon(MaterialDesignC.CHECK));
            asked.setId("asked-" + i);
            asked.setAccessibleText("Mark as asked: " + q.text());
            asked.setTooltip(new Tooltip("Asked: take it off the list"));
            asked.setOnAction(e -> model.markAsked(q));
            Button remove = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
            remove.setId("removeQuestion-" + i);
            remove.setAccessibleText("Remove: " + q.text());
            remove.setTooltip(new Tooltip("Remove this question"));
            remove.setOnAction(e -> model.remove(q));
            HBox row = new HBox(6, text, asked, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add(LibraryStyles.QUESTION_ROW);
            list.getChildren().add(row);
        }
    }
}
