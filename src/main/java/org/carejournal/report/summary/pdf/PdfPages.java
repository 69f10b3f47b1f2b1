package org.carejournal.report.summary.pdf;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.carejournal.report.summary.Paper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The page flow of the summary: a cursor going down the page, wrapped text, rules, charts drawn as
 * vector graphics, and a new page when the next piece would not fit. Page numbers are added at the end,
 * once the number of pages is known.
 */
final class PdfPages {
    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xbb, 0xbb, 0xbb);
    static final Color SHADE = new Color(0xf0, 0xf0, 0xf0);
    /** Three quarters of an inch: inside every printer's unprintable edge on A4 and Letter. */
    static final float MARGIN = 54;

    final PDDocument doc;
    final PdfFonts fonts;
    final TypeScale type;
    private final Paper paper;
    private PDPageContentStream out;
    private float y;

    PdfPages(PDDocument doc, Paper paper, TypeScale type) {
        this.doc = doc;
        this.paper = paper;
        this.type = type;
        this.fonts = new PdfFonts(doc);
    }

    float left() { return MARGIN; }

    float width() { return paper.width() - 2 * MARGIN; }

    float y() { return y; }

    /** The height a page holds between the top margin and the footer. */
    float contentHeight() {
        return paper.height() - MARGIN - bottom();
    }

    /** Room left above the footer. */
    float room() {
        return out == null ? 0 : y - bottom();
    }

    private float bottom() {
        return MARGIN + type.small() * 2.5f;   // the footer line and a gap
    }

    void newPage() {
        closeStream();
        PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
        doc.addPage(page);
        try {
            out = new PDPageContentStream(doc, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = paper.height() - MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void need(float height) {
        if (out == null || room() < height) newPage();
    }

    void gap(float points) {
        y -= points;
    }

    /** Wrapped text, each line moving the cursor down; a line that does not fit goes to a new page. */
    void text(String text, PDFont font, float size, Color colour, float indent) {
        for (String line : wrap(fonts.printable(text), font, size, width() - indent)) {
            need(size * TypeScale.LEADING);
            y -= size * TypeScale.LEADING;
            line(line, font, size, colour, left() + indent, y + size * 0.3f);
        }
    }

    /** One line of text with its baseline at {@code baseline}; {@code text} must be printable already. */
    void line(String text, PDFont font, float size, Color colour, float x, float baseline) {
        try {
            out.beginText();
            out.setFont(font, size);
            out.setNonStrokingColor(colour);
            out.newLineAtOffset(x, baseline);
            out.showText(text);
            out.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(float x, float atY, float length, Color colour, float thickness) {
        try {
            out.setStrokingColor(colour);
            out.setLineWidth(thickness);
            out.moveTo(x, atY);
            out.lineTo(x + length, atY);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void shade(float x, float top, float w, float h, Color colour) {
        try {
            out.setNonStrokingColor(colour);
            out.addRect(x, top - h, w, h);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The chart across the text width, {@code height} points tall, as vector graphics (no pixels). */
    void chart(JFreeChart chart, float height) {
        need(height);
        // Room on the right for the last date label, which is centred on its tick at the very edge.
        chart.setPadding(new RectangleInsets(0, 0, 0, type.chart() * 1.8));
        try {
            PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, width(), height);
            try {
                chart.draw(g2, new Rectangle2D.Double(0, 0, width(), height));
            } finally {
                g2.dispose();
            }
            PDFormXObject form = g2.getXFormObject();
            y -= height;
            out.saveGraphicsState();
            out.transform(Matrix.getTranslateInstance(left(), y));
            out.drawForm(form);
            out.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of at most {@code maxWidth} points, broken at spaces (a word longer than a line is cut). */
    List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            if (word.isEmpty()) continue;
            String tried = current.length() == 0 ? word : current + " " + word;
            if (PdfFonts.width(font, tried, size) <= maxWidth) {
                current.setLength(0);
                current.append(tried);
                continue;
            }
            if (current.length() > 0) lines.add(current.toString());
            current.setLength(0);
            while (PdfFonts.width(font, word, size) > maxWidth && word.length() > 1) {
                int cut = word.length() - 1;
                while (cut > 1 && PdfFonts.width(font, word.substring(0, cut), size) > maxWidth) cut--;
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            current.append(word);
        }
        if (current.length() > 0 || lines.isEmpty()) lines.add(current.toString());
        return lines;
    }

    /** Closes the last page and writes "Page n of m" and {@code footer} at the foot of every page. */
    void finish(String footer) {
        closeStream();
        int count = doc.getNumberOfPages();
        String left = fonts.printable(footer);
        float size = type.small();
        for (int i = 0; i < count; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                out = foot;
                String number = "Page " + (i + 1) + " of " + count;
                float numberWidth = PdfFonts.width(fonts.regular, number, size);
                rule(left(), MARGIN + size * 1.6f, width(), RULE, 0.5f);
                String shown = fit(left, size, width() - numberWidth - size * 2);
                line(shown, fonts.regular, size, MUTED, left(), MARGIN);
                line(number, fonts.regular, size, MUTED, left() + width() - numberWidth, MARGIN);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                out = null;
            }
        }
    }

    private String fit(String text, float size, float maxWidth) {
        if (PdfFonts.width(fonts.regular, text, size) <= maxWidth) return text;
        String cut = text;
        while (cut.length() > 1 && PdfFonts.width(fonts.regular, cut + "…", size) > maxWidth) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }

    private void closeStream() {
        if (out == null) return;
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out = null;
    }
}
