package org.carejournal.ui.library.markdown;

import java.util.ArrayList;
import java.util.List;

/**
 * An article's text in reading order: one {@link Piece} per run of wrapping text (heading, paragraph,
 * list item, table cell), each with the break that comes before it and the bullet or number it
 * starts with. Plain text for search and the text a person copies are both joined from these pieces,
 * so they cannot drift apart.
 */
final class ReadingOrder {
    /** Breaks between pieces, weakest first: a tab between cells, a line between items, a blank line between blocks. */
    private static final List<String> BREAKS = List.of("", "\t", "\n", "\n\n");
    private static final String[] BULLETS = {"•", "◦", "▪"};
    private static final String INDENT = "  ";

    /** One run of wrapping text; {@code separator} goes before it unless it is the first piece copied. */
    record Piece(String separator, String prefix, List<Block.Run> runs) {
        String text() { return Block.text(runs); }
    }

    private final List<Piece> out = new ArrayList<>();
    private String pending = "";
    private String lead;

    private ReadingOrder() {}

    static List<Piece> pieces(List<Block> blocks) {
        ReadingOrder walk = new ReadingOrder();
        walk.blocks(blocks, "\n\n", 0);
        return List.copyOf(walk.out);
    }

    static String plainText(List<Piece> pieces) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (i > 0) b.append(p.separator());
            b.append(p.prefix()).append(p.text());
        }
        return b.toString();
    }

    /** The bullet or number shown before a list item; bullets change shape with depth, as on paper. */
    static String marker(boolean ordered, int number, int depth) {
        return ordered ? number + "." : BULLETS[depth % BULLETS.length];
    }

    private void blocks(List<Block> blocks, String gap, int depth) {
        for (Block block : blocks) {
            request(gap);
            block(block, depth);
        }
    }

    private void block(Block block, int depth) {
        if (block instanceof Block.Heading h) {
            emit(h.runs(), INDENT.repeat(depth));
        } else if (block instanceof Block.Paragraph p) {
            emit(p.runs(), INDENT.repeat(depth));
        } else if (block instanceof Block.ListBlock list) {
            int number = list.start();
            for (List<Block> item : list.items()) {
                request("\n");
                lead = INDENT.repeat(depth) + marker(list.ordered(), number++, depth) + " ";
                blocks(item, "\n", depth + 1);
                if (lead != null) emit(List.of(), "");   // an empty item still shows its bullet
            }
        } else if (block instanceof Block.Table table) {
            for (Block.Row row : table.rows()) {
                request("\n");
                for (int i = 0; i < row.cells().size(); i++) {
                    if (i > 0) request("\t");
                    emit(row.cells().get(i), "");
                }
            }
        }
    }

    private void request(String brk) {
        if (BREAKS.indexOf(brk) > BREAKS.indexOf(pending)) pending = brk;
    }

    private void emit(List<Block.Run> runs, String prefix) {
        out.add(new Piece(pending, lead != null ? lead : prefix, runs));
        lead = null;
        pending = "";
    }
}
