package org.carejournal.charts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.care.meds.ScheduleExpansion;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.ScheduleKind;
import org.carejournal.domain.meds.TreatmentLine;

/**
 * What the charts draw under the plot so a reader sees what PSA or pain did after each change: one row
 * per medicine with the days it was taken, and the starts of the treatment lines. Plain values, built
 * from the plan off the FX thread and clipped to the dates a chart shows.
 *
 * @param rows       medicines with at least one period, ordered by their first day
 * @param lineStarts treatment-line starts, oldest first
 */
public record TreatmentTimeline(List<Row> rows, List<LineStart> lineStarts) {

    /** No medicines and no treatment lines (a journal without a plan). */
    public static final TreatmentTimeline EMPTY = new TreatmentTimeline(List.of(), List.of());

    public TreatmentTimeline {
        rows = List.copyOf(rows);
        lineStarts = List.copyOf(lineStarts);
    }

    /** Days from {@code from} to {@code to}, both included. */
    public record Period(LocalDate from, LocalDate to) {
        public Period {
            if (to.isBefore(from)) throw new IllegalArgumentException("A period cannot end before it starts");
        }
    }

    /**
     * One medicine's row.
     *
     * @param asNeeded every version of its plan is "as needed": drawn fainter, as it was not taken every day
     */
    public record Row(long medicationId, String name, DrugClass drugClass, boolean asNeeded, List<Period> periods) {
        public Row {
            periods = List.copyOf(periods);
        }

        /** The name without the brands in brackets, so the row labels stay narrow: "Leuprolide". */
        public String shortName() {
            int bracket = name.indexOf(" (");
            return bracket > 0 ? name.substring(0, bracket) : name;
        }
    }

    /** The start of a treatment line, as a labelled marker. */
    public record LineStart(LocalDate date, String name) {}

    /**
     * The timeline of a person's plan up to {@code today}. A version runs from its start to its end, or to
     * today while it goes on; a one-off event covers its days; a cycle course runs from its first dose to
     * the end of its last cycle (last dose day plus the interval). Versions of one medicine that touch
     * are joined, so a dose change does not show as a gap. Nothing after today is drawn: the charts show
     * what happened.
     */
    public static TreatmentTimeline build(List<Medication> medications, List<Schedule> schedules,
                                          List<TreatmentLine> lines, LocalDate today) {
        Map<Long, List<Schedule>> byMedicine = new LinkedHashMap<>();
        for (Schedule s : schedules) byMedicine.computeIfAbsent(s.medicationId(), k -> new ArrayList<>()).add(s);
        List<Row> rows = new ArrayList<>();
        for (Medication m : medications) {
            List<Schedule> versions = byMedicine.getOrDefault(m.id(), List.of());
            List<Period> periods = new ArrayList<>();
            for (Schedule s : versions) {
                Period p = period(s, today);
                if (p != null) periods.add(p);
            }
            if (periods.isEmpty()) continue;
            boolean asNeeded = versions.stream().allMatch(s -> s.kind() == ScheduleKind.AS_NEEDED);
            rows.add(new Row(m.id(), m.name(), m.drugClass(), asNeeded, joined(periods)));
        }
        rows.sort(Comparator.comparing((Row r) -> r.periods().get(0).from()).thenComparing(Row::name));
        List<LineStart> starts = lines.stream()
                .filter(l -> !l.start().isAfter(today))
                .sorted(Comparator.comparing(TreatmentLine::start))
                .map(l -> new LineStart(l.start(), l.name().isEmpty() ? "Treatment line" : l.name()))
                .toList();
        return new TreatmentTimeline(rows, starts);
    }

    /** The part within {@code range}: periods cut at its ends, rows and line starts outside it left out. */
    public TreatmentTimeline clip(DateRange range) {
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) {
            List<Period> inside = new ArrayList<>();
            for (Period p : r.periods()) {
                LocalDate from = range.from() != null && range.from().isAfter(p.from()) ? range.from() : p.from();
                LocalDate to = range.to() != null && range.to().isBefore(p.to()) ? range.to() : p.to();
                if (!to.isBefore(from)) inside.add(new Period(from, to));
            }
            if (!inside.isEmpty()) kept.add(new Row(r.medicationId(), r.name(), r.drugClass(), r.asNeeded(), inside));
        }
        return new TreatmentTimeline(kept, lineStarts.stream().filter(l -> range.contains(l.date())).toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty() && lineStarts.isEmpty();
    }

    /** The days one version covers up to today, or null when it starts later. */
    private static Period period(Schedule s, LocalDate today) {
        if (s.start().isAfter(today)) return null;
        LocalDate end = switch (s.kind()) {
            case CYCLE -> cycleEnd(s);
            case ONCE -> s.end() != null ? s.end() : s.start();
            default -> s.end();
        };
        if (end == null || end.isAfter(today)) end = today;
        return new Period(s.start(), end);
    }

    /** The last day of a course's last cycle: its last dose day plus the interval, less the day itself. */
    private static LocalDate cycleEnd(Schedule s) {
        // COUNT bounds the course; the far end only guards a rule without one.
        LocalDate until = s.end() != null ? s.end() : s.start().plusYears(10);
        List<LocalDate> days = ScheduleExpansion.dueDays(s, s.start(), until);
        if (days.isEmpty()) return s.start();
        Rhythms.Interval every = Rhythms.interval(s);
        return days.get(days.size() - 1).plus(every.n(), every.unit()).minusDays(1);
    }

    /** Sorts and joins periods that overlap or follow on the next day. */
    private static List<Period> joined(List<Period> periods) {
        List<Period> sorted = new ArrayList<>(periods);
        sorted.sort(Comparator.comparing(Period::from));
        List<Period> out = new ArrayList<>();
        Period current = sorted.get(0);
        for (Period p : sorted.subList(1, sorted.size())) {
            if (!p.from().isAfter(current.to().plusDays(1))) {
                current = new Period(current.from(), p.to().isAfter(current.to()) ? p.to() : current.to());
            } else {
                out.add(current);
                current = p;
            }
        }
        out.add(current);
        return out;
    }
}
