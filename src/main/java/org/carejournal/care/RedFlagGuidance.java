package org.carejournal.care;

import static org.carejournal.domain.checkin.RedFlag.FRACTURE;
import static org.carejournal.domain.checkin.RedFlag.HIGH_CALCIUM;
import static org.carejournal.domain.checkin.RedFlag.INFECTION;
import static org.carejournal.domain.checkin.RedFlag.JAW;
import static org.carejournal.domain.checkin.RedFlag.SPINAL_CORD_COMPRESSION;
import static org.carejournal.domain.checkin.RedFlag.UNCONTROLLED_PAIN;
import static org.carejournal.domain.checkin.RedFlag.URINE;

import java.util.EnumMap;
import java.util.Map;
import org.carejournal.domain.checkin.RedFlag;

/**
 * What to tell a person for each red flag: who to call and how soon (DOMAIN.md "Red flags", in our
 * own words). The words avoid naming a condition as a fact and give no treatment advice; the care
 * team decides. Emergency numbers cover the UK, North America and the EU.
 */
final class RedFlagGuidance {
    private static final String ACS_BONES = "Source: American Cancer Society, Treating Prostate Cancer Spread to Bones";
    private static final String EMERGENCY = "emergency services (999 / 911 / 112)";

    private static final Map<RedFlag, Guidance> GUIDANCE = new EnumMap<>(RedFlag.class);

    static {
        put(SPINAL_CORD_COMPRESSION, "Back pain with leg weakness or bladder changes",
                "This needs checking today. Please call your oncology team's 24-hour line now and tell them about "
                        + "the pain and the changes in your legs, bladder or bowels. If you cannot reach them, call "
                        + EMERGENCY + ".",
                "Source: NICE guideline NG234 (which replaced CG75); American Cancer Society", "red-flag-spinal-cord");
        put(INFECTION, "A high temperature or shivers",
                "If you are having chemotherapy, radium-223 or lutetium, please call your 24-hour oncology line now, "
                        + "day or night. Otherwise, call your care team today. Please don't wait to see if it settles.",
                "Source: NICE guideline CG151", "red-flag-infection");
        put(HIGH_CALCIUM, "Signs that calcium may be high",
                "Please call your care team today and tell them what you have noticed. A blood test can check your "
                        + "calcium. If you become very confused or hard to wake, call " + EMERGENCY + ".",
                ACS_BONES, "red-flag-high-calcium");
        put(FRACTURE, "Sudden severe bone pain",
                "Please get this checked today. Call your care team; if you cannot reach them, go to an urgent care "
                        + "centre or emergency department. Say whether the pain began after little or no injury.",
                ACS_BONES, "red-flag-fracture");
        put(JAW, "Jaw or mouth problems",
                "Please tell your care team and your dentist within the next few days. Mention any bone-strengthening "
                        + "medicine you have had, such as zoledronic acid or denosumab. It is best looked at early.",
                ACS_BONES, "red-flag-jaw");
        put(URINE, "Trouble passing urine, or heavy bleeding",
                "Please get this checked today. Call your care team now. If you cannot reach them, go to an urgent "
                        + "care centre or emergency department.",
                "Source: Cleveland Clinic, Metastatic Prostate Cancer", "red-flag-urine");
        put(UNCONTROLLED_PAIN, "Strong pain two days running",
                "Please call your care team today to talk about your pain; there is no need to wait for your next "
                        + "appointment. Pain can usually be eased. It helps to say what you have taken for it and when.",
                ACS_BONES, "red-flag-pain");
        for (RedFlag f : RedFlag.values()) {
            if (!GUIDANCE.containsKey(f)) throw new IllegalStateException("No guidance for " + f);
        }
    }

    private RedFlagGuidance() {}

    private static void put(RedFlag flag, String title, String action, String source, String articleTag) {
        GUIDANCE.put(flag, new Guidance(flag, title, action, source, articleTag));
    }

    static Guidance of(RedFlag flag) { return GUIDANCE.get(flag); }
}
