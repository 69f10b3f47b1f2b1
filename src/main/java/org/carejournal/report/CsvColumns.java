package org.carejournal.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.carejournal.domain.LabTest;

/**
 * Which column of an import file holds what, read loosely from the header row: "Date",
 * "Collection date", "Test", "Analyte", "Result", "Value", "Unit", "Lab", "Note"... A column named
 * after a test, such as "PSA (ng/mL)", holds that test's values in the unit in brackets ("wide" files).
 */
final class CsvColumns {

    /** A column holding one test's values, with the unit named in its header (null: canonical unit). */
    record TestColumn(int index, LabTest test, String unit) {}

    private static final Pattern UNIT_IN_BRACKETS = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Set<String> DATE_WORDS = Set.of("date", "day", "when", "datum", "collected", "taken", "drawn");
    private static final Set<String> UNIT_WORDS = Set.of("unit", "units", "uom");
    private static final Set<String> NOTE_WORDS = Set.of("note", "notes", "comment", "comments", "remark", "remarks", "memo");
    private static final Set<String> VALUE_WORDS = Set.of("value", "values", "result", "results", "level", "reading", "amount",
            "measurement");
    private static final Set<String> LAB_WORDS = Set.of("lab", "laboratory", "provider", "clinic", "hospital");
    /** Words naming the test column; "Lab test" is the test, but "Lab name" is the lab. */
    private static final Set<String> TEST_WORDS = Set.of("test", "tests", "analyte", "component", "parameter",
            "exam", "investigation", "marker");
    private static final Set<String> WEAK_TEST_WORDS = Set.of("name", "item");

    int date = -1;
    int test = -1;
    int value = -1;
    int unit = -1;
    int lab = -1;
    int note = -1;
    /** The unit named in the value column's header, e.g. "Result (ng/mL)"; null when none. */
    String valueHeaderUnit;
    final List<TestColumn> testColumns = new ArrayList<>();
    private final List<String> header;

    private CsvColumns(List<String> header) {
        this.header = header;
    }

    static CsvColumns read(List<String> header) {
        CsvColumns c = new CsvColumns(header);
        for (int i = 0; i < header.size(); i++) c.classify(i, header.get(i));
        // "Date;PSA value": the value column is named after the test, so every row is that test.
        if (c.test < 0 && c.value >= 0 && c.testColumns.isEmpty()) {
            Optional<LabTest> named = LabTest.fromLooseName(header.get(c.value));
            if (named.isPresent()) {
                c.testColumns.add(new TestColumn(c.value, named.get(), c.valueHeaderUnit));
                c.value = -1;
            }
        }
        return c;
    }

    /** True when each row names its test ("long" files); false when columns are named after tests. */
    boolean isLong() {
        return test >= 0 && value >= 0;
    }

    /** Why the header cannot be used, in plain words; null when it can. */
    String problem() {
        if (date >= 0 && (isLong() || (test < 0 && !testColumns.isEmpty()))) return null;
        String found = header.stream().filter(h -> !h.isBlank()).map(h -> "\"" + h + "\"").reduce((a, b) -> a + ", " + b)
                .orElse("nothing");
        if (header.stream().anyMatch(h -> CsvDates.parse(h, DateOrder.DMY).date() != null)) {
            return "The first row holds data, but it should name the columns: date, test, value (unit, lab and note "
                    + "are optional). Add that row and try again.";
        }
        return "The first row should name the columns: a date column, and either test and value columns or one column "
                + "per test such as \"PSA (ng/mL)\". Found " + found + ".";
    }

    private void classify(int index, String raw) {
        String text = raw.strip();
        if (text.isEmpty()) return;
        Matcher bracket = UNIT_IN_BRACKETS.matcher(text);
        String headerUnit = bracket.find() && !bracket.group(1).isBlank() ? bracket.group(1).strip() : null;
        List<String> words = Arrays.asList(UNIT_IN_BRACKETS.matcher(text).replaceAll(" ")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
        if (hasAny(words, DATE_WORDS) || words.stream().anyMatch(w -> w.endsWith("date") && !w.equals("update"))) {
            date = first(date, index);
        } else if (hasAny(words, UNIT_WORDS)) {
            unit = first(unit, index);
        } else if (hasAny(words, NOTE_WORDS)) {
            note = first(note, index);
        } else if (hasAny(words, VALUE_WORDS)) {
            if (value < 0) valueHeaderUnit = headerUnit;
            value = first(value, index);
        } else if (hasAny(words, LAB_WORDS) && !hasAny(words, TEST_WORDS)) {
            lab = first(lab, index);
        } else if ((hasAny(words, TEST_WORDS) || hasAny(words, WEAK_TEST_WORDS)) && LabTest.fromLooseName(text).isEmpty()) {
            test = first(test, index);
        } else if (hasAny(words, LAB_WORDS)) {
            lab = first(lab, index);
        } else {
            LabTest.fromLooseName(text).ifPresent(t -> testColumns.add(new TestColumn(index, t, headerUnit)));
        }
    }

    private static boolean hasAny(List<String> words, Set<String> wanted) {
        for (String w : words) if (wanted.contains(w)) return true;
        return false;
    }

    private static int first(int current, int index) {
        return current >= 0 ? current : index;
    }
}
