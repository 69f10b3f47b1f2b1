package org.carejournal.app.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.carejournal.analysis.AdherenceReport;
import org.carejournal.app.JournalSession;
import org.carejournal.care.meds.DoseChecklist;
import org.carejournal.care.meds.MedicationCatalog;
import org.carejournal.care.meds.ReminderService;
import org.carejournal.domain.meds.MedicationPorts;
import org.carejournal.report.IcsExport;

/**
 * The medication figures of the benchmark, on the heavy journal: what the Medicines screen reads for
 * today's checklist, ten years of adherence for every medicine, regenerating every care reminder, and
 * the calendar export of the next 12 months.
 */
final class MedicationBench {
    private final Bench.Options options;
    private final Consumer<String> progress;
    private final Consumer<Figure> report;

    MedicationBench(Bench.Options options, Consumer<String> progress, Consumer<Figure> report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    void run(Path journal, LocalDate today) {
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        try (JournalSession s = JournalSession.open(journal)) {
            long person = s.people().all().get(0).id();
            MedicationPorts ports = s.medicationPorts();
            DoseChecklist doses = new DoseChecklist(ports, clock);
            MedicationCatalog catalog = MedicationCatalog.load();

            time(Bench.TODAYS_DOSES, () -> doses.dueOn(person, today).size() + doses.missed(person, today).size()
                    + doses.asNeededOn(person, today).size());

            time(Bench.ADHERENCE, () -> {
                AdherenceReport r = doses.adherence(person, today.minusYears(10), today);
                return r.overall().due();
            });

            ReminderService reminders = new ReminderService(ports, s.labs(), s.settings(), catalog, clock);
            time(Bench.REMINDERS, () -> {
                reminders.regenerate(person);
                return reminders.all(person).size();
            });

            IcsExport export = new IcsExport(ports, s.settings(), clock);
            time(Bench.ICS, () -> export.write(person, today, 12).length());
        }
    }

    /** Times {@code work}, which returns a count that must not be 0 (so it did real work). */
    private void time(String metric, IntSupplier work) {
        progress.accept("timing " + metric);
        report.accept(new Figure(metric, Timing.countedMedian(options.warmups(), options.runs(), metric, work), "ms"));
    }
}
