package org.carejournal.app.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import org.carejournal.analysis.PainTrend;
import org.carejournal.analysis.SymptomHeatmap;
import org.carejournal.app.JournalSession;
import org.carejournal.care.CheckInService;
import org.carejournal.care.TreatmentContext;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckInPorts;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.charts.PainChartData;

/**
 * The check-in figures of the benchmark, on the heavy journal: what the Today screen reads when it
 * opens a day, one save (with its red-flag judgement), the red-flag judgement alone, and the datasets
 * of the ten-year pain chart and the one-year heatmap.
 */
final class CheckInBench {
    private final Bench.Options options;
    private final Consumer<String> progress;
    private final Consumer<Figure> report;

    CheckInBench(Bench.Options options, Consumer<String> progress, Consumer<Figure> report) {
        this.options = options;
        this.progress = progress;
        this.report = report;
    }

    void run(Path journal, LocalDate today) {
        try (JournalSession s = JournalSession.open(journal)) {
            long person = s.people().all().get(0).id();
            CheckInPorts ports = s.checkInPorts();
            CheckInService service = new CheckInService(ports, day -> TreatmentContext.UNKNOWN);

            time(Bench.LOAD_TODAY, () -> {
                // The same reads as TodayViewModel when it shows a day.
                ports.symptoms().list(person);
                ports.checkIns().on(person, today).orElseThrow();
                ports.painLog().between(person, new DateRange(today, today));
                ports.flags().open(person);
                return ports.checkIns().datesWith(person, new DateRange(today.minusDays(13), today)).size();
            });

            List<Symptom> rated = ports.symptoms().list(person).subList(0, HeavyCheckIns.RATED_SYMPTOMS);
            Random noise = new Random(7);
            time(Bench.SAVE_CHECK_IN, () -> {
                CheckIn c = new CheckIn(0, today, HeavyCheckIns.ratings(rated, noise), Set.of(), null, "");
                PainEntry p = HeavyCheckIns.pain(today, noise);
                return service.save(person, c, new PainEntry(0, LocalDateTime.of(today, p.takenAt().toLocalTime()),
                        p.now(), p.worst(), p.average(), p.sites(), false, "", null)).checkIn().ratings().size();
            });

            time(Bench.RED_FLAGS, () -> service.evaluate(person, today).size() + 1);

            time(Bench.PAIN_CHART, () -> {
                DateRange tenYears = new DateRange(today.minusYears(10), today);
                var days = PainTrend.daily(ports.painLog().between(person, PainTrend.lookback(tenYears)), tenYears);
                return PainChartData.build(days, tenYears, null, today).values(PainChartData.WORST).size();
            });

            time(Bench.HEATMAP, () -> {
                DateRange year = new DateRange(today.minusYears(1), today);
                List<Symptom> shown = ports.symptoms().list(person).stream().filter(x -> !x.hidden()).toList();
                return SymptomHeatmap.build(ports.checkIns().between(person, year), shown, year, today).dayCount();
            });
        }
    }

    /** Times {@code work}, which returns a count that must not be 0 (so it did real work). */
    private void time(String metric, IntSupplier work) {
        progress.accept("timing " + metric);
        report.accept(new Figure(metric, Timing.countedMedian(options.warmups(), options.runs(), metric, work), "ms"));
    }
}
