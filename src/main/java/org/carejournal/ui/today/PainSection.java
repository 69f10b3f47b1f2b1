package org.carejournal.ui.today;

import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RescueEffect;
import org.carejournal.ui.Fields;
import org.carejournal.ui.Styles;

/** The pain card: three ratings, where it hurts (body map and list), breakthrough pain, the day's entries. */
final class PainSection extends VBox {
    private final TodayViewModel vm;
    private final PainFormModel form;
    private final Label heading = new Label();
    private final VBox entries = new VBox(4);
    final TextField now = ratingField("painNow");

    PainSection(TodayViewModel vm) {
        super(10);
        this.vm = vm;
        this.form = vm.pain();
        setId("painSection");
        getStyleClass().add(Styles.CARD);
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        Label scale = new Label("0 = no pain, 10 = worst pain imaginable. Leave a box empty if you don't know.");
        scale.getStyleClass().add(Styles.HINT);
        scale.setWrapText(true);

        TextField worst = ratingField("painWorst");
        TextField average = ratingField("painAverage");
        FlowPane ratings = new FlowPane(16, 8,
                Fields.labelled("Pain now", now, form.nowProperty(), form.nowErrorProperty()),
                Fields.labelled("Worst in the last 24 hours", worst, form.worstProperty(), form.worstErrorProperty()),
                Fields.labelled("Average", average, form.averageProperty(), form.averageErrorProperty()));

        Label where = new Label("Where does it hurt? Click the body or tick the places.");
        TilePane places = new TilePane(8, 6);
        places.setPrefColumns(3);
        places.setTileAlignment(Pos.CENTER_LEFT);
        places.setId("painPlaces");
        for (BodyRegion r : BodyRegion.values()) {
            CheckBox c = new CheckBox(r.label());
            c.setId("place-" + r.name().toLowerCase());
            c.setSelected(form.sites().contains(r));
            c.selectedProperty().addListener((obs, old, on) -> {
                if (on) form.sites().add(r); else form.sites().remove(r);
            });
            form.sites().addListener((SetChangeListener<BodyRegion>) ch -> c.setSelected(form.sites().contains(r)));
            places.getChildren().add(c);
        }
        HBox map = new HBox(24, new BodyMap(form.sites()), places);
        map.setAlignment(Pos.TOP_LEFT);
        HBox.setHgrow(places, Priority.ALWAYS);

        getChildren().addAll(heading, scale, ratings, where, map, breakthrough(), entries);
        form.editingProperty().addListener(obs -> updateHeading());
        vm.painEntries().addListener((ListChangeListener<PainEntry>) c -> showEntries());
        updateHeading();
        showEntries();
    }

    private VBox breakthrough() {
        CheckBox bt = new CheckBox("I had breakthrough pain (a flare despite my usual pain medicine)");
        bt.setId("breakthrough");
        bt.setWrapText(true);
        bt.selectedProperty().bindBidirectional(form.breakthroughProperty());
        TextField rescue = new TextField();
        rescue.setId("rescueMedicine");
        rescue.setPromptText("Medicine and dose, e.g. morphine 10 mg");
        rescue.setPrefColumnCount(18);
        rescue.textProperty().bindBidirectional(form.rescueMedicineProperty());
        ToggleGroup helped = new ToggleGroup();
        HBox answers = new HBox(12);
        for (RescueEffect e : RescueEffect.values()) {
            RadioButton b = new RadioButton(e.label());
            b.setId("helped-" + e.name().toLowerCase());
            b.setToggleGroup(helped);
            b.setUserData(e);
            answers.getChildren().add(b);
        }
        helped.selectedToggleProperty().addListener((obs, old, t) -> form.helpedProperty().set(t == null ? null : (RescueEffect) t.getUserData()));
        form.helpedProperty().addListener((obs, old, e) -> helped.getToggles().forEach(t -> t.setSelected(t.getUserData() == e)));
        VBox details = new VBox(6, new HBox(8, new Label("What did you take?"), rescue),
                new HBox(8, new Label("Did it help?"), answers));
        details.visibleProperty().bind(form.breakthroughProperty());
        details.managedProperty().bind(details.visibleProperty());
        return new VBox(6, bt, details);
    }

    private void updateHeading() {
        PainEntry e = form.editingProperty().get();
        heading.setText(e == null ? "Pain" : "Pain: changing the entry from " + DayNames.TIME.format(e.takenAt()));
    }

    private void showEntries() {
        entries.getChildren().clear();
        if (vm.painEntries().isEmpty()) return;
        Label title = new Label("Pain entries saved for this day");
        title.getStyleClass().add(Styles.METRIC_NAME);
        entries.getChildren().add(title);
        for (PainEntry e : vm.painEntries()) {
            Label text = new Label(describe(e));
            text.setWrapText(true);
            Button change = new Button("Change");
            change.setId("editPain-" + e.id());
            change.setOnAction(ev -> vm.editPain(e));
            Button delete = new Button("Delete");
            delete.setId("deletePain-" + e.id());
            delete.setOnAction(ev -> vm.deletePain(e));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox row = new HBox(8, text, gap, change, delete);
            row.setAlignment(Pos.CENTER_LEFT);
            entries.getChildren().add(row);
        }
        Button another = new Button("Start a new pain entry");
        another.setId("newPain");
        another.setOnAction(e -> form.clear());
        another.visibleProperty().bind(form.editingProperty().isNotNull());
        another.managedProperty().bind(another.visibleProperty());
        entries.getChildren().add(another);
    }

    static String describe(PainEntry e) {
        StringBuilder b = new StringBuilder(DayNames.TIME.format(e.takenAt())).append(": ");
        b.append("now ").append(orDash(e.now())).append(", worst ").append(orDash(e.worst()))
                .append(", average ").append(orDash(e.average()));
        if (!e.sites().isEmpty()) {
            b.append("; ").append(String.join(", ", e.sites().stream().sorted().map(BodyRegion::label).toList()).toLowerCase());
        }
        if (e.breakthrough()) {
            b.append("; breakthrough pain").append(e.rescueMedicine().isEmpty() ? "" : ", took " + e.rescueMedicine());
            if (e.helped() != null) b.append(" (helped: ").append(e.helped().label().toLowerCase()).append(")");
        }
        return b.toString();
    }

    private static String orDash(Integer r) {
        return r == null ? "–" : r.toString();
    }

    private static TextField ratingField(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(3);
        f.getStyleClass().add(Styles.RATING_FIELD);
        return f;
    }
}
