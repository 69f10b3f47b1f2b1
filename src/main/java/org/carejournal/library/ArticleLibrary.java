package org.carejournal.library;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The educational articles shipped with the app, read from {@code articles/*.md} beside this class in the
 * order {@code articles/index.txt} lists them.
 */
public final class ArticleLibrary {
    /** The Library screen's groups, in the order shown. */
    public static final List<String> TOPICS = List.of("Understanding the disease", "Tests and numbers", "Treatments",
            "Living with treatment", "Planning and support");

    private static final String FOLDER = "articles/";

    private final List<Article> articles;
    private final Map<String, Article> byId = new HashMap<>();
    private final Map<String, List<Article>> byTag = new HashMap<>();

    public ArticleLibrary(List<Article> articles) {
        this.articles = List.copyOf(articles);
        for (Article a : this.articles) {
            if (byId.put(a.id(), a) != null) throw new IllegalStateException("Two articles have the id " + a.id());
            // An article's id is a tag of its own, so a signal can point at a linked article.
            byTag.computeIfAbsent(a.id(), t -> new ArrayList<>()).add(a);
            for (String tag : a.tags()) {
                if (!tag.equals(a.id())) byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(a);
            }
        }
    }

    /** The articles shipped in the jar. Fails if one is malformed: the app must not start with a broken article. */
    public static ArticleLibrary load() {
        List<Article> list = new ArrayList<>();
        for (String line : read("index.txt").split("\\R")) {
            String id = line.strip();
            if (id.isEmpty() || id.startsWith("#")) continue;
            Article a = ArticleFile.parse(id + ".md", read(id + ".md"));
            if (!a.id().equals(id)) throw new IllegalStateException("Article " + id + ".md has the id " + a.id());
            list.add(a);
        }
        return new ArticleLibrary(list);
    }

    public List<Article> all() { return articles; }

    public Optional<Article> find(String id) { return Optional.ofNullable(byId.get(id)); }

    /** The articles carrying this tag (an article's id counts as one of its tags), in library order. */
    public List<Article> tagged(String tag) { return byTag.getOrDefault(tag, Collections.emptyList()); }

    /** Every topic with its articles, in {@link #TOPICS} order; topics without articles are left out. */
    public Map<String, List<Article>> byTopic() {
        Map<String, List<Article>> topics = new LinkedHashMap<>();
        for (String t : TOPICS) {
            List<Article> in = articles.stream().filter(a -> a.topic().equals(t)).toList();
            if (!in.isEmpty()) topics.put(t, in);
        }
        return topics;
    }

    private static String read(String name) {
        try (InputStream in = ArticleLibrary.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) throw new IllegalStateException("The article file " + name + " is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
