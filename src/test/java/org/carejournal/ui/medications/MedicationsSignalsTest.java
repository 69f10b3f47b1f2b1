package org.carejournal.ui.medications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.carejournal.ui.medications.MedsFixture.TODAY;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.library.LearnSignal;
import org.carejournal.library.LearnTags;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Medicines screen asks the "Learn more" panel to explain, on a real journal file (Tuesday 24 Nov 2026). */
class MedicationsSignalsTest {
    static final LearnSignal SCHEDULES_BACKGROUND = new LearnSignal(LearnTags.SCHEDULES, LearnSignal.BACKGROUND,
            "Your medicines and their times are on screen.");

    @TempDir
    Path dir;
    MedsFixture f;
    MedicationsViewModel vm;

    @BeforeEach
    void open() throws Exception {
        f = new MedsFixture(dir);
        vm = f.vm;
    }

    @AfterEach
    void close() {
        f.close();
    }

    void zoledronicAcid() {
        f.plan.add(f.person.id(), Medication.draft("zoledronic-acid", "Zoledronic acid", DrugClass.BISPHOSPHONATE,
                Route.INFUSION), Rhythms.every(0, TODAY.plusDays(3), null, 4, ChronoUnit.WEEKS, LocalTime.of(9, 0), "4 mg"), false);
    }

    @Test
    void anEmptyPlanStillSaysTheScreenIsAboutSchedules() {
        vm.load();
        assertThat(vm.learnSignals()).containsExactly(SCHEDULES_BACKGROUND);
    }

    @Test
    void aBoneDrugBringsItsFamilyAndBoneHealthWithNoMissedDose() {
        f.prednisone();   // from today: nothing missed yet
        zoledronicAcid();
        vm.load();
        assertThat(vm.learnSignals()).containsExactly(
                new LearnSignal("steroids", LearnSignal.SHOWN, "Prednisone is in your plan."),
                new LearnSignal("bone-drugs", LearnSignal.SHOWN, "Zoledronic acid is in your plan."),
                new LearnSignal("bone-health", LearnSignal.SHOWN, "Zoledronic acid is in your plan."),
                SCHEDULES_BACKGROUND);
    }

    @Test
    void aMissedDoseIsShownAndGoesOnceRecorded() {
        f.abiraterone();   // daily since Friday: four doses missed
        vm.load();
        assertThat(vm.learnSignals()).containsExactly(
                new LearnSignal("hormone-therapy", LearnSignal.SHOWN, "Abiraterone is in your plan."),
                new LearnSignal(LearnTags.SCHEDULES, LearnSignal.SHOWN, "A dose was missed."),
                SCHEDULES_BACKGROUND);

        while (!vm.doses().missed().isEmpty()) vm.doses().markTaken(vm.doses().missed().get(0));
        assertThat(vm.learnSignals()).extracting(LearnSignal::reason).doesNotContain("A dose was missed.");
    }

    @Test
    void aMedicineTakenOutOfThePlanIsNoLongerExplainedAndOneOfNoFamilyNever() {
        f.abiraterone();
        f.plan.add(f.person.id(), Medication.draft(null, "Fish oil", DrugClass.OTHER, Route.BY_MOUTH),
                Rhythms.daily(0, TODAY, null, java.util.List.of(MedsFixture.EIGHT), "1 capsule"), false);
        vm.load();
        vm.remove(vm.current().get(0).item());
        assertThat(vm.current()).extracting(PlanRow::name).containsExactly("Fish oil");
        assertThat(vm.learnSignals()).containsExactly(SCHEDULES_BACKGROUND);
    }
}
