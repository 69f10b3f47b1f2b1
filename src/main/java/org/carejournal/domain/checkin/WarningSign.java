package org.carejournal.domain.checkin;

/**
 * Yes/no signs asked on the check-in because a 0–10 rating cannot express them, and each belongs to
 * a red-flag pattern in DOMAIN.md (NICE CG75/NG234, NICE CG151, American Cancer Society).
 */
public enum WarningSign {
    DIFFICULTY_WALKING("Difficulty walking, or legs giving way"),
    BLADDER_BOWEL_CONTROL("New loss of bladder or bowel control"),
    SHIVERING("Shivering, or suddenly feeling very unwell"),
    THIRST("Very thirsty, passing a lot of urine"),
    CONFUSION("Confused or unusually drowsy"),
    SUDDEN_BONE_PAIN("Sudden severe bone pain after little or no injury"),
    MOUTH("Swelling, loose teeth or bare bone in the mouth"),
    CANNOT_PASS_URINE("Unable to pass urine"),
    HEAVY_BLOOD_IN_URINE("Heavy bleeding in the urine");

    private final String label;

    WarningSign(String label) { this.label = label; }

    public String label() { return label; }
}
