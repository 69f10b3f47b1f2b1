package org.carejournal.report.summary.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded (as subsets) in one document, so every character prints on any
 * printer: names with accents, °, µ, ≥. A character the font lacks is printed as "?" rather than failing.
 */
final class PdfFonts {
    private static final String FOLDER = "/org/carejournal/report/fonts/";

    final PDFont regular;
    final PDFont bold;
    private final Map<Integer, Boolean> known = new HashMap<>();

    PdfFonts(PDDocument doc) {
        this.regular = load(doc, "DejaVuSans.ttf");
        this.bold = load(doc, "DejaVuSans-Bold.ttf");
    }

    private static PDFont load(PDDocument doc, String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new IllegalStateException("The font " + file + " is missing from the app");
            return PDType0Font.load(doc, in, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code text} with tabs and line breaks as spaces and characters the fonts lack as "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp)) out.append(' ');
            else if (Character.isISOControl(cp)) return;
            else out.appendCodePoint(known.computeIfAbsent(cp, this::printable) ? cp : '?');
        });
        return out.toString();
    }

    private boolean printable(int codePoint) {
        String s = new String(Character.toChars(codePoint));
        try {
            regular.encode(s);
            bold.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Width in points of {@code text} (already printable) in {@code font} at {@code size}. */
    static float width(PDFont font, String text, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
