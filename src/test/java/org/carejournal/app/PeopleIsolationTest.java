package org.carejournal.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carejournal.care.CheckInService;
import org.carejournal.care.TreatmentContext;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.PlanService;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.domain.Person;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.report.summary.Audience;
import org.carejournal.report.summary.Paper;
import org.carejournal.report.summary.SummaryRequest;
import org.carejournal.report.summary.SummaryService;
import org.carejournal.ui.Async;
import org.carejournal.ui.charts.ChartRange;
import org.carejournal.ui.labs.LabsViewModel;
import org.carejournal.ui.medications.MedicationsViewModel;
import org.carejournal.ui.reminders.ReminderRow;
import org.carejournal.ui.reminders.RemindersViewModel;
import org.carejournal.ui.today.TodayViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One journal file kept for two people (a caregiver's two parents): what is entered for one never shows
 * on the other's screens or in the other's appointment summary.
 */
class PeopleIsolationTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    static final String MEDICINE = "Enzalutamide";
    static final String OWN_REMINDER = "Ring the urology nurse";
    static final String NOTE = "Walked to the harbour";

    @TempDir
    Path dir;
    JournalSession session;
    Person walter;
    Person frank;
    Person nobody;
    ReminderService reminders;

    @BeforeEach
    void openAndFillWaltersJournal() {
        session = JournalSession.open(dir.resolve("family.db"));
        walter = session.people().create("Walter");
        frank = session.people().create("Frank");
        nobody = session.people().create("Nobody yet");   // what a person with nothing entered sees
        reminders = new ReminderService(session.medicationPorts(), session.labs(), session.settings(),
                MedicationCatalog.load(), CLOCK);

        session.labs().addAll(walter.id(), List.of(LabResult.of(LabTest.PSA, TODAY.minusDays(2), LabValue.exact(47.3))));
        TodayViewModel today = today(walter);
        today.rows().get(0).ratingProperty().set(7);
        today.noteProperty().set(NOTE);
        assertThat(today.save()).isTrue();
        new PlanService(session.medicationPorts(), CLOCK).add(walter.id(),
                Medication.draft("enzalutamide", MEDICINE, DrugClass.NEWER_ANTIANDROGEN, Route.BY_MOUTH),
                Rhythms.daily(0, TODAY.minusDays(10), null, List.of(LocalTime.of(8, 0)), "160 mg"), true);
        reminders.addCustom(walter.id(), OWN_REMINDER, "", TODAY.plusDays(3));
    }

    @AfterEach
    void close() {
        session.close();
    }

    @Test
    void whatWasEnteredForWalterIsOnHisScreens() {
        assertThat(labs(walter).results()).hasSize(1);
        assertThat(today(walter).savedProperty().get()).isTrue();
        assertThat(medicines(walter).current()).hasSize(1);
        assertThat(titles(reminders(walter))).contains(OWN_REMINDER);
    }

    @Test
    void franksScreensShowNoneOfWaltersEntries() {
        assertThat(labs(frank).results()).as("Frank's lab results").isEmpty();
        TodayViewModel today = today(frank);
        assertThat(today.savedProperty().get()).as("Frank's check-in saved").isFalse();
        assertThat(today.noteProperty().get()).isNullOrEmpty();
        MedicationsViewModel meds = medicines(frank);
        assertThat(meds.current()).as("Frank's medicines").isEmpty();
        assertThat(meds.emptyProperty().get()).isTrue();
        List<String> franks = titles(reminders(frank));
        assertThat(franks).doesNotContain(OWN_REMINDER)
                .as("only the reminders everyone gets").containsExactlyInAnyOrderElementsOf(titles(reminders(nobody)));
        assertThat(session.reminders().all(frank.id())).noneMatch(r -> r.title().contains(MEDICINE));
    }

    @Test
    void franksSummaryHoldsNoneOfWaltersValues() throws Exception {
        SummaryService service = new SummaryService(session.summaryPorts(), CLOCK);
        String walters = text(service, walter);
        assertThat(walters).contains("Walter").contains("47.3").contains(MEDICINE);

        String franks = text(service, frank);
        assertThat(franks).contains("Frank").doesNotContain("Walter").doesNotContain("47.3")
                .doesNotContain(MEDICINE).doesNotContain(NOTE).doesNotContain(OWN_REMINDER);
    }

    private static String text(SummaryService service, Person p) throws Exception {
        SummaryRequest request = SummaryRequest.of(p.id(), TODAY.minusMonths(6), TODAY, Audience.ONCOLOGIST, false, Paper.A4);
        try (PDDocument doc = service.render(request)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private LabsViewModel labs(Person p) {
        LabsViewModel vm = new LabsViewModel(session.labs(), session.settings(), session.plan(), p.id(), new ChartRange(),
                Async.direct(), CLOCK);
        vm.load();
        return vm;
    }

    private TodayViewModel today(Person p) {
        CheckInService service = new CheckInService(session.checkInPorts(), day -> TreatmentContext.UNKNOWN);
        TodayViewModel vm = new TodayViewModel(session.checkInPorts(), service, p.id(), Async.direct(), CLOCK);
        vm.load();
        return vm;
    }

    private MedicationsViewModel medicines(Person p) {
        PlanService plan = new PlanService(session.medicationPorts(), CLOCK);
        MedicationsViewModel vm = new MedicationsViewModel(plan, new DoseChecklist(session.medicationPorts(), CLOCK),
                session.doses(), p.id(), Async.direct(), CLOCK, () -> { });
        vm.load();
        return vm;
    }

    private RemindersViewModel reminders(Person p) {
        RemindersViewModel vm = new RemindersViewModel(reminders, p.id(), Async.direct(), CLOCK);
        vm.load();
        return vm;
    }

    private static List<String> titles(RemindersViewModel vm) {
        return Stream.of(vm.overdue(), vm.dueSoon(), vm.later(), vm.done()).flatMap(List::stream)
                .map(ReminderRow::title).toList();
    }
}
