package org.carejournal.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lab tests the journal keeps, with their canonical unit, the other units labs report them in,
 * and the largest value that is still believable (anything above is a typing slip).
 * Units and conversions are those in DOMAIN.md.
 */
public enum LabTest {
    PSA("psa", "PSA", "2857-1", 10_000,
            new LabUnit("ng/mL", 1), new LabUnit("µg/L", 1)),
    PSA_ULTRASENSITIVE("psa-us", "Ultrasensitive PSA", "35741-8", 10_000,
            new LabUnit("ng/mL", 1), new LabUnit("µg/L", 1)),
    TESTOSTERONE("testosterone", "Testosterone", "2986-8", 5_000,
            new LabUnit("ng/dL", 1), new LabUnit("nmol/L", 28.84)),
    ALKALINE_PHOSPHATASE("alp", "Alkaline phosphatase", "6768-6", 20_000,
            new LabUnit("U/L", 1), new LabUnit("µkat/L", 60)),
    HEMOGLOBIN("hemoglobin", "Hemoglobin", "718-7", 30,
            new LabUnit("g/dL", 1), new LabUnit("g/L", 0.1)),
    CREATININE("creatinine", "Creatinine", "2160-0", 40,
            new LabUnit("mg/dL", 1), new LabUnit("µmol/L", 1 / 88.4)),
    CALCIUM("calcium", "Calcium", "17861-6", 30,
            new LabUnit("mg/dL", 1), new LabUnit("mmol/L", 4.008));

    /** Castrate testosterone level, ng/dL (DOMAIN.md). */
    public static final double CASTRATE_TESTOSTERONE_NG_DL = 50;

    private final String code;
    private final String displayName;
    private final String loinc;
    private final double maxPlausible;
    private final List<LabUnit> units;

    LabTest(String code, String displayName, String loinc, double maxPlausible, LabUnit... units) {
        this.code = code;
        this.displayName = displayName;
        this.loinc = loinc;
        this.maxPlausible = maxPlausible;
        this.units = List.of(units);
    }

    /** Stable identifier stored in the journal file. */
    public String code() { return code; }

    public String displayName() { return displayName; }

    public String loinc() { return loinc; }

    /** Largest believable value in the canonical unit. */
    public double maxPlausible() { return maxPlausible; }

    /** The unit values are stored and charted in. */
    public LabUnit canonicalUnit() { return units.get(0); }

    /** Every unit accepted for this test, canonical first. */
    public List<LabUnit> units() { return units; }

    /** True for the PSA tests, which are charted on a logarithmic axis and have kinetics. */
    public boolean isPsa() { return this == PSA || this == PSA_ULTRASENSITIVE; }

    /** The accepted unit named by {@code text}, if any. */
    public Optional<LabUnit> unit(String text) {
        return units.stream().filter(u -> u.matches(text)).findFirst();
    }

    public static Optional<LabTest> byCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    /**
     * Matches a test named loosely, as lab portals and spreadsheets write it:
     * "PSA", "psa (ng/mL)", "Total PSA", "Hgb", "ALP", "Alk phos", "Testosterone, total".
     */
    public static Optional<LabTest> fromLooseName(String text) {
        if (text == null) return Optional.empty();
        String s = text.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", " ").replaceAll("[^a-z0-9]+", " ").strip();
        if (s.isEmpty()) return Optional.empty();
        if (s.contains("psa")) {
            return Optional.of(s.contains("ultra") || s.matches(".*\\bus\\b.*") || s.contains("hs") ? PSA_ULTRASENSITIVE : PSA);
        }
        if (s.contains("testost")) return Optional.of(TESTOSTERONE);
        if (s.contains("alk") || s.equals("alp") || s.contains("phosphatase")) return Optional.of(ALKALINE_PHOSPHATASE);
        if (s.contains("hemoglobin") || s.contains("haemoglobin") || s.equals("hgb") || s.equals("hb")) return Optional.of(HEMOGLOBIN);
        if (s.contains("creat")) return Optional.of(CREATININE);
        if (s.contains("calcium") || s.equals("ca")) return Optional.of(CALCIUM);
        return byCode(s);
    }

    @Override
    public String toString() { return displayName; }
}
