package org.carejournal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;
import org.carejournal.domain.LabValue;
import org.carejournal.store.Database;
import org.carejournal.store.LabResultRepository;
import org.carejournal.store.PersonRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabCsvImportTest {

    /** "Today" for every test: dates after it are in the future. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);

    @TempDir Path dir;
    private Database db;
    private LabResultRepository labs;
    private LabCsvImport importer;
    private long walter;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("journal.db"));
        labs = new LabResultRepository(db, CLOCK);
        importer = new LabCsvImport(labs, CLOCK);
        walter = new PersonRepository(db, CLOCK).create("Walter").id();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ImportPreview preview(String csv) throws IOException {
        return preview(csv, null);
    }

    private ImportPreview preview(String csv, DateOrder order) throws IOException {
        return importer.preview(walter, new StringReader(csv), order);
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    // ---- good files -------------------------------------------------------------------------

    @Test
    void aLongIsoFileIsImportedWithEveryFieldKept() throws IOException {
        ImportPreview p = preview("""
                Date,Test,Value,Unit,Lab,Note
                2024-03-05,PSA,4.2,ng/mL,City Lab,before treatment
                2024-06-05,Testosterone,"0,35",nmol/L,,
                2024-09-05,PSA,<0.1,,City Lab,
                """);

        assertThat(p.canImport()).isTrue();
        assertThat(p.needsDateOrder()).isFalse();
        assertThat(p.rows()).extracting(PreviewRow::rowNumber).containsExactly(2, 3, 4);
        assertThat(p.rows()).extracting(PreviewRow::status).containsOnly(RowStatus.OK);
        assertThat(p.rows()).extracting(PreviewRow::reason).containsOnly("");
        assertThat(p.rows().get(0).rawLine()).isEqualTo("2024-03-05,PSA,4.2,ng/mL,City Lab,before treatment");
        assertThat(p.rows().get(1).rawLine()).isEqualTo("2024-06-05,Testosterone,\"0,35\",nmol/L,,");

        assertThat(importer.commit(walter, p)).isEqualTo(new ImportSummary(3, 0, 0));
        List<LabResult> saved = labs.all(walter);
        assertThat(saved).hasSize(3);
        assertThat(saved.get(0)).isEqualTo(new LabResult(saved.get(0).id(), LabTest.PSA, date(2024, 3, 5),
                LabValue.exact(4.2), "4.2", "ng/mL", "City Lab", "before treatment", false));
        assertThat(saved.get(1).value()).isEqualTo(LabValue.exact(0.35 * 28.84));
        assertThat(saved.get(1).enteredText()).isEqualTo("0,35");
        assertThat(saved.get(1).enteredUnit()).isEqualTo("nmol/L");
        assertThat(saved.get(2).value()).isEqualTo(LabValue.below(0.1));   // censored stays censored
        assertThat(saved.get(2).enteredText()).isEqualTo("<0.1");
    }

    @Test
    void aSemicolonFileWithDecimalCommasAndLooseHeaders() throws IOException {
        ImportPreview p = preview("""
                Collection date;Analyte;Result;Units
                2024-03-05;Total PSA;4,2;µg/L
                2024-04-05;Haemoglobin;128;g/L
                2024-05-05;PSA;< 0,05;ng/mL
                """);

        assertThat(p.canImport()).isTrue();
        assertThat(p.rows()).extracting(r -> r.result().test()).containsExactly(LabTest.PSA, LabTest.HEMOGLOBIN, LabTest.PSA);
        assertThat(p.rows()).extracting(r -> r.result().value())
                .containsExactly(LabValue.exact(4.2), LabValue.exact(12.8), LabValue.below(0.05));
        importer.commit(walter, p);
        assertThat(labs.forTest(walter, LabTest.PSA)).last().satisfies(r -> {
            assertThat(r.value().censored()).isTrue();
            assertThat(r.enteredText()).isEqualTo("< 0,05");
        });
    }

    @Test
    void aWideFileNamedAfterTheTestTakesTheUnitFromTheHeader() throws IOException {
        ImportPreview p = preview("""
                Date;PSA (ng/mL)
                05/03/2024;4,2
                25/03/2024;<0,1
                """);

        // 25/03 can only be day/month, which settles 05/03 too.
        assertThat(p.needsDateOrder()).isFalse();
        assertThat(p.dateOrderUsed()).isEqualTo(DateOrder.DMY);
        assertThat(p.rows()).extracting(r -> r.result().date()).containsExactly(date(2024, 3, 5), date(2024, 3, 25));
        assertThat(p.rows()).extracting(r -> r.result().test()).containsOnly(LabTest.PSA);
        assertThat(p.rows()).extracting(r -> r.result().value()).containsExactly(LabValue.exact(4.2), LabValue.below(0.1));
        assertThat(p.rows()).extracting(r -> r.result().enteredUnit()).containsOnly("ng/mL");

        Path file = dir.resolve("testosterone.csv");
        Files.writeString(file, "Date,Testosterone (nmol/L)\n2024-03-05,0.5\n");
        ImportPreview t = importer.preview(walter, file, null);
        assertThat(t.rows()).singleElement().satisfies(r -> {
            assertThat(r.result().test()).isEqualTo(LabTest.TESTOSTERONE);
            assertThat(r.result().value().value()).isEqualTo(0.5 * 28.84);
        });
    }

    @Test
    void aWideFileWithSeveralTestsGivesOneReadingPerFilledCell() throws IOException {
        ImportPreview p = preview("""
                Date,PSA (ng/mL),Testosterone (ng/dL),Note
                2024-03-05,4.2,,first
                2024-04-05,5.1,20,
                2024-05-05,,,
                """);
        assertThat(p.rows()).extracting(PreviewRow::rowNumber, PreviewRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, RowStatus.OK),
                org.assertj.core.groups.Tuple.tuple(3, RowStatus.OK),
                org.assertj.core.groups.Tuple.tuple(3, RowStatus.OK),
                org.assertj.core.groups.Tuple.tuple(4, RowStatus.ERROR));
        assertThat(p.rows().get(0).result().note()).isEqualTo("first");
        assertThat(p.rows().get(2).result().test()).isEqualTo(LabTest.TESTOSTERONE);
        assertThat(p.rows().get(3).reason()).contains("no lab value");
    }

    @Test
    void aValueWithItsUnitInTheSameCellIsSplit() throws IOException {
        ImportPreview p = preview("Date,Test,Result\n2024-03-05,Testosterone,12 nmol/L\n2024-03-05,PSA,<0.1 ng/mL\n");
        assertThat(p.canImport()).isTrue();
        assertThat(p.rows().get(0).result().value().value()).isEqualTo(12 * 28.84);
        assertThat(p.rows().get(0).result().enteredUnit()).isEqualTo("nmol/L");
        assertThat(p.rows().get(1).result().value()).isEqualTo(LabValue.below(0.1));
    }

    @Test
    void aFileWithAByteOrderMarkOrSavedAsWindows1252IsRead() throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\uFEFFDate,Test,Value,Unit\r\n2024-03-05,PSA,4.2,µg/L\r\n").getBytes(StandardCharsets.UTF_8));
        ImportPreview p = importer.preview(walter, bom, null);
        assertThat(p.canImport()).isTrue();
        assertThat(p.rows()).singleElement().satisfies(r -> assertThat(r.result().enteredUnit()).isEqualTo("µg/L"));

        Path excel = dir.resolve("excel.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Date;Test;Value;Unit\r\n2024-03-05;PSA;4,2;µg/L\r\n".getBytes(Charset.forName("windows-1252")));
        Files.write(excel, bytes.toByteArray());
        ImportPreview q = importer.preview(walter, excel, null);
        assertThat(q.canImport()).isTrue();
        assertThat(q.rows().get(0).result().value()).isEqualTo(LabValue.exact(4.2));
    }

    @Test
    void blankLinesAreSkippedButRowNumbersMatchTheSpreadsheet() throws IOException {
        ImportPreview p = preview("date,test,value\n\n2024-03-05,PSA,4.2\n,,\n2024-04-05,PSA,4.4\n");
        assertThat(p.rows()).extracting(PreviewRow::rowNumber).containsExactly(3, 5);
        assertThat(p.rows().get(1).rawLine()).isEqualTo("2024-04-05,PSA,4.4");
    }

    // ---- duplicates -------------------------------------------------------------------------

    @Test
    void readingsAlreadyInTheJournalOrEarlierInTheFileAreSkippedAndCounted() throws IOException {
        labs.add(walter, LabResult.of(LabTest.PSA, date(2024, 3, 5), LabValue.exact(4.2)));

        ImportPreview p = preview("""
                date,test,value,unit
                2024-03-05,PSA,4.2,µg/L
                2024-04-05,PSA,5.0,
                2024-04-05,PSA,5.0,ng/mL
                2024-04-05,PSA,5.1,
                """);

        assertThat(p.rows()).extracting(PreviewRow::status)
                .containsExactly(RowStatus.DUPLICATE, RowStatus.OK, RowStatus.DUPLICATE, RowStatus.OK);
        assertThat(p.rows().get(0).reason()).isEqualTo("Already in the journal.");
        assertThat(p.rows().get(2).reason()).isEqualTo("Same reading as row 3.");
        assertThat(p.rows().get(2).result().sameReadingAs(p.rows().get(1).result())).isTrue();
        assertThat(p.okCount()).isEqualTo(2);
        assertThat(p.duplicateCount()).isEqualTo(2);
        assertThat(p.canImport()).isTrue();

        assertThat(importer.commit(walter, p)).isEqualTo(new ImportSummary(2, 2, 0));
        assertThat(labs.count(walter)).isEqualTo(3);

        // Importing the same file again adds nothing.
        ImportPreview again = preview("date,test,value\n2024-04-05,PSA,5.0\n2024-04-05,PSA,5.1\n");
        assertThat(importer.commit(walter, again)).isEqualTo(new ImportSummary(0, 2, 0));
        assertThat(labs.count(walter)).isEqualTo(3);
    }

    // ---- wrong rows -------------------------------------------------------------------------

    @Test
    void wrongRowsAreReportedWithRowNumberAndReasonAndNothingIsImported() throws IOException {
        ImportPreview p = preview("""
                Date,Test,Value
                2024-03-05,PSA,4.2
                2024-02-30,PSA,4.3
                2024-03-07,PSA,abc
                2024-03-08,PSA,-3
                2026-01-01,PSA,4.4
                2024-03-09,Vitamin Q,12
                2024-03-10,PSA,20000
                yesterday,PSA,4.5
                2024-03-11,,4.6
                """);

        assertThat(p.canImport()).isFalse();
        assertThat(p.okCount()).isEqualTo(1);
        assertThat(p.errorCount()).isEqualTo(8);
        assertThat(p.rows()).filteredOn(r -> r.status() == RowStatus.ERROR).extracting(PreviewRow::result).containsOnlyNulls();
        assertThat(p.rows()).extracting(PreviewRow::rowNumber).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(p.rows().get(1).reason()).isEqualTo("\"2024-02-30\" is not a real date.");
        assertThat(p.rows().get(2).reason()).contains("Type a number");
        assertThat(p.rows().get(3).reason()).contains("cannot be negative");
        assertThat(p.rows().get(4).reason()).contains("in the future");
        assertThat(p.rows().get(5).reason()).startsWith("Unknown test \"Vitamin Q\"");
        assertThat(p.rows().get(6).reason()).contains("far higher than any real PSA");
        assertThat(p.rows().get(7).reason()).contains("Cannot read the date \"yesterday\"");
        assertThat(p.rows().get(8).reason()).isEqualTo("The test name is missing.");
        assertThat(p.rows().get(3).rawLine()).isEqualTo("2024-03-08,PSA,-3");

        assertThatThrownBy(() -> importer.commit(walter, p)).isInstanceOf(IllegalStateException.class);
        assertThat(labs.count(walter)).isZero();
    }

    @Test
    void aHeaderThatNamesNoUsableColumnsIsOneWrongRow() throws IOException {
        ImportPreview p = preview("when it was,how much\n2024-03-05,4.2\n");
        assertThat(p.rows()).singleElement().satisfies(r -> {
            assertThat(r.rowNumber()).isEqualTo(1);
            assertThat(r.status()).isEqualTo(RowStatus.ERROR);
            assertThat(r.reason()).contains("should name the columns");
        });
        assertThat(preview("2024-03-05,PSA,4.2\n").rows().get(0).reason()).contains("holds data");
        assertThat(preview("").rows()).isEmpty();
        assertThat(preview("").canImport()).isFalse();
        assertThat(preview("date,test,value\n").canImport()).isFalse();
    }

    @Test
    void anUnclosedQuoteStopsTheFileWithAWrongRow() throws IOException {
        ImportPreview p = preview("date,test,value\n2024-03-05,PSA,4.2\n2024-04-05,PSA,\"5.0\n2024-05-05,PSA,5.2\n");
        assertThat(p.canImport()).isFalse();
        assertThat(p.rows().get(0).status()).isEqualTo(RowStatus.OK);
        assertThat(p.rows()).last().satisfies(r -> {
            assertThat(r.status()).isEqualTo(RowStatus.ERROR);
            assertThat(r.rowNumber()).isEqualTo(3);
            assertThat(r.reason()).contains("quotation mark");
            assertThat(r.rawLine()).isEqualTo("2024-04-05,PSA,\"5.0");
        });
    }

    // ---- date order -------------------------------------------------------------------------

    @Test
    void ambiguousDatesNeedTheOrderAndEachOrderGivesDifferentDates() throws IOException {
        String csv = "date,test,value\n05/03/2024,PSA,4.2\n07/04/2024,PSA,5.0\n06/06/2024,PSA,5.5\n";

        ImportPreview unknown = preview(csv);
        assertThat(unknown.needsDateOrder()).isTrue();
        assertThat(unknown.dateOrderUsed()).isNull();
        assertThat(unknown.canImport()).isFalse();
        assertThat(unknown.rows().get(0).reason()).contains("choose the date order");
        assertThatThrownBy(() -> importer.commit(walter, unknown))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("date order");

        ImportPreview dmy = preview(csv, DateOrder.DMY);
        assertThat(dmy.canImport()).isTrue();
        assertThat(dmy.dateOrderUsed()).isEqualTo(DateOrder.DMY);
        assertThat(dmy.rows()).extracting(r -> r.result().date())
                .containsExactly(date(2024, 3, 5), date(2024, 4, 7), date(2024, 6, 6));

        ImportPreview mdy = preview(csv, DateOrder.MDY);
        assertThat(mdy.canImport()).isTrue();
        assertThat(mdy.rows()).extracting(r -> r.result().date())
                .containsExactly(date(2024, 5, 3), date(2024, 7, 4), date(2024, 6, 6));

        importer.commit(walter, mdy);
        assertThat(labs.all(walter)).extracting(LabResult::date).containsExactly(date(2024, 5, 3), date(2024, 6, 6), date(2024, 7, 4));
    }

    @Test
    void oneUnambiguousDateSettlesTheOrderForTheWholeFile() throws IOException {
        ImportPreview mdy = preview("date,test,value\n05/03/2024,PSA,4.2\n04/13/2024,PSA,5.0\n");
        assertThat(mdy.needsDateOrder()).isFalse();
        assertThat(mdy.dateOrderUsed()).isEqualTo(DateOrder.MDY);
        assertThat(mdy.rows().get(0).result().date()).isEqualTo(date(2024, 5, 3));

        ImportPreview dotted = preview("date;test;value\n05.03.2024;PSA;4,2\n13.04.2024;PSA;5\n");
        assertThat(dotted.dateOrderUsed()).isEqualTo(DateOrder.DMY);
        assertThat(dotted.rows().get(0).result().date()).isEqualTo(date(2024, 3, 5));

        ImportPreview sameBothWays = preview("date,test,value\n05/05/2024,PSA,4.2\n2024-06-01,PSA,4\n");
        assertThat(sameBothWays.needsDateOrder()).isFalse();
        assertThat(sameBothWays.canImport()).isTrue();
    }

    @Test
    void aDateThatContradictsTheChosenOrderIsWrong() throws IOException {
        ImportPreview p = preview("date,test,value\n05/03/2024,PSA,4.2\n25/03/2024,PSA,5.0\n", DateOrder.MDY);
        assertThat(p.rows().get(1).status()).isEqualTo(RowStatus.ERROR);
        assertThat(p.rows().get(1).reason()).isEqualTo("\"25/03/2024\" is not a real date in month/day/year order.");
        assertThat(preview("date,test,value\n05/03/24,PSA,4.2\n").rows().get(0).reason()).contains("2-digit year");
    }

    // ---- size -------------------------------------------------------------------------------

    @Test
    void tenThousandRowsArePreviewedAndImportedInOneGo() throws IOException {
        StringBuilder csv = new StringBuilder("Date;Test;Result;Unit\n");
        LocalDate start = date(1998, 1, 1);
        for (int i = 0; i < 10_000; i++) {
            csv.append(start.plusDays(i)).append(i % 2 == 0 ? ";PSA;" : ";Hemoglobin;")
                    .append(1 + i % 9).append(',').append(i % 10).append(i % 2 == 0 ? ";ng/mL\n" : ";g/dL\n");
        }
        ImportPreview p = preview(csv.toString());
        assertThat(p.okCount()).isEqualTo(10_000);
        assertThat(importer.commit(walter, p)).isEqualTo(new ImportSummary(10_000, 0, 0));
        assertThat(labs.count(walter)).isEqualTo(10_000);
    }

    @Test
    void theSeparatorIsTakenFromTheHeader() {
        assertThat(CsvFile.separator("Date;PSA (ng/mL)")).isEqualTo(';');
        assertThat(CsvFile.separator("date,test,value")).isEqualTo(',');
        assertThat(CsvFile.separator("\"Date, collected\";Test;Value")).isEqualTo(';');
        assertThat(CsvFile.separator("Date\tTest\tValue")).isEqualTo('\t');
        assertThat(CsvFile.separator("Date")).isEqualTo(',');
    }
}
