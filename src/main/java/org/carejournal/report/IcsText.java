package org.carejournal.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Writes a calendar as RFC 5545 text: CRLF line endings, TEXT values escaped, long lines folded.
 *
 * <p>ical4j escapes and ends lines, and validates the calendar as it writes. Its folding counts UTF-16
 * characters, though, so a line of accented or Japanese text can pass 75 octets and a fold can fall inside
 * a surrogate pair. Folding is therefore done here instead, counting UTF-8 octets and breaking only between
 * whole characters.
 */
final class IcsText {
    static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int LINE_OCTETS = 75;

    private IcsText() {}

    /** The calendar as text, folded. Throws if ical4j finds the calendar invalid (a bug, not bad input). */
    static String write(Calendar calendar) {
        StringWriter out = new StringWriter();
        try {
            // A fold length no line reaches turns ical4j's own folding off.
            new CalendarOutputter(true, Integer.MAX_VALUE).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("The calendar export is not valid iCalendar: " + e.getMessage(), e);
        }
        return fold(out.toString());
    }

    /** Folds each CRLF-ended line of {@code text} so no physical line is longer than 75 UTF-8 octets. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length() + text.length() / 60 * 3);
        int lineStart = 0;
        while (lineStart < text.length()) {
            int end = text.indexOf(CRLF, lineStart);
            if (end < 0) end = text.length();
            foldLine(text, lineStart, end, b);
            b.append(CRLF);
            lineStart = end + CRLF.length();
        }
        return b.toString();
    }

    private static void foldLine(String text, int from, int to, StringBuilder b) {
        int octets = 0;
        int i = from;
        while (i < to) {
            int cp = text.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > LINE_OCTETS) {
                // The continuation line starts with a space, which counts towards its 75 octets.
                b.append(CRLF).append(' ');
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) return 1;
        if (codePoint < 0x800) return 2;
        if (codePoint < 0x10000) return 3;
        return 4;
    }

    /** The octets of the text as a file holds them. */
    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
