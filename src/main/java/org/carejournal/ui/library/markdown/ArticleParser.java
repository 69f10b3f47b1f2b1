package org.carejournal.ui.library.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads an article body with commonmark (GFM tables on) and walks the tree with a visitor into
 * {@link Block}s. Block kinds it does not know (quotes, code, HTML) keep their text: nothing is lost.
 */
final class ArticleParser {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private ArticleParser() {}

    static List<Block> parse(String markdown) {
        Node document = PARSER.parse(markdown == null ? "" : markdown);
        return blocksOf(document);
    }

    private static List<Block> blocksOf(Node parent) {
        Blocks visitor = new Blocks();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) child.accept(visitor);
        return visitor.out;
    }

    /** Collects the blocks under one container; block quotes and the document pass their children through. */
    private static final class Blocks extends AbstractVisitor {
        final List<Block> out = new ArrayList<>();

        @Override
        public void visit(Heading heading) {
            out.add(new Block.Heading(heading.getLevel(), Inlines.of(heading)));
        }

        @Override
        public void visit(Paragraph paragraph) {
            List<Block.Run> runs = Inlines.of(paragraph);
            if (!runs.isEmpty()) out.add(new Block.Paragraph(runs));
        }

        @Override
        public void visit(BulletList list) {
            out.add(list(list, false, 1));
        }

        @Override
        public void visit(OrderedList list) {
            out.add(list(list, true, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber()));
        }

        private static Block list(ListBlock list, boolean ordered, int start) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                if (item instanceof ListItem) items.add(blocksOf(item));
            }
            return new Block.ListBlock(ordered, start, items);
        }

        @Override
        public void visit(CustomBlock block) {
            if (block instanceof TableBlock table) out.add(table(table));
            else if (block.getFirstChild() instanceof org.commonmark.node.Block) visitChildren(block);
            else literal(Inlines.of(block));
        }

        @Override
        public void visit(FencedCodeBlock code) {
            literal(List.of(new Block.Run(stripEnd(code.getLiteral()), false, false, true, null)));
        }

        @Override
        public void visit(IndentedCodeBlock code) {
            literal(List.of(new Block.Run(stripEnd(code.getLiteral()), false, false, true, null)));
        }

        @Override
        public void visit(HtmlBlock html) {
            literal(List.of(new Block.Run(stripEnd(html.getLiteral()), false, false, false, null)));
        }

        @Override
        public void visit(ThematicBreak rule) {
            // A rule has no text; the gap between blocks already separates them.
        }

        private void literal(List<Block.Run> runs) {
            if (!Block.text(runs).isBlank()) out.add(new Block.Paragraph(runs));
        }

        private static String stripEnd(String s) {
            return s == null ? "" : s.stripTrailing();
        }

        private static Block table(TableBlock table) {
            List<Block.Row> rows = new ArrayList<>();
            List<Block.Align> alignments = new ArrayList<>();
            // The table holds a head and a body; each holds rows, the first of which gives the alignments.
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) rows.add(row(r, rows.isEmpty() ? alignments : null));
                }
            }
            return new Block.Table(rows, alignments);
        }

        private static Block.Row row(TableRow row, List<Block.Align> alignments) {
            List<List<Block.Run>> cells = new ArrayList<>();
            boolean header = false;
            for (Node n = row.getFirstChild(); n != null; n = n.getNext()) {
                if (!(n instanceof TableCell cell)) continue;
                header |= cell.isHeader();
                cells.add(Inlines.of(cell));
                if (alignments != null) alignments.add(align(cell.getAlignment()));
            }
            return new Block.Row(header, cells);
        }

        private static Block.Align align(TableCell.Alignment a) {
            if (a == TableCell.Alignment.CENTER) return Block.Align.CENTER;
            if (a == TableCell.Alignment.RIGHT) return Block.Align.RIGHT;
            return Block.Align.LEFT;
        }
    }
}
