package org.carejournal.domain.sample;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.PainEntry;
import org.carejournal.domain.checkin.RescueEffect;
import org.carejournal.domain.checkin.StandardSymptom;
import org.carejournal.domain.checkin.Temperature;

/**
 * Robert's daily check-ins for the sample journal: three years that follow {@link SampleStory}.
 * Bone pain in the lower back and hips is worst at diagnosis, eases on ADT, creeps back while his
 * PSA rises, and eases again on abiraterone. Hot flashes and tiredness come with ADT; ankle swelling
 * with abiraterone. He misses a day now and then. No day shows a red-flag pattern: the sample is for
 * exploring trends, not for alarming anyone.
 *
 * <p>Deterministic: fixed curves, a fixed seed, dates counted back from {@code today}.
 */
public final class SampleCheckIns {

    /** Days of check-ins, ending today. */
    public static final int DAYS = 3 * 365;
    private static final long SEED = 20_251_125L;

    /** One day of the story; {@code pain} is null on the few days he logged no pain. */
    public record Day(LocalDate date, Map<StandardSymptom, Integer> ratings, Temperature temperature, String note,
                      PainEntry pain) {}

    /** Typical level (0–10) of each symptom as {day after the ADT start, level}; flat outside. */
    private static final Map<StandardSymptom, double[][]> CURVES = new EnumMap<>(StandardSymptom.class);

    static {
        // ADT starts at day 0, the PSA rises from about day 300, abiraterone is added at day 655.
        CURVES.put(StandardSymptom.BONE_PAIN, new double[][] {{-20, 5.5}, {120, 1.5}, {320, 1.2}, {640, 4.2}, {760, 1.6}, {1080, 1.8}});
        CURVES.put(StandardSymptom.FATIGUE, new double[][] {{-20, 4.5}, {60, 4.8}, {400, 3.2}, {640, 4.6}, {720, 4.8}, {1080, 3.6}});
        CURVES.put(StandardSymptom.HOT_FLASHES, new double[][] {{0, 0}, {60, 4.5}, {400, 3.5}, {1080, 3.0}});
        CURVES.put(StandardSymptom.ERECTION, new double[][] {{-20, 2}, {60, 6.5}, {1080, 6}});
        CURVES.put(StandardSymptom.LOW_MOOD, new double[][] {{-20, 4}, {90, 3.4}, {400, 1.6}, {640, 3.2}, {800, 1.8}});
        CURVES.put(StandardSymptom.ANXIETY, new double[][] {{-20, 5}, {120, 2.5}, {560, 2}, {650, 4.4}, {800, 2}});
        CURVES.put(StandardSymptom.POOR_SLEEP, new double[][] {{-20, 3.5}, {60, 4}, {400, 2.6}, {640, 3.6}, {800, 2.4}});
        CURVES.put(StandardSymptom.URINE_STREAM, new double[][] {{-20, 3}, {200, 1}});
        CURVES.put(StandardSymptom.LEAKING_URINE, new double[][] {{-20, 1}, {1080, 1.2}});
        CURVES.put(StandardSymptom.APPETITE, new double[][] {{-20, 2.5}, {200, 1}, {640, 2}, {760, 1}});
        CURVES.put(StandardSymptom.CONSTIPATION, new double[][] {{-20, 1.5}, {1080, 1.5}});
        CURVES.put(StandardSymptom.SWELLING, new double[][] {{655, 0}, {720, 2.4}, {1080, 2}});
        CURVES.put(StandardSymptom.NAUSEA, new double[][] {{-20, 0.6}, {1080, 0.6}});
        CURVES.put(StandardSymptom.BREATHLESS, new double[][] {{-20, 0.4}, {700, 0.8}, {1080, 1.2}});
    }

    private static final String[] NOTES = {
            "Walked to the park and back.", "Hot flashes kept waking me up.", "Grandchildren visited.",
            "Tired after the hospital visit.", "Good day in the garden.", "Slept badly.", "Hip ached on the stairs.",
            "Quiet day at home.", "Went fishing with Tom.", "Felt low today."};

    private SampleCheckIns() {}

    /** The story's check-ins, oldest first, the last one today. */
    public static List<Day> days(LocalDate today) {
        LocalDate adt = SampleStory.adtStart(today);
        Random noise = new Random(SEED);
        List<Day> days = new ArrayList<>(DAYS);
        for (LocalDate d = today.minusDays(DAYS - 1); !d.isAfter(today); d = d.plusDays(1)) {
            // He misses about one day in twenty, but never today (the sample opens on a saved check-in).
            if (noise.nextInt(20) == 0 && !d.equals(today)) continue;
            int day = (int) (d.toEpochDay() - adt.toEpochDay());
            Map<StandardSymptom, Integer> ratings = new EnumMap<>(StandardSymptom.class);
            for (StandardSymptom s : StandardSymptom.values()) {
                double[][] curve = CURVES.get(s);
                int r = curve == null ? 0 : (int) Math.round(SampleStory.interpolate(curve, day) + noise.nextGaussian() * 0.8);
                ratings.put(s, Math.max(0, Math.min(r, 6)));   // capped: no sample day sets off a red flag
            }
            String note = noise.nextInt(9) == 0 ? NOTES[noise.nextInt(NOTES.length)] : "";
            Temperature temp = noise.nextInt(25) == 0
                    ? new Temperature(Math.round((36.4 + noise.nextDouble() * 0.8) * 10) / 10.0, Temperature.Unit.CELSIUS)
                    : null;
            days.add(new Day(d, ratings, temp, note, pain(d, ratings.get(StandardSymptom.BONE_PAIN), noise)));
        }
        return List.copyOf(days);
    }

    /** His pain entry follows his bone pain: mostly lower back and hips, now and then a shoulder. */
    private static PainEntry pain(LocalDate d, int bonePain, Random noise) {
        if (noise.nextInt(12) == 0) return null;
        int worst = Math.min(6, bonePain + 1 + noise.nextInt(2));
        int average = Math.max(0, Math.min(worst, bonePain + (noise.nextBoolean() ? 0 : -1)));
        int now = Math.max(0, Math.min(worst, average + noise.nextInt(3) - 1));
        Set<BodyRegion> sites = EnumSet.noneOf(BodyRegion.class);
        if (worst > 0) {
            sites.add(BodyRegion.PELVIS_HIPS);
            if (noise.nextInt(3) > 0) sites.add(BodyRegion.LOWER_BACK);
            if (noise.nextInt(10) == 0) sites.add(BodyRegion.SHOULDERS);
        }
        boolean breakthrough = worst >= 6 && noise.nextInt(3) == 0;
        return new PainEntry(0, d.atTime(LocalTime.of(9 + noise.nextInt(10), noise.nextInt(4) * 15)), now, worst, average,
                sites, breakthrough, breakthrough ? "paracetamol 1 g" : "", breakthrough ? RescueEffect.PARTLY : null);
    }
}
