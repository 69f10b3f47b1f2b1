package org.carejournal.report.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers the export writes do not. */
class CsvCellsTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2                          | '=1+2",
            "=HYPERLINK(\"http://x\";\"y\")| '=HYPERLINK(\"http://x\";\"y\")",
            "+44 20 7946 0000              | '+44 20 7946 0000",
            "-2 after chemo                | '-2 after chemo",
            "@SUM(A1:A3)                   | '@SUM(A1:A3)",
            "plain note                    | plain note",
            "<0.1                          | <0.1",
            "a=b                           | a=b",
            "'already quoted               | 'already quoted",
            "2026-03-01                    | 2026-03-01"})
    void textStartingLikeAFormulaIsNeutralised(String text, String cell) {
        assertThat(CsvCells.text(text.strip())).isEqualTo(cell.strip());
    }

    @org.junit.jupiter.api.Test
    void tabAndCarriageReturnAtTheStartAreNeutralisedToo() {
        assertThat(CsvCells.text("\t=1")).isEqualTo("'\t=1");
        assertThat(CsvCells.text("\r=1")).isEqualTo("'\r=1");
        assertThat(CsvCells.text("")).isEmpty();
        assertThat(CsvCells.text(null)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void numbersStayNumbersEvenWhenNegative() {
        assertThat(CsvCells.cell(-0.35)).isEqualTo("-0.35");
        assertThat(CsvCells.cell(-3L)).isEqualTo("-3");
        assertThat(CsvCells.cell(4.2)).isEqualTo("4.2");
        assertThat(CsvCells.cell(1200.0)).isEqualTo("1200");
        assertThat(CsvCells.cell(0.0001)).isEqualTo("0.0001");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("-3")).as("the same characters typed as text are neutralised").isEqualTo("'-3");
    }
}
