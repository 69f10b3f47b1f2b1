package org.carejournal.report.summary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.carejournal.analysis.DailyPain;
import org.carejournal.analysis.PainTrend;
import org.carejournal.care.RedFlagRules;
import org.carejournal.charts.LabChartData;
import org.carejournal.charts.PainChartData;
import org.carejournal.charts.TreatmentHistory;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.Person;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RedFlag;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.library.AppointmentQuestion;
import org.carejournal.report.summary.SummaryData.FlagEvent;
import org.carejournal.report.summary.SummaryData.LabBlock;
import org.carejournal.report.summary.SummaryData.Note;
import org.carejournal.report.summary.SummaryData.Pain;
import org.carejournal.report.summary.SummaryData.Psa;
import org.carejournal.report.summary.SummaryData.SymptomWorst;

/**
 * Reads one person's journal for a {@link SummaryRequest} and works out what the summary prints, with the
 * same analysis the screens use (PSA kinetics, daily pain, adherence, schedules in words). Parts of
 * sections not asked for are not read.
 */
public final class SummaryBuilder {
    /** Symptoms listed as the worst of the period; more would not be read in a short visit. */
    static final int WORST_SYMPTOMS = 6;
    /** Notes printed, newest first: a doctor reads a handful, not months of them. */
    static final int MAX_NOTES = 12;

    private final SummaryPorts ports;
    private final Clock clock;

    public SummaryBuilder(SummaryPorts ports, Clock clock) {
        this.ports = ports;
        this.clock = clock;
    }

    /** @throws IllegalArgumentException when the journal has no person with the request's id */
    public SummaryData build(SummaryRequest request) {
        long id = request.personId();
        Person person = ports.people().find(id).orElseThrow(() -> new IllegalArgumentException(
                "The journal has no person with id " + id + ": open it in the app first, or choose another journal."));
        DateRange range = request.range();
        LocalDate today = LocalDate.now(clock);
        SummaryData.Header header = new SummaryData.Header(person.name(), null, request.from(), request.to(), today,
                request.audience());
        boolean needsHistory = request.has(Section.PSA) || request.has(Section.PSA_KINETICS)
                || request.has(Section.PAIN_AND_SYMPTOMS);
        TreatmentHistory history = needsHistory
                ? TreatmentHistory.read(ports.medications().plan(), ports.settings(), id, request.to())
                : TreatmentHistory.NONE;
        boolean labs = request.has(Section.PSA) || request.has(Section.PSA_KINETICS) || request.has(Section.OTHER_LABS);
        List<LabResult> allLabs = labs ? ports.labs().all(id) : List.of();
        boolean checkIns = request.has(Section.PAIN_AND_SYMPTOMS) || request.has(Section.NOTES)
                || request.has(Section.BONE_AND_JAW);
        List<CheckIn> days = checkIns ? ports.checkIns().between(id, range) : List.of();
        List<Symptom> symptoms = checkIns ? ports.symptoms().list(id) : List.of();
        List<SymptomWorst> worst = worstSymptoms(days, symptoms);
        MedicineFacts meds = new MedicineFacts(ports.medications(), clock);
        List<FlagEvent> flags = request.has(Section.RED_FLAGS) || request.has(Section.BONE_AND_JAW)
                ? flags(id, range) : List.of();
        return new SummaryData(request, header,
                psa(allLabs, range, history),
                otherLabs(allLabs, range),
                request.has(Section.PAIN_AND_SYMPTOMS) ? pain(id, range, history, today) : null,
                worst.stream().filter(w -> w.worst() > 0).limit(WORST_SYMPTOMS).toList(),
                flags,
                request.has(Section.MEDICATIONS) ? meds.lines(id, range) : List.of(),
                request.has(Section.MEDICATIONS) ? meds.changes(id, range) : List.of(),
                request.has(Section.BONE_AND_JAW) ? meds.boneAndJaw(id, range, jaw(worst, symptoms),
                        flags.stream().filter(f -> f.title().equals(jawTitle())).toList()) : null,
                request.has(Section.UPCOMING) ? meds.upcoming(id, request.to()) : List.of(),
                request.has(Section.QUESTIONS)
                        ? ports.questions().open(id).stream().map(AppointmentQuestion::text).toList() : List.of(),
                request.has(Section.NOTES) ? notes(days) : List.of());
    }

    private static Psa psa(List<LabResult> all, DateRange range, TreatmentHistory history) {
        // Ultrasensitive PSA is read instead only when the period has no standard PSA value.
        for (LabTest test : List.of(LabTest.PSA, LabTest.PSA_ULTRASENSITIVE)) {
            List<LabResult> ofTest = all.stream().filter(r -> r.test() == test).toList();
            List<LabResult> inRange = ofTest.stream().filter(r -> range.contains(r.date()))
                    .sorted(Comparator.comparing(LabResult::date)).toList();
            if (inRange.isEmpty()) continue;
            LabChartData chart = LabChartData.build(test, ofTest, range, history.start(), history.timeline());
            return new Psa(test, inRange, chart, chart.kinetics());
        }
        return null;
    }

    private static List<LabBlock> otherLabs(List<LabResult> all, DateRange range) {
        Map<LabTest, List<LabResult>> byTest = new EnumMap<>(LabTest.class);
        for (LabResult r : all) {
            if (r.test().isPsa() || !range.contains(r.date())) continue;
            byTest.computeIfAbsent(r.test(), t -> new ArrayList<>()).add(r);
        }
        List<LabBlock> blocks = new ArrayList<>();
        byTest.forEach((test, results) -> {
            results.sort(Comparator.comparing(LabResult::date));
            blocks.add(new LabBlock(test, results));
        });
        return blocks;
    }

    private Pain pain(long id, DateRange range, TreatmentHistory history, LocalDate today) {
        List<PainEntry> entries = ports.painLog().between(id, PainTrend.lookback(range));
        List<DailyPain> daily = PainTrend.daily(entries, range);
        if (daily.isEmpty()) return null;
        PainChartData chart = PainChartData.build(daily, range, history.start(), today, history.timeline());
        double sum = 0;
        int n = 0;
        Integer highest = null;
        for (DailyPain d : daily) {
            if (d.worst() == null) continue;
            sum += d.worst();
            n++;
            highest = highest == null ? d.worst() : Math.max(highest, d.worst());
        }
        int breakthrough = (int) entries.stream().filter(e -> range.contains(e.date()) && e.breakthrough()).count();
        return new Pain(chart, daily.size(), n == 0 ? null : sum / n, highest, breakthrough);
    }

    /** Every symptom rated in the period, worst first (then by mean). */
    static List<SymptomWorst> worstSymptoms(List<CheckIn> days, List<Symptom> symptoms) {
        List<SymptomWorst> out = new ArrayList<>();
        for (Symptom s : symptoms) {
            int worst = 0;
            int sum = 0;
            int rated = 0;
            for (CheckIn c : days) {
                Integer r = c.rating(s.id());
                if (r == null) continue;
                worst = Math.max(worst, r);
                sum += r;
                rated++;
            }
            if (rated > 0) out.add(new SymptomWorst(s.name(), worst, (double) sum / rated, rated));
        }
        out.sort(Comparator.comparingInt(SymptomWorst::worst).reversed()
                .thenComparing(Comparator.comparingDouble(SymptomWorst::mean).reversed()));
        return out;
    }

    private static SymptomWorst jaw(List<SymptomWorst> worst, List<Symptom> symptoms) {
        String name = symptoms.stream().filter(s -> s.standard() == org.carejournal.domain.checkin.StandardSymptom.JAW_PAIN)
                .map(Symptom::name).findFirst().orElse(null);
        return worst.stream().filter(w -> w.name().equals(name) && w.worst() > 0).findFirst().orElse(null);
    }

    private List<FlagEvent> flags(long id, DateRange range) {
        return ports.raisedFlags().all(id).stream()
                .filter(f -> range.contains(f.date()))
                .sorted(Comparator.comparing(org.carejournal.domain.checkin.RaisedFlag::date))
                .map(f -> new FlagEvent(f.date(), RedFlagRules.guidance(f.flag()).title(), f.reason()))
                .toList();
    }

    private static String jawTitle() {
        return RedFlagRules.guidance(RedFlag.JAW).title();
    }

    private static List<Note> notes(List<CheckIn> days) {
        return days.stream().filter(c -> !c.note().isEmpty())
                .sorted(Comparator.comparing(CheckIn::date).reversed())
                .limit(MAX_NOTES)
                .map(c -> new Note(c.date(), c.note()))
                .toList();
    }
}
