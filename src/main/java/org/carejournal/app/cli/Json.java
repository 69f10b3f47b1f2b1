package org.carejournal.app.cli;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * A very small JSON writer for the command line's output, so scripts can read it without the app
 * needing a JSON library. Values are maps (objects, in their iteration order), lists, strings,
 * numbers, booleans, dates (as ISO strings) and null.
 */
final class Json {
    /** Enough digits for any figure the journal shows, few enough to hide floating-point noise (59.99999999999999). */
    private static final MathContext DIGITS = new MathContext(12);

    private Json() {}

    /** {@code value} as indented JSON text, without a trailing newline. */
    static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        write(sb, value, "");
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object value, String indent) {
        if (value == null) {
            sb.append("null");
        } else if (value instanceof String s) {
            string(sb, s);
        } else if (value instanceof LocalDate d) {
            string(sb, d.toString());
        } else if (value instanceof Enum<?> e) {
            string(sb, e.name().toLowerCase(java.util.Locale.ROOT));
        } else if (value instanceof Boolean b) {
            sb.append(b);
        } else if (value instanceof Double || value instanceof Float) {
            sb.append(number(((Number) value).doubleValue()));
        } else if (value instanceof Number n) {
            sb.append(n.longValue());
        } else if (value instanceof Map<?, ?> map) {
            object(sb, map, indent);
        } else if (value instanceof List<?> list) {
            array(sb, list, indent);
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON");
        }
    }

    private static void object(StringBuilder sb, Map<?, ?> map, String indent) {
        if (map.isEmpty()) {
            sb.append("{}");
            return;
        }
        String inner = indent + "  ";
        sb.append("{\n");
        for (Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<?, ?> e = it.next();
            sb.append(inner);
            string(sb, String.valueOf(e.getKey()));
            sb.append(": ");
            write(sb, e.getValue(), inner);
            sb.append(it.hasNext() ? ",\n" : "\n");
        }
        sb.append(indent).append('}');
    }

    private static void array(StringBuilder sb, List<?> list, String indent) {
        if (list.isEmpty()) {
            sb.append("[]");
            return;
        }
        String inner = indent + "  ";
        sb.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            sb.append(inner);
            write(sb, list.get(i), inner);
            sb.append(i < list.size() - 1 ? ",\n" : "\n");
        }
        sb.append(indent).append(']');
    }

    /** A plain JSON number; NaN and infinities, which JSON cannot hold, become null. */
    static String number(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return "null";
        if (d == 0) return "0.0";
        String plain = new BigDecimal(d).round(DIGITS).stripTrailingZeros().toPlainString();
        return plain.contains(".") ? plain : plain + ".0";
    }

    static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    // Control characters must be escaped; U+2028/2029 too, so the output is also valid JavaScript.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
