package org.carejournal.domain.checkin;

/** A body temperature as entered, in °C or °F. */
public record Temperature(double value, Unit unit) {

    public enum Unit {
        CELSIUS("°C"), FAHRENHEIT("°F");

        private final String symbol;

        Unit(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }
    }

    /** The lowest and highest plausible readings; anything outside is almost surely a typing slip. */
    public static final double MIN_CELSIUS = 34.0;
    public static final double MAX_CELSIUS = 43.0;
    /** Fever threshold used by NICE CG151 for people on chemotherapy. */
    public static final double FEVER_CELSIUS = 38.0;

    public double celsius() {
        return unit == Unit.CELSIUS ? value : Math.round((value - 32) * 5 / 9 * 100) / 100.0;
    }

    public boolean plausible() {
        double c = celsius();
        return c >= MIN_CELSIUS && c <= MAX_CELSIUS;
    }

    public boolean isFever() { return celsius() >= FEVER_CELSIUS; }
}
