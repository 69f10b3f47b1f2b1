package org.carejournal.library;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The Flesch-Kincaid grade of plain text, with a vowel-group syllable count: rough, but it catches long sentences and words. */
final class ReadingLevel {
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    private ReadingLevel() {}

    static double grade(String text) {
        String[] sentences = text.split("[.!?:]\\s+|\\n\\s*\\n|\\n");
        long sentenceCount = java.util.Arrays.stream(sentences).filter(s -> s.matches("(?s).*[A-Za-z].*")).count();
        String[] words = text.toLowerCase(Locale.ROOT).split("[^a-z0-9']+");
        int wordCount = 0;
        int syllables = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            wordCount++;
            syllables += syllables(w);
        }
        return 0.39 * wordCount / sentenceCount + 11.8 * syllables / wordCount - 15.59;
    }

    static int syllables(String word) {
        Matcher m = VOWELS.matcher(word);
        int n = 0;
        while (m.find()) n++;
        if (word.endsWith("e") && n > 1 && !word.endsWith("le")) n--;
        return Math.max(1, n);
    }
}
