package org.carejournal.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Full-text search over the library, in memory: the articles are few and ship with the app, so an index
 * built once at start answers in well under a millisecond. Ranking is BM25 over title, tags, summary, headings
 * and body (title words count most), favours articles that match every word, words side by side ("doubling time")
 * and all of them in one sentence, and completes the word being typed ("doub" finds "doubling").
 */
public final class LibrarySearch {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double TITLE = 4, TAGS = 3, SUMMARY = 2, HEADING = 2, BODY = 1;
    private static final double PHRASE_BONUS = 1.5;
    private static final double TOGETHER_BONUS = 3;
    private static final double TITLE_BONUS = 4;
    private static final int MAX_EXPANSIONS = 20;
    /** Results scoring under this share of the best are left out. */
    private static final double RELEVANT_SHARE = 0.3;

    private final List<Doc> docs = new ArrayList<>();
    private final Map<String, Integer> docFreq = new HashMap<>();
    private final NavigableSet<String> vocabulary = new TreeSet<>();
    private final double avgLength;

    public LibrarySearch(ArticleLibrary library) {
        double total = 0;
        for (Article a : library.all()) {
            Doc d = Doc.of(a);
            docs.add(d);
            total += d.length;
            for (String t : d.tf.keySet()) docFreq.merge(t, 1, Integer::sum);
            vocabulary.addAll(d.tf.keySet());
        }
        avgLength = docs.isEmpty() ? 1 : total / docs.size();
    }

    /** The articles matching the query, best first; empty for a blank query or one of only common words. */
    public List<SearchHit> search(String query, int limit) {
        List<Set<String>> groups = new ArrayList<>();
        for (String term : Terms.query(query)) {
            Set<String> stems = expand(term);
            if (!stems.isEmpty()) groups.add(stems);
            else groups.add(Set.of(term));   // an unknown word still counts against full coverage
        }
        if (groups.isEmpty()) return List.of();
        List<SearchHit> hits = new ArrayList<>();
        for (Doc d : docs) {
            double score = 0;
            int matched = 0;
            for (Set<String> g : groups) {
                double best = 0;
                for (String stem : g) best = Math.max(best, bm25(d, stem));
                if (best > 0) matched++;
                score += best;
            }
            if (matched == 0) continue;
            for (int i = 0; i + 1 < groups.size(); i++) if (d.hasPair(groups.get(i), groups.get(i + 1))) score += PHRASE_BONUS;
            // Words asked together and found together, in one sentence or heading, mark the passage that answers.
            Passages.Best best = Passages.best(d.sentences, groups);
            score += TITLE_BONUS * groups.stream().filter(g -> g.stream().anyMatch(d.titleStems::contains)).count()
                    / groups.size();
            if (groups.size() > 1) score += TOGETHER_BONUS * (best.distinct() - 1) / (groups.size() - 1);
            score *= (double) matched / groups.size();
            hits.add(Passages.hit(d.article, score, d.sentences, best, groups));
        }
        hits.sort(Comparator.comparingDouble(SearchHit::score).reversed());
        // Far weaker matches (one common word of a long question) would only bury the answer.
        double floor = hits.isEmpty() ? 0 : hits.get(0).score() * RELEVANT_SHARE;
        return hits.stream().filter(h -> h.score() >= floor).limit(limit).toList();
    }

    /** The word itself when the library has it; otherwise the library's words it begins (the word being typed). */
    private Set<String> expand(String term) {
        if (vocabulary.contains(term) || term.length() < 3) return vocabulary.contains(term) ? Set.of(term) : Set.of();
        Set<String> out = new HashSet<>();
        for (String v : vocabulary.subSet(term, true, term + Character.MAX_VALUE, false)) {
            out.add(v);
            if (out.size() == MAX_EXPANSIONS) break;
        }
        return out;
    }

    private double bm25(Doc d, String stem) {
        Double tf = d.tf.get(stem);
        if (tf == null) return 0;
        int n = docFreq.get(stem);
        double idf = Math.log(1 + (docs.size() - n + 0.5) / (n + 0.5));
        return idf * tf * (K1 + 1) / (tf + K1 * (1 - B + B * d.length / avgLength));
    }

    /** One article's index: weighted term counts, the stems that stand side by side, and its sentences. */
    private record Doc(Article article, Map<String, Double> tf, int length, Set<String> pairs,
                       List<Passages.Sentence> sentences, Set<String> titleStems) {
        static Doc of(Article a) {
            Map<String, Double> tf = new HashMap<>();
            int[] length = {0};
            Set<String> pairs = new HashSet<>();
            count(tf, length, pairs, a.title(), TITLE);
            count(tf, length, pairs, String.join(" ", a.tags()).replace('-', ' '), TAGS);
            count(tf, length, pairs, a.summary(), SUMMARY);
            List<Passages.Sentence> sentences = Passages.sentences(a.body());
            for (Passages.Sentence s : sentences) count(tf, length, pairs, s.text(), BODY);
            // A section heading says what the section is about, so its words count again.
            a.body().lines().filter(l -> l.startsWith("#") && !l.contains(Article.QUESTIONS_HEADING))
                    .forEach(h -> count(tf, length, pairs, h, HEADING));
            Set<String> titleStems = new HashSet<>();
            Terms.words(a.title()).forEach(w -> titleStems.add(w.stem()));
            return new Doc(a, tf, length[0], pairs, sentences, titleStems);
        }

        private static void count(Map<String, Double> tf, int[] length, Set<String> pairs, String text, double weight) {
            String previous = null;
            for (Terms.Word w : Terms.words(text)) {
                if (w.stop()) continue;
                tf.merge(w.stem(), weight, Double::sum);
                length[0]++;
                if (previous != null) pairs.add(previous + ' ' + w.stem());
                previous = w.stem();
            }
        }

        boolean hasPair(Set<String> first, Set<String> second) {
            for (String a : first) for (String b : second) if (pairs.contains(a + ' ' + b)) return true;
            return false;
        }
    }
}
