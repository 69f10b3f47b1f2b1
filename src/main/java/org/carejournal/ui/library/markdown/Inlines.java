package org.carejournal.ui.library.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * Turns the inline content of one block into {@link Block.Run}s. Only {@code article:ID} links stay
 * links: the app never goes online, so a web link shows its words as plain text. Inline kinds
 * without a case here (images, extensions) fall through to their children, so their text stays.
 */
final class Inlines extends AbstractVisitor {
    static final String ARTICLE_SCHEME = "article:";

    private final List<Block.Run> runs = new ArrayList<>();
    private int em;
    private int strong;
    private String articleId;

    private Inlines() {}

    static List<Block.Run> of(Node block) {
        Inlines visitor = new Inlines();
        visitor.visitChildren(block);
        return List.copyOf(visitor.runs);
    }

    /** The article id of a link destination, or null when it points anywhere else. */
    static String articleId(String destination) {
        if (destination == null || !destination.startsWith(ARTICLE_SCHEME)) return null;
        String id = destination.substring(ARTICLE_SCHEME.length()).trim();
        return id.isEmpty() ? null : id;
    }

    @Override
    public void visit(Text text) {
        add(text.getLiteral(), false);
    }

    @Override
    public void visit(Code code) {
        add(code.getLiteral(), true);
    }

    @Override
    public void visit(Emphasis emphasis) {
        em++;
        visitChildren(emphasis);
        em--;
    }

    @Override
    public void visit(StrongEmphasis emphasis) {
        strong++;
        visitChildren(emphasis);
        strong--;
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
        add(" ", false);
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
        add("\n", false);
    }

    @Override
    public void visit(HtmlInline html) {
        add(html.getLiteral(), false);
    }

    @Override
    public void visit(Link link) {
        String id = articleId(link.getDestination());
        String outer = articleId;
        if (id != null) articleId = id;
        visitChildren(link);
        articleId = outer;
    }

    private void add(String text, boolean code) {
        if (text == null || text.isEmpty()) return;
        Block.Run run = new Block.Run(text, em > 0, strong > 0, code, articleId);
        int last = runs.size() - 1;
        // Neighbouring pieces with one look become one Text node (a link stays one clickable piece).
        if (last >= 0 && runs.get(last).sameLook(run)) {
            runs.set(last, new Block.Run(runs.get(last).text() + text, run.em(), run.strong(), code, articleId));
        } else {
            runs.add(run);
        }
    }
}
