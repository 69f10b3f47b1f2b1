package org.carejournal.ui.symptoms;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.carejournal.app.JournalSession;
import org.carejournal.domain.checkin.CheckIn;
import org.carejournal.domain.checkin.CheckIns;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.PainLog;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Symptom;
import org.carejournal.domain.checkin.Symptoms;

/**
 * Two weeks of check-ins and pain for the trends screen tests; the expectations in the tests are worked
 * out by hand from these. Today is Tuesday 24 November 2026; T−n is n days before.
 */
final class TrendsData {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    private TrendsData() {}

    /**
     * Symptoms shown: Bone pain and Poor sleep (the standard list, every other symptom hidden).
     * Check-ins: T−10 bone 2 sleep 3; T−8 bone 2 sleep 3, hidden nausea 9; T−4 bone 5 sleep 6 "Walked to
     * the shop"; T−1 bone 6 sleep 5.
     * Pain (now/worst/average): T−9 –/6/–; T−8 –/4/–; T−6 5/7/3; T−5 –/2/–; T−3 8/–/5 and 4/–/4; T−2 –/3/–;
     * T −/−/2.
     */
    static void fill(JournalSession journal, long personId) {
        Symptoms symptoms = journal.symptoms();
        Symptom bone = standard(symptoms, personId, StandardSymptom.BONE_PAIN);
        Symptom sleep = standard(symptoms, personId, StandardSymptom.POOR_SLEEP);
        Symptom nausea = standard(symptoms, personId, StandardSymptom.NAUSEA);
        for (Symptom s : symptoms.list(personId)) {
            if (s.id() != bone.id() && s.id() != sleep.id()) symptoms.setHidden(s.id(), true);
        }
        CheckIns checkIns = journal.checkIns();
        checkIn(checkIns, personId, 10, "", bone, 2, sleep, 3);
        checkIn(checkIns, personId, 8, "", bone, 2, sleep, 3, nausea, 9);
        checkIn(checkIns, personId, 4, "Walked to the shop", bone, 5, sleep, 6);
        checkIn(checkIns, personId, 1, "", bone, 6, sleep, 5);
        PainLog pain = journal.painLog();
        pain(pain, personId, 9, 9, null, 6, null);
        pain(pain, personId, 8, 9, null, 4, null);
        pain(pain, personId, 6, 9, 5, 7, 3);
        pain(pain, personId, 5, 9, null, 2, null);
        pain(pain, personId, 3, 9, 8, null, 5);
        pain(pain, personId, 3, 18, 4, null, 4);
        pain(pain, personId, 2, 9, null, 3, null);
        pain(pain, personId, 0, 9, null, null, 2);
    }

    private static Symptom standard(Symptoms symptoms, long personId, StandardSymptom kind) {
        return symptoms.list(personId).stream().filter(s -> s.standard() == kind).findFirst().orElseThrow();
    }

    static LocalDate daysAgo(int n) {
        return TODAY.minusDays(n);
    }

    private static void checkIn(CheckIns checkIns, long personId, int daysAgo, String note, Object... symptomAndRating) {
        Map<Long, Integer> ratings = new LinkedHashMap<>();
        for (int i = 0; i < symptomAndRating.length; i += 2) {
            ratings.put(((Symptom) symptomAndRating[i]).id(), (Integer) symptomAndRating[i + 1]);
        }
        checkIns.save(personId, new CheckIn(0, daysAgo(daysAgo), ratings, Set.of(), null, note));
    }

    private static void pain(PainLog pain, long personId, int daysAgo, int hour, Integer now, Integer worst,
                             Integer average) {
        pain.add(personId, new PainEntry(0, daysAgo(daysAgo).atTime(hour, 0), now, worst, average, Set.of(), false, "", null));
    }
}
