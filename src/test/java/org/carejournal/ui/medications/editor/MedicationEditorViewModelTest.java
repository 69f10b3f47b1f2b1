package org.carejournal.ui.medications.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.ui.medications.editor.EditorFixture.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.carejournal.care.meds.CatalogEntry;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.ScheduleField;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.meds.TreatmentLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding and changing medicines through the editor's view model, saved to a real journal file. */
class MedicationEditorViewModelTest {
    @TempDir
    Path dir;

    EditorFixture f;

    @BeforeEach
    void open() throws Exception {
        f = new EditorFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    static void choose(MedicationEditorViewModel vm, String typed) {
        vm.choice().queryProperty().set(typed);
        vm.choice().pickHighlighted();
    }

    @Test
    void leuprolideEveryThreeMonthsFromTheCatalogsFirstSuggestion() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "lupron");
        assertThat(vm.choice().chosenProperty().get().key()).isEqualTo("leuprolide");
        assertThat(vm.form().kindProperty().get()).isEqualTo(ScheduleKind.EVERY);
        assertThat(vm.form().intervalProperty().get()).isEqualTo("3");
        assertThat(vm.form().unitProperty().get()).isEqualTo(ChronoUnit.MONTHS);
        assertThat(vm.form().startProperty().get()).isEqualTo("2026-11-24");

        vm.save();

        PlanItem item = f.only();
        assertThat(item.medication().catalogKey()).isEqualTo("leuprolide");
        assertThat(item.medication().drugClass()).isEqualTo(DrugClass.LHRH_AGONIST);
        Schedule s = item.versions().get(0);
        assertThat(s.rrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3");
        assertThat(s.start()).isEqualTo(TODAY);
        assertThat(s.dose()).isEqualTo("22.5 mg");
        assertThat(s.times()).containsExactly(LocalTime.of(9, 0));
        assertThat(vm.savedProperty().get()).isTrue();
        assertThat(f.savedCalls).isEqualTo(1);
    }

    @Test
    void abirateroneDailyAt0800StartingATreatmentLineNamedAfterIt() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "abira");
        assertThat(vm.choice().chosenProperty().get().key()).isEqualTo("abiraterone");
        assertThat(vm.form().timeProperty(0).get()).isEqualTo("08:00");
        vm.startsLineProperty().set(true);
        assertThat(vm.lineNameProperty().get()).isEqualTo(vm.choice().name());

        vm.save();

        PlanItem item = f.only();
        Schedule s = item.versions().get(0);
        assertThat(s.kind()).isEqualTo(ScheduleKind.DAILY);
        assertThat(s.times()).containsExactly(LocalTime.of(8, 0));
        assertThat(s.dose()).isEqualTo("1000 mg");
        assertThat(f.plan.lines(f.person.id())).containsExactly(
                new TreatmentLine(f.plan.lines(f.person.id()).get(0).id(), TODAY, item.medication().name(), Set.of(item.id())));
    }

    @Test
    void aTreatmentLineCanHaveANameOfItsOwn() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "zytiga");
        vm.startsLineProperty().set(true);
        vm.lineNameProperty().set("ADT + abiraterone");
        vm.form().startProperty().set("2026-11-02");

        vm.save();

        TreatmentLine line = f.plan.lines(f.person.id()).get(0);
        assertThat(line.name()).isEqualTo("ADT + abiraterone");
        assertThat(line.start()).isEqualTo(LocalDate.of(2026, 11, 2));
        assertThat(line.medicationIds()).containsExactly(f.only().id());
    }

    @Test
    void paracetamolWhenNeededKeepsWhatTheLabelAllows() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "tylenol");
        assertThat(vm.choice().chosenProperty().get().key()).isEqualTo("paracetamol");
        assertThat(vm.form().kindProperty().get()).isEqualTo(ScheduleKind.AS_NEEDED);
        assertThat(vm.form().instructionProperty().get()).isEqualTo("up to 4 times a day");

        vm.save();

        Schedule s = f.only().versions().get(0);
        assertThat(s.kind()).isEqualTo(ScheduleKind.AS_NEEDED);
        assertThat(s.rrule()).isNull();
        assertThat(s.instruction()).isEqualTo("up to 4 times a day");
    }

    @Test
    void aMedicineOfOnesOwnStartsFromWhatWasTyped() {
        MedicationEditorViewModel vm = f.adding();
        vm.choice().queryProperty().set("Vitamin B12 drops");
        assertThat(vm.choice().results()).isEmpty();
        assertThat(vm.choice().noMatchProperty().get()).contains("No medicine in the list matches \"Vitamin B12 drops\"");
        vm.choice().chooseOwn();
        assertThat(vm.choice().ownNameProperty().get()).isEqualTo("Vitamin B12 drops");
        vm.choice().ownClassProperty().set(DrugClass.SUPPLEMENT);
        vm.choice().ownRouteProperty().set(Route.BY_MOUTH);
        assertThat(vm.offers()).isEmpty();
        assertThat(vm.form().kindProperty().get()).isEqualTo(ScheduleKind.DAILY);
        vm.form().timeProperty(0).set("9:15");
        vm.form().doseProperty().set("5 drops");

        vm.save();

        Medication m = f.only().medication();
        assertThat(m.catalogKey()).isNull();
        assertThat(m.name()).isEqualTo("Vitamin B12 drops");
        assertThat(m.drugClass()).isEqualTo(DrugClass.SUPPLEMENT);
        assertThat(f.only().versions().get(0).times()).containsExactly(LocalTime.of(9, 15));
    }

    @Test
    void aBadTimeIsNamedBesideItsFieldAndNothingIsSaved() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "abiraterone");
        vm.form().timeProperty(0).set("24:00");

        vm.save();

        assertThat(vm.form().errorProperty(ScheduleField.TIMES).get()).startsWith("\"24:00\" is not a time of day.");
        assertThat(f.items()).isEmpty();
        assertThat(vm.savedProperty().get()).isFalse();
        assertThat(f.savedCalls).isZero();

        vm.form().timeProperty(0).set("07:30");
        vm.save();
        assertThat(vm.form().errorProperty(ScheduleField.TIMES).get()).isEmpty();
        assertThat(f.only().versions().get(0).times()).containsExactly(LocalTime.of(7, 30));
    }

    @Test
    void withoutAMedicineOrAnOwnNameNothingIsSaved() {
        MedicationEditorViewModel vm = f.adding();
        vm.save();
        assertThat(vm.choice().errorProperty().get()).isEqualTo("Choose a medicine from the list, or add your own.");
        vm.choice().chooseOwn();
        vm.save();
        assertThat(vm.choice().errorProperty().get()).startsWith("Enter the medicine's name");
        assertThat(f.items()).isEmpty();
    }

    @Test
    void choosingASuggestionKeepsTheStartDateTyped() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "leuprolide");
        vm.form().startProperty().set("2026-12-03");
        CatalogEntry e = vm.choice().chosenProperty().get();
        vm.applyOffer(e.offers().get(3));
        assertThat(vm.form().intervalProperty().get()).isEqualTo("6");
        assertThat(vm.form().doseProperty().get()).isEqualTo("45 mg");
        assertThat(vm.form().startProperty().get()).isEqualTo("2026-12-03");
        assertThat(vm.offerProperty().get()).isEqualTo(e.offers().get(3));
    }

    @Test
    void changingFromADateEndsTheOldVersionTheDayBeforeAndKeepsIt() {
        MedicationEditorViewModel add = f.adding();
        choose(add, "leuprolide");
        add.form().startProperty().set("2026-01-15");
        add.save();

        MedicationEditorViewModel change = f.editor(f.only());
        assertThat(change.isChanging()).isTrue();
        assertThat(change.startLabelProperty().get()).isEqualTo("The change applies from");
        // 15 Jan, Apr, Jul, Oct 2026: the next injection is on 15 Jan 2027.
        assertThat(change.form().startProperty().get()).isEqualTo("2027-01-15");
        assertThat(change.form().intervalProperty().get()).isEqualTo("3");
        change.form().intervalProperty().set("6");
        change.form().doseProperty().set("45 mg");

        change.save();

        PlanItem item = f.only();
        assertThat(item.versions()).hasSize(2);
        Schedule old = item.versions().get(0);
        Schedule now = item.versions().get(1);
        assertThat(old.start()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(old.end()).isEqualTo(LocalDate.of(2027, 1, 14));
        assertThat(old.rrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=3");
        assertThat(old.dose()).isEqualTo("22.5 mg");
        assertThat(now.start()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(now.end()).isNull();
        assertThat(now.rrule()).isEqualTo("FREQ=MONTHLY;INTERVAL=6");
        assertThat(now.dose()).isEqualTo("45 mg");
        assertThat(now.medicationId()).isEqualTo(item.id());
    }

    @Test
    void aChangeCannotApplyBeforeThePlanBegan() {
        MedicationEditorViewModel add = f.adding();
        choose(add, "abiraterone");
        add.form().startProperty().set("2026-06-01");
        add.save();

        MedicationEditorViewModel change = f.editor(f.only());
        assertThat(change.form().startProperty().get()).isEqualTo("2026-11-24");
        change.form().startProperty().set("2026-05-31");
        change.save();

        assertThat(change.form().errorProperty(ScheduleField.START).get())
                .isEqualTo("A change cannot apply before this plan began, on 2026-06-01.");
        assertThat(f.only().versions()).hasSize(1);
    }

    @Test
    void searchHighlightsTheFirstMatchAndArrowsMoveWithinTheResults() {
        MedicineChoiceModel choice = f.adding().choice();
        assertThat(choice.results()).hasSize(EditorFixture.CATALOG.all().size());
        assertThat(choice.highlightedProperty().get()).as("nothing typed, nothing to take with Enter").isNull();
        choice.queryProperty().set("abi");
        assertThat(choice.results()).extracting(CatalogEntry::key).startsWith("abiraterone");
        assertThat(choice.highlightedProperty().get()).isEqualTo(choice.results().get(0));
        choice.move(-1);
        assertThat(choice.highlightedProperty().get()).isEqualTo(choice.results().get(0));
        choice.move(1);
        assertThat(choice.highlightedProperty().get()).isEqualTo(choice.results().get(1));
        choice.move(99);
        assertThat(choice.highlightedProperty().get()).isEqualTo(choice.results().get(choice.results().size() - 1));
    }

    @Test
    void theLineNameFollowsTheMedicineUntilOneIsTyped() {
        MedicationEditorViewModel vm = f.adding();
        choose(vm, "zytiga");
        assertThat(vm.lineNameProperty().get()).isEqualTo("Abiraterone (Zytiga, Yonsa)");
        vm.choice().reset();
        choose(vm, "enzalutamide");
        assertThat(vm.lineNameProperty().get()).startsWith("Enzalutamide");
        vm.lineNameProperty().set("Second line");
        vm.choice().reset();
        choose(vm, "darolutamide");
        assertThat(vm.lineNameProperty().get()).isEqualTo("Second line");
    }
}
