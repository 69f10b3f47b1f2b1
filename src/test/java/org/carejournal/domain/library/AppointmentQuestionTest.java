package org.carejournal.domain.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppointmentQuestionTest {

    private static final LocalDate JUN_1 = LocalDate.of(2024, 6, 1);

    private static AppointmentQuestion question(String text, String articleId) {
        return new AppointmentQuestion(0, 1, text, articleId, JUN_1, null);
    }

    static Stream<Arguments> typedAndKept() {
        return Stream.of(
                arguments("What is my PSA doubling time?", "What is my PSA doubling time?"),
                arguments("  Should I see a dentist first?\t", "Should I see a dentist first?"),
                // An ideographic space and a newline are white space too; inner spaces stay.
                arguments("\u3000骨の痛みは？  いつ?\n", "骨の痛みは？  いつ?"),
                arguments("?", "?"));
    }

    @ParameterizedTest
    @MethodSource("typedAndKept")
    void textIsStrippedOfSurroundingWhiteSpaceOnly(String typed, String kept) {
        assertThat(question(typed, null).text()).isEqualTo(kept);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n", "\u3000"})
    void aQuestionNeedsText(String text) {
        assertThatThrownBy(() -> question(text, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A question needs some text");
    }

    @Test
    void fiveHundredCharactersAreTheMostCountingEachCharacterOnce() {
        assertThat(question("a".repeat(500), null).text()).hasSize(500);
        // 500 emoji are 1000 UTF-16 units but 500 characters to the person typing them.
        String emoji = "\uD83D\uDE42".repeat(500);
        assertThat(question(" " + emoji + " ", null).text()).isEqualTo(emoji);

        assertThatThrownBy(() -> question("a".repeat(501), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A question can be at most 500 characters long; this one has 501");
        assertThatThrownBy(() -> question("\uD83D\uDE42".repeat(501), null))
                .hasMessage("A question can be at most 500 characters long; this one has 501");
    }

    @Test
    void aBlankArticleIdMeansAQuestionOfThePersonsOwn() {
        assertThat(question("Why?", null).articleId()).isNull();
        assertThat(question("Why?", "  ").articleId()).isNull();
        assertThat(question("Why?", null).fromArticle()).isFalse();
        assertThat(question("Why?", " bone-health ").articleId()).isEqualTo("bone-health");
        assertThat(question("Why?", "bone-health").fromArticle()).isTrue();
    }

    @Test
    void itIsOpenUntilAskedAndNeedsTheDayItWasAdded() {
        assertThat(question("Why?", null).isOpen()).isTrue();
        assertThat(new AppointmentQuestion(3, 1, "Why?", null, JUN_1, JUN_1.plusDays(5)).isOpen()).isFalse();
        assertThat(question("Why?", null).withId(9).id()).isEqualTo(9);
        assertThatThrownBy(() -> new AppointmentQuestion(0, 1, "Why?", null, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A question needs the day it was added");
    }
}
