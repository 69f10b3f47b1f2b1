package org.carejournal.report.summary;

import java.time.LocalDate;
import java.util.List;
import org.carejournal.analysis.KineticsReport;
import org.carejournal.charts.LabChartData;
import org.carejournal.charts.PainChartData;
import org.carejournal.domain.LabResult;
import org.carejournal.domain.LabTest;

/**
 * Everything an appointment summary prints, read from the journal and worked out once, so the PDF
 * (and a preview) only lay it out. Lists are empty, and parts null, where the journal has nothing.
 *
 * @param psa        PSA of the period, or null when there is none (or the section was not asked for)
 * @param pain       the pain chart of the period, or null without pain entries
 * @param boneAndJaw bone drugs and jaw problems, or null when there are neither
 */
public record SummaryData(SummaryRequest request, Header header, Psa psa, List<LabBlock> otherLabs, Pain pain,
                          List<SymptomWorst> worstSymptoms, List<FlagEvent> redFlags, List<MedicineLine> medicines,
                          List<Change> changes, BoneAndJaw boneAndJaw, List<Upcoming> upcoming, List<String> questions,
                          List<Note> notes) {

    /** The words printed on every summary, so a reader knows where the figures come from. */
    public static final String SOURCE_LINE = "Made with Care Journal from the patient's own records";

    public SummaryData {
        otherLabs = List.copyOf(otherLabs);
        worstSymptoms = List.copyOf(worstSymptoms);
        redFlags = List.copyOf(redFlags);
        medicines = List.copyOf(medicines);
        changes = List.copyOf(changes);
        upcoming = List.copyOf(upcoming);
        questions = List.copyOf(questions);
        notes = List.copyOf(notes);
    }

    /** Whether {@code section} was asked for and has something to print. */
    public boolean shows(Section section) {
        if (!request.has(section)) return false;
        return switch (section) {
            case PSA -> psa != null;
            case PSA_KINETICS -> psa != null && psa.kinetics() != null;
            case OTHER_LABS -> !otherLabs.isEmpty();
            case PAIN_AND_SYMPTOMS -> pain != null || !worstSymptoms.isEmpty();
            case RED_FLAGS -> !redFlags.isEmpty();
            case MEDICATIONS -> !medicines.isEmpty() || !changes.isEmpty();
            case BONE_AND_JAW -> boneAndJaw != null;
            case UPCOMING -> !upcoming.isEmpty();
            case QUESTIONS -> !questions.isEmpty();
            case NOTES -> !notes.isEmpty();
        };
    }

    /** The sections that will be printed, in order. */
    public List<Section> shownSections() {
        return java.util.Arrays.stream(Section.values()).filter(this::shows).toList();
    }

    /**
     * @param birthYear printed when the journal has one; null otherwise
     * @param made      the day the summary was made
     */
    public record Header(String name, Integer birthYear, LocalDate from, LocalDate to, LocalDate made,
                         Audience audience) {}

    /** PSA (or ultrasensitive PSA) in the period, with the chart and, for rising or falling values, the kinetics. */
    public record Psa(LabTest test, List<LabResult> results, LabChartData chart, KineticsReport kinetics) {
        public Psa {
            results = List.copyOf(results);
        }
    }

    /** One other test's results in the period, oldest first. */
    public record LabBlock(LabTest test, List<LabResult> results) {
        public LabBlock {
            results = List.copyOf(results);
        }
    }

    /**
     * @param daysWithPain days with a pain entry in the period
     * @param meanWorst    mean of the daily worst pain, or null
     * @param highest      the highest pain of the period, or null
     * @param breakthrough entries marked as breakthrough pain
     */
    public record Pain(PainChartData chart, int daysWithPain, Double meanWorst, Integer highest, int breakthrough) {}

    /** A symptom's ratings over the period (0 to 10). */
    public record SymptomWorst(String name, int worst, double mean, int daysRated) {}

    /** A warning sign the journal raised on {@code date}. */
    public record FlagEvent(LocalDate date, String title, String reason) {}

    /**
     * @param schedule  the schedule in plain words ("Every day at 08:00", "Every 3 months, next on ...")
     * @param adherence "96 % (172 of 180)", planned doses taken of those due, or "" for a medicine with no planned dose in the period
     */
    public record MedicineLine(String name, String family, String dose, String schedule, String adherence) {}

    /** A start, change or stop of a medicine within the period. */
    public record Change(LocalDate date, String text) {}

    /** A bone-targeted drug: when it started, its last dose taken, its schedule. */
    public record BoneDrug(String name, LocalDate started, LocalDate lastDose, String schedule) {}

    /**
     * @param jawRatings the jaw or mouth pain symptom in the period, or null when never rated above 0
     * @param jawFlags   jaw warning signs raised in the period
     */
    public record BoneAndJaw(List<BoneDrug> drugs, SymptomWorst jawRatings, List<FlagEvent> jawFlags) {
        public BoneAndJaw {
            drugs = List.copyOf(drugs);
            jawFlags = List.copyOf(jawFlags);
        }
    }

    /** Something due: an open reminder, a test, an appointment. */
    public record Upcoming(LocalDate date, String what, String detail) {}

    /** A check-in note. */
    public record Note(LocalDate date, String text) {}
}
