package org.carejournal.report.summary;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample summary's pages to PNG for a person to look at (not a check):
 * {@code mvn test -Dtest=SummaryLook -Dsummary.look=target/summary-look}.
 */
@EnabledIfSystemProperty(named = "summary.look", matches = ".+")
class SummaryLook {
    @TempDir
    Path dir;

    @Test
    void renderPages() throws Exception {
        Path out = Path.of(System.getProperty("summary.look"));
        Files.createDirectories(out);
        try (SummaryFixture f = SummaryFixture.sample(dir)) {
            for (boolean large : new boolean[] {false, true}) {
                try (PDDocument doc = f.service.render(f.months(6, Audience.ONCOLOGIST, large, Paper.A4))) {
                    PDFRenderer renderer = new PDFRenderer(doc);
                    for (int i = 0; i < doc.getNumberOfPages(); i++) {
                        BufferedImage image = renderer.renderImageWithDPI(i, 100);
                        ImageIO.write(image, "png", out.resolve((large ? "large-" : "normal-") + (i + 1) + ".png").toFile());
                    }
                    doc.save(out.resolve(large ? "large.pdf" : "normal.pdf").toFile());
                }
            }
        }
    }
}
