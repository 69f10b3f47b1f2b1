package org.carejournal.report.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.Appointment;
import org.junit.jupiter.api.Test;

/** The period and audience choices, and the words the command line takes for them. */
class PeriodTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    @Test
    void periodsEndTodayAndStartWhereTheChoiceSays() {
        List<Appointment> seen = List.of(
                new Appointment(1, LocalDate.of(2026, 9, 4).atTime(10, 30), "Dr Patel", "", ""),
                new Appointment(2, LocalDate.of(2026, 12, 4).atTime(10, 30), "Dr Patel", "", ""));
        assertThat(Period.SINCE_LAST_APPOINTMENT.resolve(TODAY, seen, null, null))
                .isEqualTo(new DateRange(LocalDate.of(2026, 9, 4), TODAY));
        assertThat(Period.SINCE_LAST_APPOINTMENT.resolve(TODAY, List.of(), null, null))
                .isEqualTo(new DateRange(LocalDate.of(2026, 8, 25), TODAY));
        assertThat(Period.SIX_MONTHS.resolve(TODAY, seen, null, null)).isEqualTo(new DateRange(LocalDate.of(2026, 5, 25), TODAY));
        assertThat(Period.TWELVE_MONTHS.resolve(TODAY, seen, null, null).from()).isEqualTo(LocalDate.of(2025, 11, 25));
        assertThat(Period.CUSTOM.resolve(TODAY, seen, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 1)))
                .isEqualTo(new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1)));
    }

    @Test
    void presetsPickTheirSections() {
        assertThat(Audience.ONCOLOGIST.sections()).containsExactlyInAnyOrder(Section.values());
        assertThat(Audience.FAMILY_DOCTOR.sections()).contains(Section.PSA, Section.MEDICATIONS)
                .doesNotContain(Section.PSA_KINETICS);
        assertThat(Audience.DENTIST.sections())
                .containsExactlyInAnyOrder(Section.BONE_AND_JAW, Section.MEDICATIONS, Section.QUESTIONS);
        assertThat(Audience.CUSTOM.sections()).isEmpty();
    }

    @Test
    void commandLineWordsAreReadAndUnknownOnesRefused() {
        assertThat(Audience.parse("family-doctor")).isEqualTo(Audience.FAMILY_DOCTOR);
        assertThat(Audience.parse(" Dentist ")).isEqualTo(Audience.DENTIST);
        assertThat(Paper.parse("LETTER")).isEqualTo(Paper.LETTER);
        assertThatThrownBy(() -> Audience.parse("surgeon")).hasMessageContaining("oncologist, family-doctor or dentist");
        assertThatThrownBy(() -> Paper.parse("a5")).hasMessageContaining("a4 or letter");
    }
}
