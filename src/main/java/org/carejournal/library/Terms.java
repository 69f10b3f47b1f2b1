package org.carejournal.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words to search terms: lower case, a light English stemmer (so "doubling" finds "doubled" and
 * "tests" finds "test"), and the question words people type that carry no meaning for the search.
 */
final class Terms {
    private static final Set<String> STOP = Set.of("a", "an", "the", "what", "whats", "does", "do", "did", "is",
            "are", "was", "be", "mean", "means", "meaning", "my", "i", "me", "how", "of", "to", "in", "for", "and",
            "or", "on", "it", "its", "can", "why", "when", "should", "with", "about", "this", "that", "if", "at",
            "by", "from", "during", "as", "will", "you", "your", "we", "there", "which", "who", "tell");

    private Terms() {}

    /**
     * A word found in text: its stem, where it sits (so passages can highlight it) and whether it is one of
     * the common words a search ignores.
     */
    record Word(String stem, int start, int end, boolean stop) {
        Word shifted(int offset) { return new Word(stem, start + offset, end + offset, stop); }
    }

    /** Every word of the text with its position, stop words included (they are skipped by the caller). */
    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0, n = text.length();
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) i++;
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                    || text.charAt(i) == '\'' && i + 1 < n && Character.isLetter(text.charAt(i + 1)))) i++;
            if (i > start) {
                String word = text.substring(start, i);
                words.add(new Word(stem(word), start, i, STOP.contains(word.toLowerCase(Locale.ROOT))));
            }
        }
        return words;
    }

    /** The search terms of a query: stems of its meaningful words, in order. */
    static List<String> query(String text) {
        List<String> terms = new ArrayList<>();
        for (Word w : words(text)) if (!w.stop()) terms.add(w.stem());
        return terms;
    }

    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("'s", "").replace("'", "");
        if (w.length() <= 3) return w;
        if (w.endsWith("ies") && w.length() > 4) w = w.substring(0, w.length() - 3) + "y";
        else if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) w = w.substring(0, w.length() - 2);
        else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.substring(0, w.length() - 1);
        if (w.endsWith("ness") && w.length() > 6) w = w.substring(0, w.length() - 4);
        else if (w.endsWith("ly") && w.length() > 5) w = w.substring(0, w.length() - 2);
        if (w.endsWith("ing") && w.length() > 5) w = undouble(w.substring(0, w.length() - 3));
        else if (w.endsWith("ed") && w.length() > 4) w = undouble(w.substring(0, w.length() - 2));
        if (w.endsWith("e") && w.length() > 3) w = w.substring(0, w.length() - 1);
        return w;
    }

    /** "stopp" → "stop", so "stopped" and "stopping" meet "stop". */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) return w.substring(0, n - 1);
        return w;
    }
}
