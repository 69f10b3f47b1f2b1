package org.carejournal.app.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.Symptom;

/**
 * The check-in share of the heavy journal (issue 3): a check-in every day for {@code years}, rating
 * 12 symptoms, and a pain entry every day with one to three places. Deterministic (fixed seed).
 */
final class HeavyCheckIns {
    static final int RATED_SYMPTOMS = 12;
    private static final long SEED = 20_261_125L;
    private static final BodyRegion[] PLACES = BodyRegion.values();

    private HeavyCheckIns() {}

    /** Counts of what {@link #write} saved. */
    record Written(int checkIns, int painEntries) {}

    /** Writes into the open journal; call inside one transaction so it takes seconds, not minutes. */
    static Written write(JournalSession s, long personId, LocalDate firstDay, LocalDate today) {
        List<Symptom> rated = s.symptoms().list(personId).subList(0, RATED_SYMPTOMS);
        Random noise = new Random(SEED);
        int days = 0;
        for (LocalDate d = firstDay; !d.isAfter(today); d = d.plusDays(1), days++) {
            s.checkIns().save(personId, new CheckIn(0, d, ratings(rated, noise), Set.of(), null,
                    noise.nextInt(10) == 0 ? "A note about the day" : ""));
            s.painLog().add(personId, pain(d, noise));
        }
        return new Written(days, days);
    }

    static Map<Long, Integer> ratings(List<Symptom> rated, Random noise) {
        Map<Long, Integer> ratings = new HashMap<>();
        for (Symptom sym : rated) ratings.put(sym.id(), noise.nextInt(7));
        return ratings;
    }

    static PainEntry pain(LocalDate d, Random noise) {
        Set<BodyRegion> sites = EnumSet.noneOf(BodyRegion.class);
        int count = 1 + noise.nextInt(3);
        while (sites.size() < count) sites.add(PLACES[noise.nextInt(PLACES.length)]);
        int worst = 1 + noise.nextInt(6);
        return new PainEntry(0, d.atTime(LocalTime.of(8 + noise.nextInt(12), 0)), Math.max(0, worst - 1), worst,
                Math.max(0, worst - 2), sites, false, "", null);
    }
}
