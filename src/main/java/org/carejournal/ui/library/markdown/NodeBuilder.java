package org.carejournal.ui.library.markdown;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;

/**
 * Builds the JavaFX nodes of an article from its {@link Block}s. It walks the blocks in the same order
 * as {@link ReadingOrder}, so the n-th TextFlow made here holds the n-th piece of text; that pairing is
 * what the selection copies from.
 */
final class NodeBuilder {
    private final Consumer<String> openArticle;
    private final Iterator<ReadingOrder.Piece> pieces;
    private final List<TextSelection.Segment> segments = new ArrayList<>();

    private NodeBuilder(List<ReadingOrder.Piece> pieces, Consumer<String> openArticle) {
        this.pieces = pieces.iterator();
        this.openArticle = openArticle;
    }

    /** The article's VBox and, in reading order, every TextFlow in it with its piece of text. */
    record Built(VBox article, List<TextSelection.Segment> segments) {}

    static Built build(List<Block> blocks, Consumer<String> openArticle) {
        NodeBuilder builder = new NodeBuilder(ReadingOrder.pieces(blocks), openArticle);
        VBox article = new VBox();
        article.getStyleClass().add(MarkdownStyles.ARTICLE);
        builder.blocks(blocks, article, 0);
        return new Built(article, List.copyOf(builder.segments));
    }

    private void blocks(List<Block> blocks, Pane into, int depth) {
        for (Block block : blocks) into.getChildren().add(block(block, depth));
    }

    private Node block(Block block, int depth) {
        if (block instanceof Block.Heading h) return heading(h);
        if (block instanceof Block.ListBlock list) return list(list, depth);
        if (block instanceof Block.Table table) return table(table);
        return flow(((Block.Paragraph) block).runs(), MarkdownStyles.PARAGRAPH);
    }

    private TextFlow heading(Block.Heading h) {
        boolean major = h.level() <= 2;
        TextFlow flow = flow(h.runs(), major ? MarkdownStyles.H2 : MarkdownStyles.H3);
        // Extra room above a heading, in ems of its own text so it grows with the font size. It is a
        // margin, not CSS padding, because JavaFX 21's TextFlow hit-tests as if it had no insets.
        double ems = major ? 0.4 : 0.2;
        flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).findFirst().ifPresent(t -> {
            t.fontProperty().addListener((obs, was, font) -> VBox.setMargin(flow, new Insets(font.getSize() * ems, 0, 0, 0)));
        });
        return flow;
    }

    private TextFlow flow(List<Block.Run> runs, String styleClass) {
        return flow(new TextFlow(), runs, styleClass);
    }

    private TextFlow flow(TextFlow flow, List<Block.Run> runs, String styleClass) {
        ReadingOrder.Piece piece = pieces.next();
        if (piece.runs() != runs) throw new IllegalStateException("nodes and text walked the article differently");
        flow.getStyleClass().add(styleClass);
        for (Block.Run run : runs) flow.getChildren().add(text(run));
        segments.add(new TextSelection.Segment(flow, piece));
        return flow;
    }

    private Text text(Block.Run run) {
        Text text = new Text(run.text());
        text.getStyleClass().add(MarkdownStyles.TEXT);
        if (run.em()) text.getStyleClass().add(MarkdownStyles.EM);
        if (run.strong()) text.getStyleClass().add(MarkdownStyles.STRONG);
        if (run.code()) text.getStyleClass().add(MarkdownStyles.CODE);
        if (run.isLink()) link(text, run.articleId());
        return text;
    }

    /** A link is a Text (so it wraps with its sentence) that acts like a Hyperlink: click, Enter or Space. */
    private void link(Text text, String articleId) {
        text.getStyleClass().add(MarkdownStyles.LINK);
        text.setFocusTraversable(true);
        text.setAccessibleRole(AccessibleRole.HYPERLINK);
        text.setAccessibleText(text.getText());
        text.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            // A drag that happens to end on the link is a selection, not a click.
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                e.consume();
                openArticle.accept(articleId);
            }
        });
        text.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                openArticle.accept(articleId);
            }
        });
    }

    private VBox list(Block.ListBlock list, int depth) {
        VBox box = new VBox();
        box.getStyleClass().add(MarkdownStyles.LIST);
        int number = list.start();
        for (List<Block> item : list.items()) {
            // A TextFlow, not a Label: a long article has dozens of markers and a control costs a skin each.
            Text markerText = new Text(ReadingOrder.marker(list.ordered(), number++, depth));
            markerText.getStyleClass().add(MarkdownStyles.TEXT);
            TextFlow marker = new TextFlow(markerText);
            marker.setTextAlignment(TextAlignment.RIGHT);
            marker.getStyleClass().add(MarkdownStyles.LIST_MARKER);
            VBox body = new VBox();
            body.getStyleClass().add(MarkdownStyles.LIST_BODY);
            int before = segments.size();
            blocks(item, body, depth + 1);
            if (segments.size() == before) body.getChildren().add(flow(List.of(), MarkdownStyles.PARAGRAPH));
            // The body asks for no width of its own and grows into what is left, so the row never
            // has to squeeze (and cut) the bullet or number to fit long text: the text wraps instead.
            body.setPrefWidth(0);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(marker, body);
            row.setAlignment(Pos.BASELINE_LEFT);
            row.getStyleClass().add(MarkdownStyles.LIST_ITEM);
            box.getChildren().add(row);
        }
        return box;
    }

    private GridPane table(Block.Table table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(MarkdownStyles.TABLE);
        for (int r = 0; r < table.rows().size(); r++) {
            Block.Row row = table.rows().get(r);
            for (int c = 0; c < row.cells().size(); c++) {
                TextFlow text = flow(new CellText(), row.cells().get(c), MarkdownStyles.CELL_TEXT);
                text.setTextAlignment(alignment(table.alignments(), c));
                // The padding and border sit on a pane around the TextFlow: JavaFX 21's TextFlow
                // hit-tests and draws ranges as if it had no insets.
                StackPane cell = new StackPane(text);
                cell.getStyleClass().add(row.header() ? MarkdownStyles.TH : MarkdownStyles.TD);
                grid.add(cell, c, r);
            }
        }
        // As wide as its text needs, and no wider than the article: then the cells wrap.
        grid.setMaxWidth(Region.USE_PREF_SIZE);
        int columns = table.rows().stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        for (int c = 0; c < columns; c++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(Priority.SOMETIMES);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static TextAlignment alignment(List<Block.Align> alignments, int column) {
        Block.Align a = column < alignments.size() ? alignments.get(column) : Block.Align.LEFT;
        return switch (a) {
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
            default -> TextAlignment.LEFT;
        };
    }
}
