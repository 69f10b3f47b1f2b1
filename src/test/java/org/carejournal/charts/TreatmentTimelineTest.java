package org.carejournal.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.carejournal.care.meds.Rhythms;
import org.carejournal.domain.DateRange;
import org.carejournal.domain.meds.DrugClass;
import org.carejournal.domain.meds.Medication;
import org.carejournal.domain.meds.Route;
import org.carejournal.domain.meds.Schedule;
import org.carejournal.domain.meds.TreatmentLine;
import org.carejournal.charts.TreatmentTimeline.LineStart;
import org.carejournal.charts.TreatmentTimeline.Period;
import org.carejournal.charts.TreatmentTimeline.Row;
import org.junit.jupiter.api.Test;

/** The timeline's rows and line starts from a plan, worked out by hand. */
class TreatmentTimelineTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final LocalTime NINE = LocalTime.of(9, 0);

    static Medication med(long id, String name, DrugClass c) {
        return new Medication(id, null, name, c, Route.BY_MOUTH, "", false);
    }

    static LocalDate d(int y, int m, int day) {
        return LocalDate.of(y, m, day);
    }

    /** A plan with every kind of rhythm, a dose change, a gap, a future medicine and one without a schedule. */
    static TreatmentTimeline plan() {
        List<Medication> meds = List.of(
                med(1, "Leuprolide (Lupron Depot)", DrugClass.LHRH_AGONIST),
                med(2, "Bicalutamide", DrugClass.OLDER_ANTIANDROGEN),
                med(3, "Docetaxel", DrugClass.CHEMOTHERAPY),
                med(4, "Radiation to the hip", DrugClass.RADIATION),
                med(5, "Prednisone", DrugClass.CORTICOSTEROID),
                med(6, "Cabazitaxel", DrugClass.CHEMOTHERAPY),
                med(7, "Paracetamol", DrugClass.PAIN_RELIEF),
                med(8, "Never scheduled", DrugClass.OTHER));
        List<Schedule> schedules = List.of(
                // A 1-month depot for three months, then the 3-month one from the next day: one bar.
                Rhythms.every(1, d(2024, 1, 10), d(2024, 4, 9), 1, ChronoUnit.MONTHS, NINE, "7.5 mg"),
                Rhythms.every(1, d(2024, 4, 10), null, 3, ChronoUnit.MONTHS, NINE, "22.5 mg"),
                Rhythms.daily(2, d(2024, 1, 3), d(2024, 1, 31), List.of(NINE), "50 mg"),
                // Doses on 5 Jan, 26 Jan, 16 Feb, 9 Mar, 30 Mar, 20 Apr; the last cycle ends 20 days after.
                Rhythms.cycle(3, d(2026, 1, 5), 21, 6, NINE, "75 mg/m2"),
                Rhythms.once(4, d(2024, 2, 1), d(2024, 2, 5), "5 sessions"),
                Rhythms.daily(5, d(2025, 1, 1), d(2025, 3, 31), List.of(NINE), "5 mg"),
                Rhythms.daily(5, d(2025, 6, 1), null, List.of(NINE), "5 mg"),
                Rhythms.cycle(6, d(2026, 12, 1), 21, 6, NINE, "25 mg/m2"),
                Rhythms.asNeeded(7, d(2024, 1, 1), "1 g", "up to 4 times a day"));
        List<TreatmentLine> lines = List.of(
                new TreatmentLine(2, d(2026, 1, 5), "Docetaxel", Set.of(3L)),
                new TreatmentLine(1, d(2024, 1, 10), "ADT + bicalutamide", Set.of(1L, 2L)),
                new TreatmentLine(3, d(2027, 1, 1), "Later", Set.of(6L)));
        return TreatmentTimeline.build(meds, schedules, lines, TODAY);
    }

    @Test
    void oneRowPerMedicineWithItsPeriodsOrderedByFirstDay() {
        TreatmentTimeline t = plan();
        assertThat(t.rows()).extracting(Row::name).containsExactly("Paracetamol", "Bicalutamide",
                "Leuprolide (Lupron Depot)", "Radiation to the hip", "Prednisone", "Docetaxel");
        assertThat(periods(t, "Paracetamol")).containsExactly(new Period(d(2024, 1, 1), TODAY));
        assertThat(periods(t, "Bicalutamide")).containsExactly(new Period(d(2024, 1, 3), d(2024, 1, 31)));
        assertThat(periods(t, "Leuprolide (Lupron Depot)")).containsExactly(new Period(d(2024, 1, 10), TODAY));
        assertThat(periods(t, "Radiation to the hip")).containsExactly(new Period(d(2024, 2, 1), d(2024, 2, 5)));
        assertThat(periods(t, "Prednisone")).containsExactly(
                new Period(d(2025, 1, 1), d(2025, 3, 31)), new Period(d(2025, 6, 1), TODAY));
        assertThat(periods(t, "Docetaxel")).containsExactly(new Period(d(2026, 1, 5), d(2026, 5, 10)));
    }

    @Test
    void asNeededRowsAreMarkedAndNamesLoseTheirBrands() {
        TreatmentTimeline t = plan();
        assertThat(t.rows()).filteredOn(Row::asNeeded).extracting(Row::name).containsExactly("Paracetamol");
        assertThat(t.rows()).extracting(Row::shortName).contains("Leuprolide", "Radiation to the hip");
    }

    @Test
    void lineStartsUpToTodayOldestFirst() {
        assertThat(plan().lineStarts()).containsExactly(
                new LineStart(d(2024, 1, 10), "ADT + bicalutamide"), new LineStart(d(2026, 1, 5), "Docetaxel"));
    }

    @Test
    void aCourseStillRunningEndsTodayAndAnUnnamedLineIsCalledATreatmentLine() {
        List<Medication> meds = List.of(med(1, "Radium-223", DrugClass.RADIOPHARMACEUTICAL));
        // Every 28 days × 6 from 1 Oct 2026: the course runs past today, so the bar stops at today.
        List<Schedule> s = List.of(Rhythms.cycle(1, d(2026, 10, 1), 28, 6, NINE, ""));
        TreatmentTimeline t = TreatmentTimeline.build(meds, s, List.of(new TreatmentLine(1, d(2026, 10, 1), " ", Set.of(1L))), TODAY);
        assertThat(t.rows()).singleElement().extracting(Row::periods).asList()
                .containsExactly(new Period(d(2026, 10, 1), TODAY));
        assertThat(t.lineStarts()).containsExactly(new LineStart(d(2026, 10, 1), "Treatment line"));
    }

    @Test
    void clippingCutsPeriodsAtTheRangeAndDropsWhatIsOutside() {
        TreatmentTimeline t = plan().clip(new DateRange(d(2025, 2, 1), d(2026, 2, 1)));
        assertThat(t.rows()).extracting(Row::name).containsExactly("Paracetamol", "Leuprolide (Lupron Depot)",
                "Prednisone", "Docetaxel");
        assertThat(periods(t, "Paracetamol")).containsExactly(new Period(d(2025, 2, 1), d(2026, 2, 1)));
        assertThat(periods(t, "Prednisone")).containsExactly(
                new Period(d(2025, 2, 1), d(2025, 3, 31)), new Period(d(2025, 6, 1), d(2026, 2, 1)));
        assertThat(periods(t, "Docetaxel")).containsExactly(new Period(d(2026, 1, 5), d(2026, 2, 1)));
        assertThat(t.lineStarts()).extracting(LineStart::name).containsExactly("Docetaxel");
    }

    @Test
    void anOpenRangeKeepsEverythingAndAnEmptyPlanGivesAnEmptyTimeline() {
        assertThat(plan().clip(DateRange.ALL)).isEqualTo(plan());
        assertThat(TreatmentTimeline.build(List.of(), List.of(), List.of(), TODAY).isEmpty()).isTrue();
    }

    static List<Period> periods(TreatmentTimeline t, String name) {
        return t.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow().periods();
    }
}
