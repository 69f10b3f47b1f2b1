package org.carejournal.library;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One educational article of the library: written in our own words from the sources it names.
 *
 * @param id        stable id, also the resource file's name; links between articles use it
 * @param title     shown as the heading and on cards
 * @param summary   one sentence shown on cards and in search results
 * @param topic     the Library screen's group, one of {@link ArticleLibrary#TOPICS}
 * @param tags      what the article explains; screens ask for articles by these
 * @param sources   organisation and title of each source the facts come from
 * @param reviewed  when the text was last checked against its sources
 * @param body      the Markdown body, ending with the questions section
 * @param questions the "questions you might ask your care team", in order
 */
public record Article(String id, String title, String summary, String topic, Set<String> tags,
                      List<String> sources, LocalDate reviewed, String body, List<String> questions) {

    /** The heading of the closing section whose list items are the article's questions. */
    public static final String QUESTIONS_HEADING = "Questions you might ask your care team";

    public Article {
        tags = Set.copyOf(tags);
        sources = List.copyOf(sources);
        questions = List.copyOf(questions);
    }

    /** The body up to the questions section, which screens show with a button beside each question. */
    public String bodyBeforeQuestions() {
        int at = body.indexOf("## " + QUESTIONS_HEADING);
        return at < 0 ? body : body.substring(0, at).strip();
    }

    /** The link target another article uses for this one: {@code [text](article:id)}. */
    public static String link(String id) { return ArticleText.LINK_SCHEME + id; }
}
