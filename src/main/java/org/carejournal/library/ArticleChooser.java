package org.carejournal.library;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Picks the few articles that best explain what is on screen. Each article scores the sum of the weights
 * of the signals whose tag it carries, so an article that explains several things shown, or one urgent
 * thing, comes first; ties keep library order.
 */
public final class ArticleChooser {
    /** How many articles a side panel shows at most. */
    public static final int PANEL_SIZE = 3;

    private final ArticleLibrary library;
    private final Map<String, Integer> order = new HashMap<>();

    public ArticleChooser(ArticleLibrary library) {
        this.library = library;
        List<Article> all = library.all();
        for (int i = 0; i < all.size(); i++) order.put(all.get(i).id(), i);
    }

    /**
     * @param excludeId an article not to suggest (the one already open), or null
     * @return at most {@code max} suggestions, best first
     */
    public List<Suggestion> choose(Collection<LearnSignal> signals, int max, String excludeId) {
        Map<String, Score> scores = new HashMap<>();
        for (LearnSignal s : signals) {
            for (Article a : library.tagged(s.tag())) {
                if (a.id().equals(excludeId)) continue;
                scores.computeIfAbsent(a.id(), id -> new Score(a)).add(s);
            }
        }
        List<Score> ranked = new ArrayList<>(scores.values());
        ranked.sort(Comparator.comparingInt((Score sc) -> -sc.total).thenComparing(sc -> order.get(sc.article.id())));
        return ranked.stream().limit(max).map(sc -> new Suggestion(sc.article, sc.strongest.reason())).toList();
    }

    private static final class Score {
        final Article article;
        int total;
        LearnSignal strongest;

        Score(Article article) { this.article = article; }

        void add(LearnSignal s) {
            total += s.weight();
            if (strongest == null || s.weight() > strongest.weight()) strongest = s;
        }
    }
}
