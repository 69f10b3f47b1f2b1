package org.carejournal.library;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one article file: a front-matter block between {@code ---} lines (id, title, summary, topic,
 * tags, sources, reviewed) and the Markdown body. A malformed file fails loudly, naming the file and
 * the problem, so a broken article can never ship quietly.
 */
final class ArticleFile {
    private static final String FENCE = "---";

    private ArticleFile() {}

    static Article parse(String name, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        if (lines.length == 0 || !lines[0].strip().equals(FENCE)) throw bad(name, "does not start with '---'");
        String id = null, title = null, summary = null, topic = null;
        Set<String> tags = new LinkedHashSet<>();
        List<String> sources = new ArrayList<>();
        LocalDate reviewed = null;
        int i = 1;
        boolean inSources = false;
        for (; i < lines.length && !lines[i].strip().equals(FENCE); i++) {
            String line = lines[i];
            if (line.isBlank()) continue;
            if (inSources && line.strip().startsWith("- ")) {
                sources.add(line.strip().substring(2).strip());
                continue;
            }
            inSources = false;
            int colon = line.indexOf(':');
            if (colon < 0) throw bad(name, "front matter line '" + line + "' has no ':'");
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "id" -> id = value;
                case "title" -> title = value;
                case "summary" -> summary = value;
                case "topic" -> topic = value;
                case "tags" -> Arrays.stream(value.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                        .forEach(tags::add);
                case "sources" -> inSources = true;
                case "reviewed" -> reviewed = date(name, value);
                default -> throw bad(name, "unknown front matter key '" + key + "'");
            }
        }
        if (i >= lines.length) throw bad(name, "front matter is not closed with '---'");
        require(name, "id", id);
        require(name, "title", title);
        require(name, "summary", summary);
        require(name, "topic", topic);
        if (tags.isEmpty()) throw bad(name, "has no tags");
        if (sources.isEmpty()) throw bad(name, "names no sources");
        if (reviewed == null) throw bad(name, "has no reviewed date");
        if (!ArticleLibrary.TOPICS.contains(topic)) throw bad(name, "topic '" + topic + "' is not one of " + ArticleLibrary.TOPICS);
        String body = String.join("\n", Arrays.asList(lines).subList(i + 1, lines.length)).strip();
        return new Article(id, title, summary, topic, tags, sources, reviewed, body, questions(body));
    }

    /** The list items under the closing questions heading. */
    static List<String> questions(String body) {
        List<String> questions = new ArrayList<>();
        boolean in = false;
        for (String line : body.split("\n")) {
            String s = line.strip();
            if (s.startsWith("#")) in = s.replaceFirst("^#+", "").strip().equalsIgnoreCase(Article.QUESTIONS_HEADING);
            else if (in && s.startsWith("- ")) questions.add(s.substring(2).strip());
        }
        return questions;
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(name, "reviewed date '" + value + "' is not YYYY-MM-DD");
        }
    }

    private static void require(String name, String key, String value) {
        if (value == null || value.isEmpty()) throw bad(name, "has no " + key);
    }

    private static IllegalStateException bad(String name, String problem) {
        return new IllegalStateException("Article " + name + " " + problem);
    }
}
