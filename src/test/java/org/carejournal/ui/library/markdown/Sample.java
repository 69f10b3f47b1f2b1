package org.carejournal.ui.library.markdown;

import atlantafx.base.theme.PrimerLight;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.carejournal.ui.Styles;

/** One article using every element the renderer knows, shown the way the app shows it. */
final class Sample {
    static final String MARKDOWN = """
            Intro with *care* and **strong** words.
            Second line joined.

            ## Side effects

            ### Hot flushes

            - First point
            - Second point with [the PSA article](article:following-psa)
              - Nested point

            3. Three
            4. Four

            | Term | Meaning |
            |---|---:|
            | Nadir | The lowest PSA |

            See [a web page](https://example.org) for more.
            """;

    /** What a person gets when copying the whole article, and what search reads. */
    static final String TEXT = """
            Intro with care and strong words. Second line joined.

            Side effects

            Hot flushes

            • First point
            • Second point with the PSA article
              ◦ Nested point

            3. Three
            4. Four

            Term\tMeaning
            Nadir\tThe lowest PSA

            See a web page for more.""";

    final List<String> opened = new ArrayList<>();
    Region article;
    Scene scene;

    /** Renders the sample in a scroll pane, with the app's and the article's stylesheets, and shows it. */
    Sample show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        article = new ArticleRenderer(opened::add).render(MARKDOWN);
        ScrollPane scroll = new ScrollPane(article);
        scroll.setFitToWidth(true);
        scene = new Scene(scroll, 700, 800);
        scene.getStylesheets().addAll(Sample.class.getResource(Styles.APP_CSS).toExternalForm(), ArticleRenderer.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        return this;
    }

    TextSelection selection() {
        return TextSelection.of(article);
    }

    /** The TextFlow of the given style class whose text starts with the given words. */
    TextFlow flow(String styleClass, String startsWith) {
        return article.lookupAll("." + styleClass).stream()
                .map(n -> n instanceof TextFlow f ? f : (TextFlow) n.lookup("." + MarkdownStyles.CELL_TEXT))
                .filter(f -> textOf(f).startsWith(startsWith)).findFirst().orElseThrow();
    }

    static String textOf(TextFlow flow) {
        StringBuilder b = new StringBuilder();
        for (Node n : flow.getChildren()) if (n instanceof Text t) b.append(t.getText());
        return b.toString();
    }

    /** The Text nodes of a flow, in order. */
    static List<Text> texts(TextFlow flow) {
        return flow.getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
    }

    /**
     * A screen point on one character of a flow: just inside its leading edge (the caret lands before
     * it) or just inside its trailing edge (the caret lands after it).
     */
    static Point2D onChar(TextFlow flow, int index, boolean leading) {
        Bounds b = bounds(flow.rangeShape(index, index + 1));
        double x = leading ? b.getMinX() + 1 : b.getMaxX() - 1;
        return flow.localToScreen(x, b.getCenterY());
    }

    /** The box around a path's corners, in the coordinates they are given in. */
    static Bounds bounds(PathElement[] elements) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (PathElement e : elements) {
            double x, y;
            if (e instanceof MoveTo m) { x = m.getX(); y = m.getY(); }
            else if (e instanceof LineTo l) { x = l.getX(); y = l.getY(); }
            else continue;
            minX = Math.min(minX, x); maxX = Math.max(maxX, x);
            minY = Math.min(minY, y); maxY = Math.max(maxY, y);
        }
        return new BoundingBox(minX, minY, maxX - minX, maxY - minY);
    }
}
