package org.carejournal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LabEntryCheckTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "{0} {1} {2} -> {3} censored={4}")
    @CsvSource(delimiter = '|', textBlock = """
            PSA          | 4.2    |        | 4.2     | false
            PSA          | 4,2    |        | 4.2     | false
            PSA          | <0.1   |        | 0.1     | true
            PSA          | < 0.01 |        | 0.01    | true
            PSA          | 3      | ug/L   | 3       | false
            TESTOSTERONE | 1      | nmol/L | 28.84   | false
            HEMOGLOBIN   | 125    | g/L    | 12.5    | false
            CREATININE   | 88.4   | µmol/L | 1       | false
            CALCIUM      | 2.5    | mmol/L | 10.02   | false
            ALKALINE_PHOSPHATASE | 1 | µkat/L | 60   | false
            """)
    void acceptsAndConverts(LabTest test, String value, String unit, double canonical, boolean censored) {
        LabEntryCheck.Outcome o = LabEntryCheck.check(TODAY, test, value, unit, "", "", TODAY);
        assertThat(o.errors()).isEmpty();
        LabResult r = o.result().orElseThrow();
        assertThat(r.value().value()).isCloseTo(canonical, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.value().censored()).isEqualTo(censored);
        assertThat(r.enteredText()).isEqualTo(value.strip());
    }

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            PSA | ''     | VALUE | Enter the value
            PSA | abc    | VALUE | Type a number
            PSA | -3     | VALUE | negative
            PSA | 0      | VALUE | 0 is not possible
            PSA | <0     | VALUE | detection limit of 0
            PSA | 20000  | VALUE | far higher
            PSA | 4..2   | VALUE | Type a number
            TESTOSTERONE | 1,250 | VALUE | Is this 1.250 or 1250?
            """)
    void refusesBadValues(LabTest test, String value, LabEntryField field, String message) {
        LabEntryCheck.Outcome o = LabEntryCheck.check(TODAY, test, value, null, "", "", TODAY);
        assertThat(o.ok()).isFalse();
        assertThat(o.errors()).containsOnlyKeys(field);
        assertThat(o.errors().get(field)).contains(message);
    }

    @org.junit.jupiter.api.Test
    void refusesFutureAndMissingDatesAndUnknownUnits() {
        assertThat(LabEntryCheck.check(TODAY.plusDays(1), LabTest.PSA, "4", null, "", "", TODAY).errors())
                .containsOnlyKeys(LabEntryField.DATE);
        assertThat(LabEntryCheck.check(null, LabTest.PSA, "4", null, "", "", TODAY).errors())
                .containsOnlyKeys(LabEntryField.DATE);
        assertThat(LabEntryCheck.check(TODAY, LabTest.PSA, "4", "mg/dL", "", "", TODAY).errors())
                .containsOnlyKeys(LabEntryField.UNIT);
        assertThat(LabEntryCheck.check(TODAY, null, "4", null, "", "", TODAY).errors())
                .containsOnlyKeys(LabEntryField.TEST);
    }
}
