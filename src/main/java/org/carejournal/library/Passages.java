package org.carejournal.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the sentence of an article that best answers a search, to show under its title. */
final class Passages {
    /** Longer passages are cut at a word and end with an ellipsis. */
    static final int MAX_LENGTH = 240;
    private static final int SHORT = 90;

    private Passages() {}

    /** A sentence of the body and the block (paragraph, list item) it belongs to. */
    record Sentence(String text, int block, List<Terms.Word> words) {}

    static List<Sentence> sentences(String markdown) {
        List<Sentence> out = new ArrayList<>();
        List<String> blocks = ArticleText.blocks(markdown);
        for (int b = 0; b < blocks.size(); b++) {
            for (String s : blocks.get(b).split("(?<=[.?!])\\s+")) {
                if (!s.isBlank()) out.add(new Sentence(s, b, Terms.words(s)));
            }
        }
        return out;
    }

    /** The sentence that best matches the query, and how many of the query's words it holds. */
    record Best(int index, int distinct) {}

    static Best best(List<Sentence> sentences, List<Set<String>> groups) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < sentences.size(); i++) {
            int s = score(sentences.get(i), groups);
            if (s > bestScore) {
                best = i;
                bestScore = s;
            }
        }
        return new Best(best, bestScore / 10);
    }

    static SearchHit hit(Article article, double score, List<Sentence> sentences, Best found,
                         List<Set<String>> groups) {
        int best = found.index();
        if (best < 0) return new SearchHit(article, score, article.summary(), List.of());
        String text = sentences.get(best).text();
        List<Terms.Word> words = new ArrayList<>(sentences.get(best).words());
        boolean followOn = best + 1 < sentences.size() && sentences.get(best + 1).block() == sentences.get(best).block();
        if (text.length() < SHORT && followOn) {
            int offset = text.length() + 1;
            for (Terms.Word w : sentences.get(best + 1).words()) {
                words.add(w.shifted(offset));
            }
            text = text + " " + sentences.get(best + 1).text();
        }
        if (text.length() > MAX_LENGTH) {
            int cut = text.lastIndexOf(' ', MAX_LENGTH - 1);
            text = text.substring(0, cut > 0 ? cut : MAX_LENGTH - 1) + "…";
        }
        Set<String> stems = new HashSet<>();
        groups.forEach(stems::addAll);
        List<SearchHit.Span> spans = new ArrayList<>();
        for (Terms.Word w : words) {
            if (stems.contains(w.stem()) && w.end() <= text.length()) spans.add(new SearchHit.Span(w.start(), w.end()));
        }
        return new SearchHit(article, score, text, spans);
    }

    /** Distinct query words matched count most; words side by side in the query's order break ties. */
    private static int score(Sentence s, List<Set<String>> groups) {
        int distinct = 0;
        for (Set<String> g : groups) if (s.words().stream().anyMatch(w -> g.contains(w.stem()))) distinct++;
        int adjacent = 0;
        List<Terms.Word> w = s.words().stream().filter(x -> !x.stop()).toList();
        for (int i = 0; i + 1 < w.size(); i++) {
            for (int g = 0; g + 1 < groups.size(); g++) {
                if (groups.get(g).contains(w.get(i).stem()) && groups.get(g + 1).contains(w.get(i + 1).stem())) adjacent++;
            }
        }
        return distinct * 10 + adjacent;
    }
}
