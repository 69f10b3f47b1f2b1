package org.carejournal.library;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain words of an article's Markdown, for search and checks: the few constructs the articles use
 * (headings, emphasis, lists, links, pipe tables) are removed and the words kept.
 */
public final class ArticleText {
    /** Links between articles are written {@code [text](article:id)}. */
    public static final String LINK_SCHEME = "article:";

    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)\\)");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");
    private static final Pattern LIST_ITEM = Pattern.compile("([-*+]|\\d+[.)])\\s.*");
    private static final Pattern MARKER = Pattern.compile("^(#+|[-*+]|\\d+[.)])\\s+");

    private ArticleText() {}

    /** The article's paragraphs as plain text, one per entry: a heading, a paragraph, a list item or a table row. */
    public static List<String> blocks(String markdown) {
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R")) {
            String line = raw.strip();
            boolean startsBlock = line.isEmpty() || line.startsWith("#") || line.startsWith("|")
                    || LIST_ITEM.matcher(line).matches();
            if (startsBlock && paragraph.length() > 0) {
                blocks.add(paragraph.toString());
                paragraph.setLength(0);
            }
            if (line.isEmpty() || TABLE_RULE.matcher(line).matches()) continue;
            String text = line.startsWith("|") ? cells(line)
                    : inline(MARKER.matcher(line).replaceFirst(""));
            if (line.startsWith("#") || line.startsWith("|")) {
                blocks.add(text);
            } else {
                if (paragraph.length() > 0) paragraph.append(' ');
                paragraph.append(text);
            }
        }
        if (paragraph.length() > 0) blocks.add(paragraph.toString());
        return blocks;
    }

    /** The article's plain text, blocks separated by blank lines. */
    public static String plain(String markdown) { return String.join("\n\n", blocks(markdown)); }

    /** The ids of the articles this Markdown links to, in order. */
    public static List<String> linkedIds(String markdown) {
        List<String> ids = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) if (m.group(2).startsWith(LINK_SCHEME)) ids.add(m.group(2).substring(LINK_SCHEME.length()));
        return ids;
    }

    /** Every link target that is not another article (the articles may hold none: the app never goes online). */
    public static List<String> otherLinks(String markdown) {
        List<String> other = new ArrayList<>();
        Matcher m = LINK.matcher(markdown);
        while (m.find()) if (!m.group(2).startsWith(LINK_SCHEME)) other.add(m.group(2));
        return other;
    }

    /** A table row's cells, joined with a middle dot. */
    private static String cells(String row) {
        return String.join(" · ", Arrays.stream(row.replaceAll("^\\||\\|$", "").split("\\|"))
                .map(c -> inline(c.strip())).toList());
    }

    private static String inline(String s) {
        return LINK.matcher(s).replaceAll("$1").replaceAll("\\*\\*|__|(?<!\\w)[*_]|[*_](?!\\w)", "").strip();
    }
}
