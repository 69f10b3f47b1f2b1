package org.carejournal.care;

import static org.carejournal.domain.checkin.RedFlag.FRACTURE;
import static org.carejournal.domain.checkin.RedFlag.HIGH_CALCIUM;
import static org.carejournal.domain.checkin.RedFlag.INFECTION;
import static org.carejournal.domain.checkin.RedFlag.JAW;
import static org.carejournal.domain.checkin.RedFlag.SPINAL_CORD_COMPRESSION;
import static org.carejournal.domain.checkin.RedFlag.UNCONTROLLED_PAIN;
import static org.carejournal.domain.checkin.RedFlag.URINE;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.carejournal.domain.checkin.RedFlag;

/**
 * The red-flag rules of DOMAIN.md: patterns in a saved day's entries that mean "contact the care team
 * now". One row per flag; the patterns and their thresholds, each with its source, are in
 * {@code Patterns}. The rules never say what is wrong: they say what was seen and who to call.
 *
 * <p>Evaluation runs on every save over about a week of days: it walks the rows once, looks back at
 * most a few days, and allocates nothing unless a flag matches.
 */
public final class RedFlagRules {

    /** One row of the table: a flag, when it matches, and what matched in plain words. */
    private record Rule(RedFlag flag, BiPredicate<List<DayLog>, TreatmentContext> matches,
                        BiFunction<List<DayLog>, TreatmentContext, String> reason) {}

    /** In {@link RedFlag} order, which is the order the flags are shown in. */
    private static final List<Rule> RULES = List.of(
            new Rule(SPINAL_CORD_COMPRESSION, Patterns::spinalCord, Patterns::spinalCordReason),
            new Rule(INFECTION, Patterns::infection, Patterns::infectionReason),
            new Rule(HIGH_CALCIUM, Patterns::highCalcium, Patterns::highCalciumReason),
            new Rule(FRACTURE, Patterns::fracture, Patterns::fractureReason),
            new Rule(URINE, Patterns::urine, Patterns::urineReason),
            new Rule(UNCONTROLLED_PAIN, Patterns::uncontrolledPain, Patterns::uncontrolledPainReason),
            new Rule(JAW, Patterns::jaw, Patterns::jawReason));

    static {
        // A flag without a row would silently never be raised.
        EnumSet<RedFlag> covered = EnumSet.noneOf(RedFlag.class);
        for (Rule r : RULES) {
            if (!covered.add(r.flag())) throw new IllegalStateException("Two rules for " + r.flag());
        }
        if (covered.size() != RedFlag.values().length) {
            throw new IllegalStateException("No rule for " + EnumSet.complementOf(covered));
        }
    }

    private RedFlagRules() {}

    /**
     * The red flags shown by the day just saved.
     *
     * @param history the days before it and the day itself, oldest first, one entry per date at most,
     *                the saved day last; about a week is enough (earlier days are only looked at for
     *                patterns over a few days). Days with nothing logged may be left out or included.
     * @param ctx     what is known of current treatment; {@link TreatmentContext#UNKNOWN} until the
     *                journal keeps medicines
     * @return the matching flags in {@link RedFlag} order, each with the saved day's date; empty when
     *         nothing matched or the history is empty
     */
    public static List<FlagMatch> evaluate(List<DayLog> history, TreatmentContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        if (history.isEmpty()) return List.of();
        requireOldestFirst(history);
        List<FlagMatch> matches = null;
        for (Rule rule : RULES) {
            if (!rule.matches().test(history, ctx)) continue;
            if (matches == null) matches = new ArrayList<>(2);
            matches.add(new FlagMatch(rule.flag(), Patterns.saved(history).date(), rule.reason().apply(history, ctx)));
        }
        return matches == null ? List.of() : List.copyOf(matches);
    }

    /** Who to call and how soon for a flag, with its source; every flag has guidance. */
    public static Guidance guidance(RedFlag flag) {
        return RedFlagGuidance.of(Objects.requireNonNull(flag, "flag"));
    }

    // The look-back patterns trust the order; a shuffled history would quietly miss or invent a flag.
    private static void requireOldestFirst(List<DayLog> history) {
        for (int i = 1; i < history.size(); i++) {
            if (!history.get(i - 1).date().isBefore(history.get(i).date())) {
                throw new IllegalArgumentException("The history must be oldest first with one entry per day, but "
                        + history.get(i - 1).date() + " comes before " + history.get(i).date());
            }
        }
    }
}
