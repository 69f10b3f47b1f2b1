package org.carejournal.ui.medications.editor;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Route;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/**
 * The medicine part of the editor: a search box over the catalog with its results, the way to add one's
 * own medicine, and, once chosen, the medicine's name with a way back to the search.
 */
final class MedicineChooser extends VBox {
    private final TextField search = new TextField();

    MedicineChooser(MedicineChoiceModel vm) {
        setSpacing(6);
        Label heading = new Label("Medicine");
        heading.getStyleClass().add(Styles.SECTION_TITLE);

        search.setId("medicineSearch");
        search.getStyleClass().add(EditorStyles.SEARCH_FIELD);
        search.setPromptText("Type part of the name, e.g. zol or Zometa");
        search.textProperty().bindBidirectional(vm.queryProperty());
        search.setMaxWidth(Double.MAX_VALUE);
        // Arrow keys walk the results while the caret stays in the box; Enter takes the highlighted one.
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                vm.move(e.getCode() == KeyCode.DOWN ? 1 : -1);
                e.consume();
            }
        });
        search.setOnAction(e -> {
            vm.pickHighlighted();
            e.consume();
        });
        Label searchLabel = new Label("Find it by its generic or brand name");
        searchLabel.setLabelFor(search);

        ListView<CatalogEntry> results = new ListView<>(vm.results());
        results.setId("medicineResults");
        results.getStyleClass().add(EditorStyles.RESULTS);
        results.setFocusTraversable(false);
        results.setCellFactory(v -> new ResultCell(vm));
        vm.highlightedProperty().addListener((obs, old, now) -> showHighlight(results, now));
        showHighlight(results, vm.highlightedProperty().get());
        results.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) vm.highlightedProperty().set(now);
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.pickHighlighted();
                e.consume();
            }
        });

        Label noMatch = new Label();
        noMatch.setId("medicineNoMatch");
        noMatch.getStyleClass().add(Styles.HINT);
        noMatch.setWrapText(true);
        noMatch.textProperty().bind(vm.noMatchProperty());
        bindShown(noMatch, vm.noMatchProperty().isNotEmpty());

        Button addOwn = new Button("Not in the list: add my own");
        addOwn.setId("addOwnMedicine");
        addOwn.setOnAction(e -> vm.chooseOwn());
        VBox searching = new VBox(6, searchLabel, search, results, noMatch, addOwn);
        bindShown(searching, vm.readyProperty().not());

        Label chosen = new Label();
        chosen.setId("chosenMedicine");
        chosen.getStyleClass().add(EditorStyles.CHOSEN);
        chosen.setWrapText(true);
        chosen.textProperty().bind(Bindings.createStringBinding(() -> {
            CatalogEntry e = vm.chosenProperty().get();
            return e == null ? "" : e.displayName() + " · " + e.drugClass().label();
        }, vm.chosenProperty()));
        bindShown(chosen, vm.chosenProperty().isNotNull());

        VBox own = ownFields(vm);
        bindShown(own, vm.ownProperty());

        Button another = new Button("Choose another medicine");
        another.setId("changeMedicine");
        another.setOnAction(e -> {
            vm.reset();
            search.requestFocus();
        });
        bindShown(another, vm.readyProperty());

        Label error = Fields.message("medicineError", vm.errorProperty());
        getChildren().addAll(heading, searching, chosen, own, another, error);
    }

    /** Puts the caret in the search box (when the window opens). */
    void focusSearch() {
        search.requestFocus();
    }

    private static VBox ownFields(MedicineChoiceModel vm) {
        TextField name = new TextField();
        name.setId("ownName");
        name.getStyleClass().add(EditorStyles.TEXT_FIELD);
        name.textProperty().bindBidirectional(vm.ownNameProperty());
        ComboBox<DrugClass> drugClass = new ComboBox<>(FXCollections.observableArrayList(DrugClass.values()));
        drugClass.setId("ownClass");
        drugClass.setConverter(labels(DrugClass::label));
        drugClass.valueProperty().bindBidirectional(vm.ownClassProperty());
        ComboBox<Route> route = new ComboBox<>(FXCollections.observableArrayList(Route.values()));
        route.setId("ownRoute");
        route.setConverter(labels(Route::label));
        route.valueProperty().bindBidirectional(vm.ownRouteProperty());
        FlowPane fields = new FlowPane(12, 8,
                Fields.labelled("Name", name, name),
                Fields.labelled("Kind of medicine", drugClass, drugClass),
                Fields.labelled("How it is given", route, route));
        Label hint = new Label("The journal knows nothing about a medicine of your own, so it raises no care "
                + "reminders for it.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return new VBox(6, fields, hint);
    }

    private static void showHighlight(ListView<CatalogEntry> results, CatalogEntry entry) {
        if (entry == null) {
            results.getSelectionModel().clearSelection();
        } else {
            results.getSelectionModel().select(entry);
            results.scrollTo(entry);
        }
    }

    static <T> StringConverter<T> labels(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : label.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    static void bindShown(Node node, ObservableBooleanValue shown) {
        node.visibleProperty().bind(shown);
        node.managedProperty().bind(node.visibleProperty());
    }

    /** A catalog entry: the generic name in bold, its brands and class beneath. A click chooses it. */
    private static final class ResultCell extends ListCell<CatalogEntry> {
        ResultCell(MedicineChoiceModel vm) {
            setOnMouseClicked(e -> {
                if (getItem() != null) vm.pick(getItem());
            });
        }

        @Override
        protected void updateItem(CatalogEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                setText(null);
                setAccessibleText(null);
                return;
            }
            Label name = new Label(entry.generic());
            name.getStyleClass().add(EditorStyles.RESULT_NAME);
            Label detail = new Label(EditorText.detail(entry));
            detail.getStyleClass().add(EditorStyles.RESULT_DETAIL);
            setGraphic(new VBox(1, name, detail));
            setText(null);
            setAccessibleText(entry.displayName() + ", " + entry.drugClass().label());
        }
    }
}
