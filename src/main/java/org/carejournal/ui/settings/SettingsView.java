package org.carejournal.ui.settings;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.domain.checkin.Temperature;
import org.carejournal.ui.Fields;
import org.carejournal.ui.PsaIntervalChoice;
import org.carejournal.ui.Styles;
import org.carejournal.ui.TextSize;
import org.carejournal.ui.Theme;

/**
 * The Settings screen: the person's name, text size and theme (this computer), the PSA test interval,
 * units, and where backups go. Node id {@code settingsView}; choices {@code size-100} … {@code size-200},
 * {@code theme-light}, {@code theme-dark}, {@code theme-high-contrast}.
 */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel vm;

    public SettingsView(SettingsViewModel vm) {
        this.vm = vm;
        setId("settingsView");
        getStyleClass().add(SettingsStyles.VIEW);
        getStylesheets().add(getClass().getResource(SettingsStyles.CSS).toExternalForm());
        setFitToWidth(true);
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label status = new Label();
        status.setId("settingsStatus");
        status.getStyleClass().add(SettingsStyles.STATUS);
        status.textProperty().bind(vm.statusProperty());
        VBox page = new VBox(14, title, person(), looks(), psa(), units(), backups(), status);
        page.setPadding(new Insets(12));
        setContent(page);
    }

    private Node person() {
        TextField name = new TextField();
        name.setId("settingsName");
        name.setPrefColumnCount(22);
        name.setOnAction(e -> vm.saveName());
        Button save = new Button("Save the name");
        save.setId("settingsSaveName");
        save.setOnAction(e -> vm.saveName());
        VBox field = Fields.labelled("Name shown in the journal and on summaries", name, vm.nameProperty(),
                vm.nameErrorProperty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        // The field and its button wrap onto two lines when the text is large, rather than cutting words.
        FlowPane row = new FlowPane(10, 8, field, save);
        row.setAlignment(Pos.BOTTOM_LEFT);
        return card("Person", row);
    }

    private Node looks() {
        Label sizeLabel = new Label("Text size (for this computer)");
        FlowPane sizes = choices("size-", TextSize.values(), s -> Integer.toString(s.percent()), TextSize::label,
                vm.textSizeProperty());
        Label themeLabel = new Label("Colours (for this computer)");
        FlowPane themes = choices("theme-", Theme.values(),
                t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-'), Theme::label, vm.themeProperty());
        Label hint = new Label("Changes show at once in every window. High contrast is white and yellow on black.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return card("Text and colours", sizeLabel, sizes, themeLabel, themes, hint);
    }

    private Node psa() {
        ComboBox<Integer> months = PsaIntervalChoice.create("settingsPsaInterval");
        if (vm.psaMonthsProperty().get() > 0) months.setValue(vm.psaMonthsProperty().get());   // loaded already
        vm.psaMonthsProperty().addListener((obs, was, is) -> months.setValue(is.intValue()));
        months.setOnAction(e -> {
            if (months.getValue() != null) vm.psaMonthsProperty().set(months.getValue());
        });
        Label label = new Label("PSA test every");
        label.setLabelFor(months);
        HBox row = new HBox(8, label, months);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label("The reminder for the next PSA test counts from the last result.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return card("PSA tests", row, hint);
    }

    private Node units() {
        FlowPane temperature = choices("temperature-", Temperature.Unit.values(),
                u -> u.name().toLowerCase(Locale.ROOT), Temperature.Unit::symbol, vm.temperatureUnitProperty());
        FlowPane creatinine = choices("creatinine-", vm.creatinineUnits().toArray(String[]::new),
                u -> u.startsWith("mg") ? "mg" : "umol", u -> u, vm.creatinineUnitProperty());
        Label hint = new Label("Saved in this journal. Results are still kept as entered; charts and tables "
                + "show creatinine in mg/dL for now.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return card("Units", new Label("Temperature"), temperature, new Label("Creatinine"), creatinine, hint);
    }

    private Node backups() {
        Label where = new Label(vm.backupFolder().toString());
        where.setId("settingsBackupFolder");
        where.getStyleClass().add(SettingsStyles.PATH);
        Button show = new Button("Show folder");
        show.setId("settingsShowBackups");
        show.setOnAction(e -> vm.showBackupFolder());
        Label hint = new Label("A copy of the journal is saved here each day it is opened.");
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        return card("Backups", where, show, hint);
    }

    /** One radio button per value, ticked as {@code chosen} is; picking one sets it. */
    private static <T> FlowPane choices(String idPrefix, T[] values, Function<T, String> idPart,
                                        Function<T, String> label, ObjectProperty<T> chosen) {
        ToggleGroup group = new ToggleGroup();
        FlowPane pane = new FlowPane();
        pane.getStyleClass().add(SettingsStyles.CHOICES);
        for (T value : values) {
            RadioButton b = new RadioButton(label.apply(value));
            b.setId(idPrefix + idPart.apply(value));
            b.getStyleClass().add(SettingsStyles.CHOICE);
            b.setToggleGroup(group);
            b.setSelected(value.equals(chosen.get()));
            b.setOnAction(e -> chosen.set(value));
            chosen.addListener((obs, was, is) -> b.setSelected(value.equals(is)));
            pane.getChildren().add(b);
        }
        return pane;
    }

    private static VBox card(String heading, Node... content) {
        Label title = new Label(heading);
        title.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(title);
        box.getChildren().addAll(content);
        box.getStyleClass().addAll(Styles.CARD, SettingsStyles.GROUP);
        return box;
    }
}
