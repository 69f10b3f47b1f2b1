package org.carejournal.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.carejournal.domain.checkin.RedFlag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every flag tells a person who to call and how soon, names its source, and diagnoses nothing. */
class RedFlagGuidanceTest {

    @ParameterizedTest
    @EnumSource(RedFlag.class)
    void everyFlagHasPlainGuidance(RedFlag flag) {
        Guidance g = RedFlagRules.guidance(flag);

        assertThat(g.flag()).isEqualTo(flag);
        assertThat(g.title()).isNotBlank().hasSizeLessThanOrEqualTo(50);
        assertThat(g.action()).isNotBlank();
        assertThat(g.source()).startsWith("Source: ").hasSizeGreaterThan("Source: ".length());
        assertThat(g.articleTag()).matches("red-flag-[a-z-]+");
        for (String text : new String[] {g.title(), g.action(), g.source()}) {
            assertThat(text.toLowerCase(Locale.ROOT)).doesNotContain("diagnos");
        }
        // Who: someone to contact. How soon: a time frame.
        assertThat(g.action()).containsAnyOf("care team", "oncology", "dentist");
        assertThat(g.action()).containsAnyOf("now", "today", "within");
    }

    @Test
    void theUrgentFlagsSayToCallNowAndWhereToTurnOtherwise() {
        assertThat(RedFlagRules.guidance(RedFlag.SPINAL_CORD_COMPRESSION).action())
                .contains("24-hour", "now", "999 / 911 / 112");
        assertThat(RedFlagRules.guidance(RedFlag.INFECTION).action()).contains("24-hour", "now");
        assertThat(RedFlagRules.guidance(RedFlag.INFECTION).source()).contains("NICE", "CG151");
    }

    @Test
    void articleTagsAreDistinct() {
        assertThat(Arrays.stream(RedFlag.values()).map(f -> RedFlagRules.guidance(f).articleTag()))
                .doesNotHaveDuplicates();
    }
}
