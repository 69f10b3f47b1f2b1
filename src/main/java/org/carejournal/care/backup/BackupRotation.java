package org.carejournal.care.backup;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which automatic backups to keep, from their dates: the newest of each of the last {@code daily} days
 * that have a backup, and the newest of each of the last {@code weekly} ISO weeks (Monday to Sunday) that
 * have one. The two may overlap, as in restic's "keep-daily / keep-weekly": with daily use the folder
 * holds the last 7 days and one backup for each of the 3 weeks before, about a month in all.
 */
public final class BackupRotation {

    /** The rule: 7 daily and 4 weekly. */
    public static final BackupRotation STANDARD = new BackupRotation(7, 4);

    private final int daily;
    private final int weekly;

    public BackupRotation(int daily, int weekly) {
        if (daily < 1 || weekly < 0) throw new IllegalArgumentException("keep at least one daily backup");
        this.daily = daily;
        this.weekly = weekly;
    }

    /** The dates among {@code dates} whose backups stay; duplicates count once. */
    public Set<LocalDate> keep(Collection<LocalDate> dates) {
        List<LocalDate> newestFirst = dates.stream().distinct().sorted(Comparator.reverseOrder()).toList();
        Set<LocalDate> kept = new TreeSet<>(newestFirst.subList(0, Math.min(daily, newestFirst.size())));
        // newest first, so the first date seen in a week is that week's newest
        Map<Long, LocalDate> newestOfWeek = new LinkedHashMap<>();
        for (LocalDate d : newestFirst) newestOfWeek.putIfAbsent(weekOf(d), d);
        newestOfWeek.values().stream().limit(weekly).forEach(kept::add);
        return kept;
    }

    /** The dates among {@code dates} whose backups go, oldest first. */
    public Set<LocalDate> remove(Collection<LocalDate> dates) {
        Set<LocalDate> gone = new TreeSet<>(dates);
        gone.removeAll(keep(dates));
        return gone;
    }

    private static long weekOf(LocalDate d) {
        return d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
