package org.carejournal.ui.today;

import java.time.LocalDate;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.carejournal.care.Guidance;
import org.carejournal.care.RedFlagRules;
import org.carejournal.domain.checkin.RaisedFlag;
import org.carejournal.ui.Styles;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * The red flags not yet read, one strong banner each, at the top of the Today screen. A banner says
 * what the entries showed, who to call and how soon, and stays until the person says they have read it.
 */
final class FlagBanners extends VBox {
    private final TodayViewModel vm;

    FlagBanners(TodayViewModel vm) {
        super(8);
        this.vm = vm;
        setId("flagBanners");
        vm.openFlags().addListener((ListChangeListener<RaisedFlag>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(vm.openFlags().stream().map(this::banner).toList());
        setVisible(!vm.openFlags().isEmpty());
        setManaged(isVisible());
    }

    private String fromWhichCheckIn(LocalDate date) {
        LocalDate now = vm.today();
        if (date.equals(now)) return "From today's check-in";
        if (date.equals(now.minusDays(1))) return "From yesterday's check-in";
        return "From your check-in on " + DayNames.describe(date, now);
    }

    private VBox banner(RaisedFlag flag) {
        Guidance g = RedFlagRules.guidance(flag.flag());
        Label title = new Label(g.title(), new FontIcon(MaterialDesignA.ALERT_OCTAGON));
        title.getStyleClass().add(Styles.SECTION_TITLE);
        title.setWrapText(true);
        Label action = new Label(g.action());
        action.getStyleClass().add("flag-action");
        action.setWrapText(true);
        Label seen = new Label(fromWhichCheckIn(flag.date()) + ": " + flag.reason() + ".");
        seen.setWrapText(true);
        Label source = new Label(g.source());
        source.getStyleClass().add(Styles.SOURCE);
        source.setWrapText(true);
        Button ack = new Button("I have read this");
        ack.setId("ackFlag-" + flag.flag().name().toLowerCase());
        ack.setOnAction(e -> vm.acknowledge(flag));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox foot = new HBox(10, source, gap, ack);
        foot.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, title, action, seen, foot);
        box.setId("flag-" + flag.flag().name().toLowerCase());
        box.getStyleClass().add(Styles.FLAG_BANNER);
        return box;
    }
}
