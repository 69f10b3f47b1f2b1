package org.carejournal.care.meds;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.ReminderKind;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.ScheduleKind;

/**
 * Reads the catalog's text format (described in the header of {@code catalog.txt}). Any line it does not
 * understand is an error naming the line: a catalog that silently lost a drug or a schedule would offer
 * the person a wrong plan.
 */
final class CatalogFile {
    private static final Pattern DAILY = Pattern.compile("daily ([1-4])");
    private static final Pattern EVERY = Pattern.compile("every (\\d+) (day|week|month)s?");
    private static final Pattern CYCLE = Pattern.compile("cycle (\\d+) days? x (\\d+)");
    private static final Pattern AS_NEEDED = Pattern.compile("as needed(?: up to (\\d+) a day)?");

    private CatalogFile() {}

    /** The entries of the file's lines, in file order. {@code source} names the file in error messages. */
    static List<CatalogEntry> parse(String source, List<String> lines) {
        List<CatalogEntry> entries = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        String[] drug = null;
        int drugLine = 0;
        List<ScheduleOffer> offers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int number = i + 1;
            String[] f = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
            try {
                switch (f[0]) {
                    case "drug" -> {
                        if (drug != null) entries.add(entry(drug, offers, keys));
                        expectFields(f, 7);
                        drug = f;
                        drugLine = number;
                        offers = new ArrayList<>();
                    }
                    case "offer" -> {
                        if (drug == null) throw new IllegalArgumentException("an offer before any drug");
                        expectFields(f, 4);
                        offers.add(offer(f[1], f[2], f[3]));
                    }
                    default -> throw new IllegalArgumentException("a line must start with 'drug' or 'offer'");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        if (drug != null) {
            try {
                entries.add(entry(drug, offers, keys));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(source + " line " + drugLine + ": " + e.getMessage(), e);
            }
        }
        return entries;
    }

    private static void expectFields(String[] f, int n) {
        if (f.length != n) throw new IllegalArgumentException("expected " + n + " fields, found " + f.length);
    }

    private static CatalogEntry entry(String[] f, List<ScheduleOffer> offers, Set<String> keys) {
        String key = f[1];
        if (!key.matches("[a-z0-9]+(-[a-z0-9]+)*")) throw new IllegalArgumentException("bad key '" + key + "'");
        if (!keys.add(key)) throw new IllegalArgumentException("the key '" + key + "' is used twice");
        if (f[2].isEmpty()) throw new IllegalArgumentException(key + " has no generic name");
        if (offers.isEmpty()) throw new IllegalArgumentException(key + " has no offer line");
        Set<ReminderKind> reminders = new LinkedHashSet<>();
        for (String id : list(f[6])) {
            ReminderKind kind = ReminderKind.ofId(id);
            if (!kind.generated()) throw new IllegalArgumentException("'" + id + "' is not a care-reminder rule");
            reminders.add(kind);
        }
        return new CatalogEntry(key, f[2], list(f[3]), DrugClass.valueOf(f[4]), Route.valueOf(f[5]),
                List.copyOf(offers), reminders);
    }

    private static List<String> list(String field) {
        if (field.isEmpty()) return List.of();
        List<String> items = Arrays.stream(field.split(",")).map(String::strip).toList();
        if (items.contains("")) throw new IllegalArgumentException("an empty item in '" + field + "'");
        return items;
    }

    /** One offer from its rhythm text; the label is made from rhythm and dose unless one is given. */
    static ScheduleOffer offer(String rhythm, String dose, String label) {
        ScheduleOffer bare = rhythm(rhythm, dose);
        if (!label.isEmpty()) return new ScheduleOffer(bare.kind(), bare.n(), bare.unit(), bare.doses(), dose, label);
        return new ScheduleOffer(bare.kind(), bare.n(), bare.unit(), bare.doses(), dose, label(bare, dose));
    }

    private static ScheduleOffer rhythm(String text, String dose) {
        Matcher m;
        if ((m = DAILY.matcher(text)).matches()) {
            return new ScheduleOffer(ScheduleKind.DAILY, Integer.parseInt(m.group(1)), null, 0, dose, "");
        }
        if ((m = EVERY.matcher(text)).matches()) {
            ChronoUnit unit = switch (m.group(2)) {
                case "day" -> ChronoUnit.DAYS;
                case "week" -> ChronoUnit.WEEKS;
                default -> ChronoUnit.MONTHS;
            };
            return new ScheduleOffer(ScheduleKind.EVERY, positive(m.group(1), text), unit, 0, dose, "");
        }
        if ((m = CYCLE.matcher(text)).matches()) {
            return new ScheduleOffer(ScheduleKind.CYCLE, positive(m.group(1), text), ChronoUnit.DAYS,
                    positive(m.group(2), text), dose, "");
        }
        if (text.equals("once")) return new ScheduleOffer(ScheduleKind.ONCE, 0, null, 0, dose, "");
        if ((m = AS_NEEDED.matcher(text)).matches()) {
            int most = m.group(1) == null ? 0 : positive(m.group(1), text);
            return new ScheduleOffer(ScheduleKind.AS_NEEDED, most, null, 0, dose, "");
        }
        throw new IllegalArgumentException("unknown rhythm '" + text + "'");
    }

    private static int positive(String digits, String text) {
        int n = Integer.parseInt(digits);
        if (n < 1) throw new IllegalArgumentException("'" + text + "' needs a number of at least 1");
        return n;
    }

    private static String label(ScheduleOffer o, String dose) {
        String rhythm = switch (o.kind()) {
            case DAILY -> switch (o.n()) {
                case 1 -> "Once a day";
                case 2 -> "Twice a day";
                default -> o.n() + " times a day";
            };
            case EVERY -> o.n() == 1 ? "Every " + singular(o.unit()) : "Every " + o.n() + " " + plural(o.unit());
            case CYCLE -> "Every " + o.n() + " days, " + o.doses() + " doses";
            case ONCE -> "Once";
            case AS_NEEDED -> o.n() == 0 ? "As needed" : "As needed, up to " + o.n() + " times a day";
        };
        return dose.isEmpty() ? rhythm : rhythm + " (" + dose + ")";
    }

    private static String singular(ChronoUnit unit) {
        return switch (unit) {
            case DAYS -> "day";
            case WEEKS -> "week";
            default -> "month";
        };
    }

    private static String plural(ChronoUnit unit) {
        return singular(unit) + "s";
    }
}
