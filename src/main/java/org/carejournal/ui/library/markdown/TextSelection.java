package org.carejournal.ui.library.markdown;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.HitInfo;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Lets a person select an article's text with the mouse, across blocks, and copy it: TextFlow has
 * no selection of its own. The selection runs between two positions in reading order; each TextFlow
 * shows its share as a highlight drawn from {@link TextFlow#rangeShape} in an unmanaged Path behind
 * its text. Ctrl+C (Cmd+C on a Mac) copies, Ctrl+A selects all, and a context menu offers both.
 */
final class TextSelection {
    static final String COPY_ID = "md-copy";
    static final String SELECT_ALL_ID = "md-select-all";

    /** One TextFlow of the article and the piece of text it shows. */
    record Segment(TextFlow flow, ReadingOrder.Piece piece) {
        int length() { return piece.text().length(); }
    }

    /** A caret position: between two characters of one segment. */
    record Position(int segment, int offset) {
        boolean before(Position o) { return segment < o.segment || (segment == o.segment && offset < o.offset); }
    }

    private final Region article;
    private final List<Segment> segments;
    private final List<Path> highlights = new ArrayList<>();
    private final MenuItem copyItem = new MenuItem("Copy");
    private final ContextMenu menu;
    private Position anchor;
    private Position caret;
    private boolean dragging;

    private TextSelection(Region article, List<Segment> segments) {
        this.article = article;
        this.segments = segments;
        for (Segment s : segments) {
            Path highlight = new Path();
            highlight.getStyleClass().add(MarkdownStyles.SELECTION);
            // Unmanaged and first: TextFlow lays out only managed children, so the text indexes stay
            // those of the words, and the highlight is drawn behind them.
            highlight.setManaged(false);
            highlight.setMouseTransparent(true);
            s.flow().getChildren().add(0, highlight);
            highlights.add(highlight);
            // Rewrapped text (a new width or font size) moves the words under the highlight.
            s.flow().layoutBoundsProperty().addListener((obs, was, now) -> {
                if (!isEmpty()) paint();
            });
        }
        copyItem.setId(COPY_ID);
        copyItem.setOnAction(e -> copy());
        MenuItem all = new MenuItem("Select all");
        all.setId(SELECT_ALL_ID);
        all.setOnAction(e -> selectAll());
        menu = new ContextMenu(copyItem, all);

        article.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        article.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        article.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> dragging = false);
        article.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        article.addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, e -> {
            copyItem.setDisable(isEmpty());
            menu.show(article, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    /** Makes the article's text selectable; the selection is kept in the article's properties. */
    static TextSelection attach(Region article, List<Segment> segments) {
        TextSelection selection = new TextSelection(article, segments);
        article.getProperties().put(TextSelection.class, selection);
        return selection;
    }

    /** The selection of a rendered article, or null if the node is not one. */
    static TextSelection of(javafx.scene.Node article) {
        return (TextSelection) article.getProperties().get(TextSelection.class);
    }

    boolean isEmpty() {
        return anchor == null || anchor.equals(caret);
    }

    void selectAll() {
        if (segments.isEmpty()) return;
        int last = segments.size() - 1;
        select(new Position(0, 0), new Position(last, segments.get(last).length()));
    }

    void select(Position from, Position to) {
        anchor = from;
        caret = to;
        paint();
    }

    /**
     * The selected text as a person would paste it: blocks apart by a blank line, list items on their
     * own lines with their bullet or number, table cells apart by tabs.
     */
    String selectedText() {
        if (isEmpty()) return "";
        Position start = anchor.before(caret) ? anchor : caret;
        Position end = anchor.before(caret) ? caret : anchor;
        // A selection that touches only the edge of a block does not pull in its break or bullet.
        if (start.segment < end.segment && start.offset == segments.get(start.segment).length()) {
            start = new Position(start.segment + 1, 0);
        }
        if (end.segment > start.segment && end.offset == 0) {
            end = new Position(end.segment - 1, segments.get(end.segment - 1).length());
        }
        StringBuilder b = new StringBuilder();
        for (int i = start.segment; i <= end.segment; i++) {
            ReadingOrder.Piece piece = segments.get(i).piece();
            int from = i == start.segment ? start.offset : 0;
            int to = i == end.segment ? end.offset : piece.text().length();
            if (i > start.segment) b.append(piece.separator());
            if (from == 0) b.append(piece.prefix());
            b.append(piece.text(), from, Math.max(from, to));
        }
        return b.toString();
    }

    void copy() {
        if (!isEmpty()) Clipboard.getSystemClipboard().setContent(Map.of(DataFormat.PLAIN_TEXT, selectedText()));
    }

    private void pressed(MouseEvent e) {
        dragging = false;
        // A right press keeps the selection, so the context menu can copy it.
        if (e.getButton() != MouseButton.PRIMARY) return;
        // The press is ours, as in a text box: a ScrollPane around the article would otherwise take
        // the focus, and Ctrl+C would no longer reach the article.
        e.consume();
        if (e.getTarget() instanceof Text t && t.getStyleClass().contains(MarkdownStyles.LINK)) {
            t.requestFocus();   // like a Hyperlink; the click itself opens it
            return;
        }
        article.requestFocus();
        Position at = positionAt(e.getSceneX(), e.getSceneY());
        if (at == null) return;
        if (e.getClickCount() == 2) selectWord(at);
        else if (e.getClickCount() > 2) select(new Position(at.segment, 0), new Position(at.segment, segments.get(at.segment).length()));
        else select(e.isShiftDown() && anchor != null ? anchor : at, at);
        dragging = e.getClickCount() == 1;
    }

    private void dragged(MouseEvent e) {
        if (!dragging) return;
        Position at = positionAt(e.getSceneX(), e.getSceneY());
        if (at != null) select(anchor, at);
    }

    private void keyPressed(KeyEvent e) {
        boolean command = e.isShortcutDown() || e.isControlDown();
        if ((command && e.getCode() == KeyCode.C) || e.getCode() == KeyCode.COPY) {
            copy();
            e.consume();
        } else if (command && e.getCode() == KeyCode.A) {
            selectAll();
            e.consume();
        }
    }

    private void selectWord(Position at) {
        String text = segments.get(at.segment).piece().text();
        if (text.isEmpty()) return;
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(text);
        int offset = Math.min(at.offset, text.length() - 1);
        int end = words.following(offset);
        int start = words.previous();
        select(new Position(at.segment, start), new Position(at.segment, end == BreakIterator.DONE ? text.length() : end));
    }

    /**
     * The caret position under a point of the scene. Outside every block (between paragraphs, over a
     * bullet) the nearest block counts: first by height, so a drag runs along the line it is on.
     */
    private Position positionAt(double sceneX, double sceneY) {
        int best = -1;
        double bestDy = Double.MAX_VALUE;
        double bestDx = Double.MAX_VALUE;
        for (int i = 0; i < segments.size(); i++) {
            TextFlow flow = segments.get(i).flow();
            if (flow.getScene() == null || !flow.isVisible()) continue;
            Bounds b = flow.localToScene(flow.getLayoutBounds());
            double dy = gap(sceneY, b.getMinY(), b.getMaxY());
            double dx = gap(sceneX, b.getMinX(), b.getMaxX());
            if (dy < bestDy || (dy == bestDy && dx < bestDx)) {
                best = i;
                bestDy = dy;
                bestDx = dx;
            }
        }
        if (best < 0) return null;
        TextFlow flow = segments.get(best).flow();
        Point2D local = flow.sceneToLocal(sceneX, sceneY);
        Bounds b = flow.getLayoutBounds();
        Point2D inside = new Point2D(clamp(local.getX(), b.getMinX(), b.getMaxX()), clamp(local.getY(), b.getMinY(), b.getMaxY() - 1));
        HitInfo hit = flow.hitTest(inside);
        return new Position(best, (int) clamp(hit.getInsertionIndex(), 0, segments.get(best).length()));
    }

    private void paint() {
        Position start = anchor == null ? null : (anchor.before(caret) ? anchor : caret);
        Position end = anchor == null ? null : (anchor.before(caret) ? caret : anchor);
        for (int i = 0; i < segments.size(); i++) {
            Path highlight = highlights.get(i);
            if (start == null || i < start.segment || i > end.segment || start.equals(end)) {
                highlight.getElements().clear();
                continue;
            }
            int from = i == start.segment ? start.offset : 0;
            int to = i == end.segment ? end.offset : segments.get(i).length();
            if (from < to) highlight.getElements().setAll(segments.get(i).flow().rangeShape(from, to));
            else highlight.getElements().clear();
        }
    }

    private static double gap(double v, double min, double max) {
        return v < min ? min - v : v > max ? v - max : 0;
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }
}
