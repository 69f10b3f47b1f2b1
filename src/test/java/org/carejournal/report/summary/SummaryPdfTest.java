package org.carejournal.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample journal's summary as a PDF: what a doctor reads in it, and that it prints everywhere. */
class SummaryPdfTest {
    @TempDir
    Path dir;

    private SummaryFixture f;

    @BeforeEach
    void sample() {
        f = SummaryFixture.sample(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSixMonthOncologistSummaryHoldsTheValuesSectionsAndPageNumbers() throws IOException {
        Path out = dir.resolve("summary.pdf");
        f.service.write(f.months(6, Audience.ONCOLOGIST, false, Paper.A4), out, p -> {}, () -> false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Appointment summary", "Robert (sample)", "25 May 2026 – 25 Nov 2026",
                    "Made with Care Journal from the patient's own records",
                    "PSA (ng/mL)", "0.12", "0.17", "0.26", "PSA trend figures", "Doubling time",
                    "Other lab results", "Testosterone", "Pain and symptoms", "Medicines", "Abiraterone (Zytiga)",
                    "Every day at 07:00", "Bone drugs and the jaw", "Denosumab", "Coming up",
                    "Questions for this appointment", SummaryFixture.QUESTION, "Notes");
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) assertThat(text).contains("Page " + i + " of " + pages);
            assertThat(fonts(doc)).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
            assertThat(images(doc)).as("charts are vector graphics, not pictures").isZero();
            assertThat(forms(doc)).as("the PSA and pain charts").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void pagesAreA4OrLetterAsAsked() throws IOException {
        try (PDDocument a4 = f.service.render(f.months(6, Audience.ONCOLOGIST, false, Paper.A4));
             PDDocument letter = f.service.render(f.months(6, Audience.ONCOLOGIST, false, Paper.LETTER))) {
            for (PDPage p : a4.getPages()) {
                assertThat(p.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
                assertThat(p.getMediaBox().getHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.5f));
            }
            for (PDPage p : letter.getPages()) {
                assertThat(p.getMediaBox().getWidth()).isEqualTo(612f);
                assertThat(p.getMediaBox().getHeight()).isEqualTo(792f);
            }
        }
    }

    @Test
    void largePrintTakesMorePages() throws IOException {
        try (PDDocument normal = f.service.render(f.months(6, Audience.ONCOLOGIST, false, Paper.A4));
             PDDocument large = f.service.render(f.months(6, Audience.ONCOLOGIST, true, Paper.A4))) {
            assertThat(large.getNumberOfPages()).isGreaterThan(normal.getNumberOfPages());
            assertThat(new PDFTextStripper().getText(large)).contains("0.26", SummaryFixture.QUESTION);
        }
    }

    @Test
    void theDentistGetsBoneDrugsMedicinesAndQuestionsButNoPsa() throws IOException {
        try (PDDocument doc = f.service.render(f.months(6, Audience.DENTIST, false, Paper.A4))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Bone drugs and the jaw", "Denosumab (Xgeva)", "Medicines", SummaryFixture.QUESTION)
                    .doesNotContain("PSA (ng/mL)", "PSA trend figures", "Pain and symptoms");
        }
    }

    @Test
    void theFamilyDoctorGetsLabsWithoutTheKineticsDetail() throws IOException {
        try (PDDocument doc = f.service.render(f.months(6, Audience.FAMILY_DOCTOR, false, Paper.LETTER))) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("PSA (ng/mL)", "Medicines", "Coming up").doesNotContain("Doubling time");
        }
    }

    @Test
    void cancellingLeavesNoFileAndKeepsAnOlderOne() throws IOException {
        Path out = dir.resolve("summary.pdf");
        AtomicInteger asked = new AtomicInteger();
        assertThatThrownBy(() -> f.service.write(f.months(6, Audience.ONCOLOGIST, false, Paper.A4), out, p -> {},
                () -> asked.incrementAndGet() > 3)).isInstanceOf(CancellationException.class);
        assertThat(out).doesNotExist();
        assertThat(leftovers()).isEmpty();

        Files.writeString(out, "an older summary");
        assertThatThrownBy(() -> f.service.write(f.months(6, Audience.ONCOLOGIST, false, Paper.A4), out, p -> {},
                () -> true)).isInstanceOf(CancellationException.class);
        assertThat(out).hasContent("an older summary");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void progressRunsFromZeroToOne() throws IOException {
        List<Double> seen = new ArrayList<>();
        f.service.write(f.months(3, Audience.ONCOLOGIST, false, Paper.A4), dir.resolve("s.pdf"), seen::add, () -> false);
        assertThat(seen).first().isEqualTo(0.0);
        assertThat(seen).last().isEqualTo(1.0);
        assertThat(seen).isSorted();
    }

    @Test
    void aMissingPersonOrAPeriodEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> f.service.render(SummaryRequest.of(999, SummaryFixture.TODAY.minusMonths(1),
                SummaryFixture.TODAY, Audience.ONCOLOGIST, false, Paper.A4)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no person");
        assertThatThrownBy(() -> SummaryRequest.of(f.personId, SummaryFixture.TODAY, SummaryFixture.TODAY.minusDays(1),
                Audience.ONCOLOGIST, false, Paper.A4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void aNameWithAccentsAndDegreeMicroAndAtLeastSignsPrint(@TempDir Path other) throws IOException {
        try (SummaryFixture e = SummaryFixture.empty(other, "Renée Ångström-Müller")) {
            LocalDate day = SummaryFixture.TODAY.minusDays(10);
            e.session.labs().add(e.personId, new LabResult(0, LabTest.PSA, day, LabValue.exact(4.2), "4.2", "ng/mL",
                    "Klinikum Zürich", "after 38.5 °C fever; 5 µg/L marker ≥ normal", false));
            e.session.questions().add(e.personId, "Is ≥ 2 µg a day too much? And 39 °C?", null, day);
            Path out = other.resolve("accents.pdf");
            e.service.write(e.months(3, Audience.ONCOLOGIST, false, Paper.A4), out, p -> {}, () -> false);
            // Read back from the file: fonts are subset and embedded as the document is saved.
            try (PDDocument doc = Loader.loadPDF(out.toFile())) {
                String text = new PDFTextStripper().getText(doc);
                assertThat(text).contains("Renée Ångström-Müller", "Klinikum Zürich", "38.5 °C", "5 µg/L", "≥ normal",
                        "Is ≥ 2 µg a day too much? And 39 °C?", "Response (fall ≥ 50 %)");
                assertThat(fonts(doc)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
            }
        }
    }

    @Test
    void aJournalWithNothingInThePeriodStillGivesAHeaderPage(@TempDir Path other) throws IOException {
        try (SummaryFixture e = SummaryFixture.empty(other, "Sam Empty");
             PDDocument doc = e.service.render(e.months(3, Audience.ONCOLOGIST, false, Paper.LETTER))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(doc)).contains("Sam Empty", "nothing for the chosen sections", "Page 1 of 1");
        }
    }

    private List<Path> leftovers() throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) collectFonts(page.getResources(), out);
        return out;
    }

    private static void collectFonts(PDResources res, List<PDFont> out) throws IOException {
        if (res == null) return;
        for (COSName name : res.getFontNames()) out.add(res.getFont(name));
        for (COSName name : res.getXObjectNames()) {
            if (res.getXObject(name) instanceof PDFormXObject form) collectFonts(form.getResources(), out);
        }
    }

    private static int images(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) n += count(page.getResources(), PDImageXObject.class);
        return n;
    }

    private static int forms(PDDocument doc) throws IOException {
        int n = 0;
        for (PDPage page : doc.getPages()) n += count(page.getResources(), PDFormXObject.class);
        return n;
    }

    private static int count(PDResources res, Class<? extends PDXObject> kind) throws IOException {
        if (res == null) return 0;
        int n = 0;
        for (COSName name : res.getXObjectNames()) {
            PDXObject x = res.getXObject(name);
            if (kind.isInstance(x)) n++;
            if (x instanceof PDFormXObject form) n += count(form.getResources(), kind);
        }
        return n;
    }
}
