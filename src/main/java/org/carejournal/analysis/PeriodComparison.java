package org.carejournal.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.Symptom;

/**
 * The last {@code days} days (ending today) set against the {@code days} days before them, in figures
 * and in plain sentences ({@link #sentences()}).
 *
 * @param averagePainNow    mean of the daily "average pain" ratings in the recent period; null if none
 * @param worstPainNow      mean of the daily worst pain in the recent period; null if none
 * @param severeDaysNow     days with a symptom rated {@value #SEVERE} or more, or worst pain that high
 * @param hasNow            whether the recent period has any check-in or pain entry
 * @param hasBefore         whether the earlier period has any check-in or pain entry
 * @param symptomsCompared  symptoms with enough ratings in both periods to compare them
 * @param worse             names of symptoms whose mean rating rose by {@value #CHANGE} points or more,
 *                          largest rise first
 * @param better            names of symptoms whose mean rating fell by {@value #CHANGE} points or more
 */
public record PeriodComparison(int days, Double averagePainNow, Double averagePainBefore,
                               Double worstPainNow, Double worstPainBefore,
                               int severeDaysNow, int severeDaysBefore, boolean hasNow, boolean hasBefore,
                               int symptomsCompared, List<String> worse, List<String> better) {

    /** A rating at or above this is severe (the top band of the usual 0–10 scales: 7–10). */
    public static final int SEVERE = 7;
    /**
     * A mean rating that moves this much is called worse or better. About 2 points on a 0–10 scale is the
     * change pain research commonly treats as meaningful to the person (IMMPACT); smaller moves are often
     * day-to-day noise.
     */
    public static final int CHANGE = 2;
    /** A symptom needs this many rated days in each period to be compared: one day is not a trend. */
    public static final int MIN_RATINGS = 2;

    public PeriodComparison {
        worse = List.copyOf(worse);
        better = List.copyOf(better);
    }

    /**
     * @param checkIns check-ins covering at least the last {@code 2 × days} days (others are ignored)
     * @param pain     daily pain covering the same days (see {@link PainTrend#daily})
     * @param symptoms the symptoms to compare (the shown ones)
     */
    public static PeriodComparison compare(List<CheckIn> checkIns, List<DailyPain> pain, List<Symptom> symptoms,
                                           LocalDate today, int days) {
        if (days < 1) throw new IllegalArgumentException("A period has at least one day");
        Period now = new Period(today.minusDays(days - 1L), today, symptoms.size());
        Period before = new Period(today.minusDays(2L * days - 1), today.minusDays(days), symptoms.size());
        for (CheckIn c : checkIns) {
            Period p = now.contains(c.date()) ? now : before.contains(c.date()) ? before : null;
            if (p != null) p.add(c, symptoms);
        }
        for (DailyPain d : pain) {
            Period p = now.contains(d.date()) ? now : before.contains(d.date()) ? before : null;
            if (p != null) p.add(d);
        }
        List<Change> changes = new ArrayList<>();
        int compared = 0;
        for (int s = 0; s < symptoms.size(); s++) {
            if (now.ratingCount[s] < MIN_RATINGS || before.ratingCount[s] < MIN_RATINGS) continue;
            compared++;
            double diff = (double) now.ratingSum[s] / now.ratingCount[s] - (double) before.ratingSum[s] / before.ratingCount[s];
            if (Math.abs(diff) >= CHANGE) changes.add(new Change(symptoms.get(s).name(), diff));
        }
        // Largest change first: the first name is the one most worth mentioning to the care team.
        changes.sort(Comparator.comparingDouble((Change c) -> -Math.abs(c.diff())));
        return new PeriodComparison(days, now.mean(now.averageSum, now.averageCount),
                before.mean(before.averageSum, before.averageCount), now.mean(now.worstSum, now.worstCount),
                before.mean(before.worstSum, before.worstCount), now.severeDays(), before.severeDays(),
                now.any(), before.any(), compared,
                changes.stream().filter(c -> c.diff() > 0).map(Change::name).toList(),
                changes.stream().filter(c -> c.diff() < 0).map(Change::name).toList());
    }

    /** Plain-English lines for the screen, e.g. "Average pain in the last 7 days: 4.1, up from 2.9 in the 7 days before." */
    public List<String> sentences() {
        return ComparisonSentences.of(this);
    }

    private record Change(String name, double diff) {}

    /** Running sums for one period; severe days are marked in a small array indexed by day. */
    private static final class Period {
        final LocalDate from;
        final LocalDate to;
        final boolean[] severe;
        final boolean[] seen;
        final int[] ratingSum;
        final int[] ratingCount;
        double averageSum;
        int averageCount;
        double worstSum;
        int worstCount;

        Period(LocalDate from, LocalDate to, int symptomCount) {
            this.from = from;
            this.to = to;
            int length = (int) (to.toEpochDay() - from.toEpochDay() + 1);
            this.severe = new boolean[length];
            this.seen = new boolean[length];
            this.ratingSum = new int[symptomCount];
            this.ratingCount = new int[symptomCount];
        }

        boolean contains(LocalDate d) {
            return !d.isBefore(from) && !d.isAfter(to);
        }

        int index(LocalDate d) {
            return (int) (d.toEpochDay() - from.toEpochDay());
        }

        void add(CheckIn c, List<Symptom> symptoms) {
            int day = index(c.date());
            seen[day] = true;
            for (int s = 0; s < symptoms.size(); s++) {
                Integer r = c.rating(symptoms.get(s).id());
                if (r == null) continue;
                ratingSum[s] += r;
                ratingCount[s]++;
                if (r >= SEVERE) severe[day] = true;
            }
        }

        void add(DailyPain d) {
            int day = index(d.date());
            seen[day] = true;
            // Each day counts once, however many entries it has: a bad day logged often should not weigh more.
            if (d.average() != null) {
                averageSum += d.average();
                averageCount++;
            }
            if (d.worst() != null) {
                worstSum += d.worst();
                worstCount++;
                if (d.worst() >= SEVERE) severe[day] = true;
            }
        }

        Double mean(double sum, int count) {
            return count == 0 ? null : (double) sum / count;
        }

        int severeDays() {
            int n = 0;
            for (boolean b : severe) if (b) n++;
            return n;
        }

        boolean any() {
            for (boolean b : seen) if (b) return true;
            return false;
        }
    }
}
