package org.carejournal.ui.medications.editor;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.PlanItem;
import org.carejournal.care.meds.PlanService;
import org.carejournal.domain.Person;
import org.carejournal.ui.Async;

/** A real journal file with one person, the real catalog and plan service, on a fixed clock (10:30, 24 Nov 2026). */
final class EditorFixture implements AutoCloseable {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(LocalTime.of(10, 30)).atZone(ZoneId.systemDefault()).toInstant(),
            ZoneId.systemDefault());
    static final MedicationCatalog CATALOG = MedicationCatalog.load();

    final JournalSession session;
    final Person person;
    final PlanService plan;
    int savedCalls;

    EditorFixture(Path dir) throws Exception {
        session = JournalSession.open(Files.createTempFile(dir, "meds", ".db"));
        person = session.people().create("Test Person");
        plan = new PlanService(session.medicationPorts(), CLOCK);
    }

    /** An editor adding a medicine. */
    MedicationEditorViewModel adding() {
        return editor(null);
    }

    /** An editor changing {@code item} (null: adding). */
    MedicationEditorViewModel editor(PlanItem item) {
        return new MedicationEditorViewModel(CATALOG, plan, person.id(), item, Async.direct(), CLOCK, () -> savedCalls++);
    }

    List<PlanItem> items() {
        return plan.plan(person.id());
    }

    PlanItem only() {
        List<PlanItem> items = items();
        if (items.size() != 1) throw new AssertionError("expected one medicine in the plan, found " + items.size());
        return items.get(0);
    }

    @Override
    public void close() {
        session.close();
    }
}
