package org.carejournal.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.carejournal.domain.LabTest;
import org.junit.jupiter.api.Test;

class CsvColumnsTest {

    private static CsvColumns read(String... header) {
        return CsvColumns.read(List.of(header));
    }

    @Test
    void longHeadersAreMatchedLoosely() {
        CsvColumns c = read("Collection Date", "Test name", "Result value", "Result unit", "Lab name", "Comments", "Reference range");
        assertThat(new int[] {c.date, c.test, c.value, c.unit, c.lab, c.note}).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(c.isLong()).isTrue();
        assertThat(c.problem()).isNull();

        CsvColumns d = read("DATE", "ANALYTE", "VALUE", "UNITS", "LABORATORY", "NOTE");
        assertThat(new int[] {d.date, d.test, d.value, d.unit, d.lab, d.note}).containsExactly(0, 1, 2, 3, 4, 5);

        CsvColumns e = read("Date drawn", "Lab test", "Result (ng/mL)");
        assertThat(new int[] {e.date, e.test, e.value, e.lab}).containsExactly(0, 1, 2, -1);
        assertThat(e.valueHeaderUnit).isEqualTo("ng/mL");
    }

    @Test
    void columnsNamedAfterATestMakeAWideFile() {
        CsvColumns c = read("Date", "PSA (ng/mL)", "Testosterone [nmol/L]", "Hgb", "Notes");
        assertThat(c.isLong()).isFalse();
        assertThat(c.problem()).isNull();
        assertThat(c.testColumns).containsExactly(
                new CsvColumns.TestColumn(1, LabTest.PSA, "ng/mL"),
                new CsvColumns.TestColumn(2, LabTest.TESTOSTERONE, "nmol/L"),
                new CsvColumns.TestColumn(3, LabTest.HEMOGLOBIN, null));
        assertThat(c.note).isEqualTo(4);

        CsvColumns v = read("Date", "PSA value");
        assertThat(v.testColumns).containsExactly(new CsvColumns.TestColumn(1, LabTest.PSA, null));
    }

    @Test
    void unusableHeadersSayWhatIsNeeded() {
        assertThat(read("Date", "Test").problem()).contains("should name the columns").contains("\"Date\", \"Test\"");
        assertThat(read("Test", "Value").problem()).contains("a date column");
        assertThat(read("2024-03-05", "PSA", "4.2").problem()).contains("holds data");
    }
}
