package org.carejournal.library;

import java.util.List;
import java.util.stream.Stream;
import org.carejournal.domain.LabTest;

/**
 * The library tags screens use for what they show, beside the tags the domain already names (a drug
 * family's {@code DrugClass.articleTag()}, a care reminder's {@code ReminderKind.articleTag()}, a red
 * flag's guidance). The content tests check that an article carries each of them.
 */
public final class LearnTags {
    /** A PSA chart or PSA values. */
    public static final String PSA = "psa";
    /** A PSA rise meeting the trial definition of progression. */
    public static final String PROGRESSION = "castration-resistance";
    /** Pain scores. */
    public static final String PAIN = "pain";
    /** The warning signs a check-in looks for. */
    public static final String RED_FLAGS = "red-flags";
    /** The daily check-in and symptom trends: what to log and bring. */
    public static final String SYMPTOMS = "side-effects";
    /** Medicines, doses and their timing. */
    public static final String SCHEDULES = "treatment-schedules";
    /** Appointments and their questions. */
    public static final String APPOINTMENTS = "preparing-for-appointments";
    /** Bones: bone-targeted drugs come with dental, calcium and kidney care to explain. */
    public static final String BONE_HEALTH = "bone-health";
    /** What the disease is: for a journal with nothing in it yet. */
    public static final String BASICS = "basics";

    private LearnTags() {}

    /** The tag of a lab test's article: "lab-" and the test's code ("lab-alp"). */
    public static String lab(LabTest test) { return "lab-" + test.code(); }

    /** Every tag above and every lab's, for the content tests. */
    public static List<String> all() {
        return Stream.concat(Stream.of(PSA, PROGRESSION, PAIN, RED_FLAGS, SYMPTOMS, SCHEDULES, APPOINTMENTS, BONE_HEALTH, BASICS),
                Stream.of(LabTest.values()).map(LearnTags::lab)).toList();
    }
}
