package org.carejournal.care;

import static org.carejournal.domain.checkin.StandardSymptom.BLOOD_IN_URINE;
import static org.carejournal.domain.checkin.StandardSymptom.BONE_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.CONSTIPATION;
import static org.carejournal.domain.checkin.StandardSymptom.JAW_PAIN;
import static org.carejournal.domain.checkin.StandardSymptom.LEG_NUMBNESS;
import static org.carejournal.domain.checkin.WarningSign.BLADDER_BOWEL_CONTROL;
import static org.carejournal.domain.checkin.WarningSign.CANNOT_PASS_URINE;
import static org.carejournal.domain.checkin.WarningSign.CONFUSION;
import static org.carejournal.domain.checkin.WarningSign.DIFFICULTY_WALKING;
import static org.carejournal.domain.checkin.WarningSign.HEAVY_BLOOD_IN_URINE;
import static org.carejournal.domain.checkin.WarningSign.MOUTH;
import static org.carejournal.domain.checkin.WarningSign.SHIVERING;
import static org.carejournal.domain.checkin.WarningSign.SUDDEN_BONE_PAIN;
import static org.carejournal.domain.checkin.WarningSign.THIRST;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.carejournal.domain.checkin.BodyRegion;
import org.carejournal.domain.checkin.PainEntry;

/**
 * The red-flag patterns of DOMAIN.md, each a check and a plain reason, over the day just saved (the
 * last of the history) and the days before it. The sources name the signs; the numeric thresholds on
 * 0–10 ratings are ours, chosen so that a sign a person calls moderate or worse counts, and are noted
 * at each constant. The checks allocate nothing; a reason is only built when its check matched.
 */
final class Patterns {

    /** NICE NG234 (was CG75) lists leg weakness and numbness among MSCC signs; from 4/10 we call it present. */
    static final int LEG_NUMBNESS_MIN = 4;
    /** ACS lists constipation with thirst and confusion for high calcium; mild constipation is common on opioids. */
    static final int CONSTIPATION_MIN = 5;
    /** ACS: fracture shows as sudden severe bone pain; 8/10 and up is severe. */
    static final int BONE_PAIN_SEVERE_MIN = 8;
    /** "Sudden" means the pain was mild (3/10 or less) on the last day it was rated before. */
    static final int BONE_PAIN_MILD_MAX = 3;
    /** How far back that earlier rating may be; older ratings say nothing about a sudden change. */
    static final int BONE_PAIN_LOOKBACK_DAYS = 3;
    /** ACS: jaw pain on a bone drug may be osteonecrosis; from 3/10, since it should be told early. */
    static final int JAW_PAIN_MIN = 3;
    /** Some blood in the urine is common after treatment; 7/10 and up stands for the heavy bleeding of DOMAIN.md. */
    static final int BLOOD_IN_URINE_MIN = 7;
    /** DOMAIN.md: pain of 7 or more on two days running; 7–10 is the usual "severe" band of a 0–10 scale. */
    static final int SEVERE_PAIN_MIN = 7;

    /** "up from 2 2 days before" reads badly; the look-back is only a few days. */
    private static final String[] DAYS_IN_WORDS = {"no", "one", "two", "three"};

    private Patterns() {}

    private static String inWords(long days) {
        return days < DAYS_IN_WORDS.length ? DAYS_IN_WORDS[(int) days] : Long.toString(days);
    }

    static DayLog saved(List<DayLog> history) { return history.get(history.size() - 1); }

    // --- spinal cord compression (NICE NG234 / CG75; ACS) ---

    static boolean spinalCord(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        return d.spinePain() && (d.rating(LEG_NUMBNESS) >= LEG_NUMBNESS_MIN
                || d.has(DIFFICULTY_WALKING) || d.has(BLADDER_BOWEL_CONTROL));
    }

    static String spinalCordReason(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        Phrases with = new Phrases();
        if (d.rating(LEG_NUMBNESS) >= LEG_NUMBNESS_MIN) with.add("leg tingling or weakness rated " + d.rating(LEG_NUMBNESS));
        if (d.has(DIFFICULTY_WALKING)) with.add("difficulty walking");
        if (d.has(BLADDER_BOWEL_CONTROL)) with.add("new loss of bladder or bowel control");
        return (backPain(d) ? "Back" : "Neck") + " pain rated " + d.worstSpinePain() + " with " + with.joined();
    }

    private static boolean backPain(DayLog d) {
        for (PainEntry p : d.pain()) {
            Integer r = p.highest();
            if (r != null && r >= 1 && (p.sites().contains(BodyRegion.UPPER_BACK) || p.sites().contains(BodyRegion.LOWER_BACK))) {
                return true;
            }
        }
        return false;
    }

    // --- infection during chemotherapy or a radiopharmaceutical (NICE CG151) ---

    /** Without a medicine list any fever counts: a missed neutropenic sepsis costs far more than a call. */
    private static boolean feverCounts(DayLog d, TreatmentContext ctx) {
        return d.fever() && (!ctx.medicationsKnown() || ctx.onChemoOrRadiopharmaceutical());
    }

    /** Shivering alone is too common to flag unless treatment is known to lower the blood count. */
    private static boolean shiveringCounts(DayLog d, TreatmentContext ctx) {
        return d.has(SHIVERING) && ctx.onChemoOrRadiopharmaceutical();
    }

    static boolean infection(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        return feverCounts(d, ctx) || shiveringCounts(d, ctx);
    }

    static String infectionReason(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        Phrases p = new Phrases();
        if (feverCounts(d, ctx)) {
            p.add(String.format(Locale.ROOT, "temperature %.1f %s", d.temperature().value(), d.temperature().unit().symbol()));
        }
        if (shiveringCounts(d, ctx)) p.add("shivering or feeling suddenly very unwell");
        String s = p.sentence();
        return ctx.onChemoOrRadiopharmaceutical() ? s + " while on chemotherapy or a radioactive medicine" : s;
    }

    // --- high calcium (ACS): two of three features the same day ---

    static boolean highCalcium(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        int features = (d.has(THIRST) ? 1 : 0) + (d.has(CONFUSION) ? 1 : 0)
                + (d.rating(CONSTIPATION) >= CONSTIPATION_MIN ? 1 : 0);
        return features >= 2;
    }

    static String highCalciumReason(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        Phrases p = new Phrases();
        if (d.has(THIRST)) p.add("strong thirst");
        if (d.has(CONFUSION)) p.add("confusion or drowsiness");
        if (d.rating(CONSTIPATION) >= CONSTIPATION_MIN) p.add("constipation rated " + d.rating(CONSTIPATION));
        return p.sentence();
    }

    // --- fracture (ACS): sudden severe bone pain ---

    static boolean fracture(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        return d.has(SUDDEN_BONE_PAIN) || boneJumpFrom(h) != null;
    }

    static String fractureReason(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        Phrases p = new Phrases();
        if (d.has(SUDDEN_BONE_PAIN)) p.add("sudden severe bone pain after little or no injury");
        DayLog before = boneJumpFrom(h);
        if (before != null) {
            long days = ChronoUnit.DAYS.between(before.date(), d.date());
            p.add("bone pain rated " + d.rating(BONE_PAIN) + ", up from " + before.rating(BONE_PAIN)
                    + (days == 1 ? " the day before" : " " + inWords(days) + " days before"));
        }
        return p.sentence();
    }

    /**
     * The earlier day whose mild bone pain makes today's severe rating a sudden jump, or null. Only
     * the most recent rating within the look-back counts: 2, then 8, then 8 is steady pain by day 3.
     */
    private static DayLog boneJumpFrom(List<DayLog> h) {
        DayLog d = saved(h);
        if (d.rating(BONE_PAIN) < BONE_PAIN_SEVERE_MIN) return null;
        LocalDate earliest = d.date().minusDays(BONE_PAIN_LOOKBACK_DAYS);
        for (int i = h.size() - 2; i >= 0; i--) {
            DayLog e = h.get(i);
            if (e.date().isBefore(earliest)) return null;
            if (e.rated(BONE_PAIN)) return e.rating(BONE_PAIN) <= BONE_PAIN_MILD_MAX ? e : null;
        }
        return null;
    }

    // --- jaw problems on a bone drug (ACS: osteonecrosis of the jaw) ---

    static boolean jaw(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        return (d.rating(JAW_PAIN) >= JAW_PAIN_MIN || d.has(MOUTH)) && (!ctx.medicationsKnown() || ctx.onBoneDrug());
    }

    static String jawReason(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        Phrases p = new Phrases();
        if (d.rating(JAW_PAIN) >= JAW_PAIN_MIN) p.add("jaw or mouth pain rated " + d.rating(JAW_PAIN));
        if (d.has(MOUTH)) p.add("swelling, loose teeth or bare bone in the mouth");
        return p.sentence() + (ctx.onBoneDrug() ? " while on a bone-strengthening drug" : "");
    }

    // --- urine: retention or heavy bleeding ---

    static boolean urine(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        return d.has(CANNOT_PASS_URINE) || d.has(HEAVY_BLOOD_IN_URINE) || d.rating(BLOOD_IN_URINE) >= BLOOD_IN_URINE_MIN;
    }

    static String urineReason(List<DayLog> h, TreatmentContext ctx) {
        DayLog d = saved(h);
        Phrases p = new Phrases();
        if (d.has(CANNOT_PASS_URINE)) p.add("unable to pass urine");
        if (d.has(HEAVY_BLOOD_IN_URINE)) p.add("heavy bleeding in the urine");
        if (d.rating(BLOOD_IN_URINE) >= BLOOD_IN_URINE_MIN) p.add("blood in the urine rated " + d.rating(BLOOD_IN_URINE));
        return p.sentence();
    }

    // --- uncontrolled pain: severe on two calendar days running ---

    static boolean uncontrolledPain(List<DayLog> h, TreatmentContext ctx) {
        return severe(saved(h).worstPain()) && dayBefore(h) != null && severe(dayBefore(h).worstPain());
    }

    static String uncontrolledPainReason(List<DayLog> h, TreatmentContext ctx) {
        return "Pain rated " + saved(h).worstPain() + ", and " + dayBefore(h).worstPain() + " the day before";
    }

    private static boolean severe(Integer pain) { return pain != null && pain >= SEVERE_PAIN_MIN; }

    /** The calendar day before the saved one, when the history has it (a gap breaks "two days running"). */
    private static DayLog dayBefore(List<DayLog> h) {
        if (h.size() < 2) return null;
        DayLog prev = h.get(h.size() - 2);
        return prev.date().equals(saved(h).date().minusDays(1)) ? prev : null;
    }
}
