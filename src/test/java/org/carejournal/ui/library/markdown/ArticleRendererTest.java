package org.carejournal.ui.library.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.carejournal.ui.TextSize;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a person sees of a rendered article: each Markdown element as its own kind of node. */
@ExtendWith(ApplicationExtension.class)
class ArticleRendererTest {
    Sample sample;

    @Start
    void start(Stage stage) {
        sample = new Sample().show(stage);
    }

    /** Tests share TestFX's one stage: give back the width the narrow-window tests took from it. */
    @AfterEach
    void restoreWindow(FxRobot robot) {
        robot.interact(() -> sample.scene.getWindow().sizeToScene());
    }

    @Test
    void headingsAndParagraphsAreTextFlowsWithTheirClasses() {
        assertThat(sample.article).isInstanceOf(VBox.class);
        assertThat(sample.article.getStyleClass()).contains(MarkdownStyles.ARTICLE);
        assertThat(Sample.textOf(sample.flow(MarkdownStyles.H2, ""))).isEqualTo("Side effects");
        assertThat(Sample.textOf(sample.flow(MarkdownStyles.H3, ""))).isEqualTo("Hot flushes");

        TextFlow intro = sample.flow(MarkdownStyles.PARAGRAPH, "Intro");
        assertThat(Sample.textOf(intro)).as("a soft line break is a space")
                .isEqualTo("Intro with care and strong words. Second line joined.");
        List<Text> texts = Sample.texts(intro);
        assertThat(texts).extracting(Text::getText).containsExactly("Intro with ", "care", " and ", "strong", " words. Second line joined.");
        assertThat(texts.get(1).getStyleClass()).contains(MarkdownStyles.EM);
        assertThat(texts.get(3).getStyleClass()).contains(MarkdownStyles.STRONG);
        assertThat(texts.get(0).getStyleClass()).doesNotContain(MarkdownStyles.EM, MarkdownStyles.STRONG);
    }

    @Test
    void emphasisAndStrongLookDifferent() {
        List<Text> texts = Sample.texts(sample.flow(MarkdownStyles.PARAGRAPH, "Intro"));
        assertThat(texts.get(0).getFont().getStyle()).isEqualTo("Regular");
        assertThat(texts.get(1).getFont().getStyle()).containsIgnoringCase("italic");
        assertThat(texts.get(3).getFont().getStyle()).containsIgnoringCase("bold");
    }

    @Test
    void listsAreRowsWithBulletsOrNumbersAndNestInsideTheirItem() {
        List<VBox> lists = sample.article.lookupAll("." + MarkdownStyles.LIST).stream().map(VBox.class::cast).toList();
        assertThat(lists).hasSize(3);
        assertThat(sample.article.lookupAll("." + MarkdownStyles.LIST_MARKER)).extracting(n -> ((Text) ((TextFlow) n).getChildren().get(0)).getText())
                .containsExactly("•", "•", "◦", "3.", "4.");

        VBox bullets = lists.get(0);
        assertThat(bullets.getChildren()).hasSize(2).allMatch(row -> row instanceof HBox
                && row.getStyleClass().contains(MarkdownStyles.LIST_ITEM));
        HBox second = (HBox) bullets.getChildren().get(1);
        VBox nested = lists.get(1);
        assertThat(isInside(nested, second)).as("the nested list sits in the item it belongs to").isTrue();
        assertThat(nested.localToScene(0, 0).getX()).as("nested items are indented")
                .isGreaterThan(bullets.localToScene(0, 0).getX() + 5);
    }

    @Test
    void tablesAreGridsWithHeaderCellsAndAlignedColumns() {
        GridPane table = (GridPane) sample.article.lookup("." + MarkdownStyles.TABLE);
        assertThat(table).isNotNull();
        assertThat(table.lookupAll("." + MarkdownStyles.TH)).hasSize(2);
        assertThat(table.lookupAll("." + MarkdownStyles.TD)).hasSize(2);
        assertThat(table.lookupAll("." + MarkdownStyles.CELL_TEXT)).extracting(n -> Sample.textOf((TextFlow) n))
                .containsExactly("Term", "Meaning", "Nadir", "The lowest PSA");
        TextFlow meaning = sample.flow(MarkdownStyles.TD, "The lowest");
        assertThat(meaning.getTextAlignment()).as("---: aligns right").isEqualTo(TextAlignment.RIGHT);
        assertThat(GridPane.getColumnIndex(meaning.getParent())).isEqualTo(1);
        assertThat(GridPane.getRowIndex(meaning.getParent())).isEqualTo(1);
    }

    @Test
    void longTextWrapsToTheWidthGiven(FxRobot robot) {
        robot.interact(() -> {
            sample.scene.getWindow().setWidth(400);
            ((VBox) sample.article).getChildren().add(0, new ArticleRenderer(id -> {}).render("word ".repeat(200)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow wrapped = (TextFlow) ((VBox) sample.article).getChildren().get(0).lookup("TextFlow");
        double line = Sample.texts(wrapped).get(0).getFont().getSize();
        assertThat(wrapped.getWidth()).isLessThanOrEqualTo(400);
        assertThat(wrapped.getHeight()).as("a thousand letters take many lines").isGreaterThan(10 * line);
    }

    @Test
    void aNarrowTableWrapsBetweenWordsNotInsideThem(FxRobot robot) {
        robot.interact(() -> {
            sample.scene.getWindow().setWidth(260);
            ((VBox) sample.article).getChildren().add(0, new ArticleRenderer(id -> {}).render(
                    "| Term | What it means |\n|---|---|\n| Doubling time | How long PSA takes to double, in months |"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextFlow term = sample.flow(MarkdownStyles.TD, "Doubling");
        TextFlow meaning = sample.flow(MarkdownStyles.TD, "How long");
        Text word = new Text("Doubling");
        word.setFont(Sample.texts(term).get(0).getFont());
        assertThat(term.getWidth()).isGreaterThanOrEqualTo(word.getLayoutBounds().getWidth());
        assertThat(meaning.getHeight()).as("the long cell wraps").isGreaterThan(2 * word.getLayoutBounds().getHeight());
    }

    @Test
    void aClickOnAnArticleLinkOpensThatArticle(FxRobot robot) {
        Text link = (Text) sample.article.lookup("." + MarkdownStyles.LINK);
        assertThat(link.getText()).isEqualTo("the PSA article");
        assertThat(link.getCursor()).isEqualTo(javafx.scene.Cursor.HAND);
        robot.clickOn(link);
        assertThat(sample.opened).containsExactly("following-psa");
    }

    @Test
    void aLinkCanBeFollowedFromTheKeyboard(FxRobot robot) {
        Text link = (Text) sample.article.lookup("." + MarkdownStyles.LINK);
        assertThat(link.isFocusTraversable()).isTrue();
        robot.interact(link::requestFocus);
        robot.type(KeyCode.ENTER);
        assertThat(sample.opened).containsExactly("following-psa");
    }

    @Test
    void aWebLinkIsPlainText(FxRobot robot) {
        assertThat(sample.article.lookupAll("." + MarkdownStyles.LINK)).hasSize(1);
        Text web = Sample.texts(sample.flow(MarkdownStyles.PARAGRAPH, "See")).stream()
                .filter(t -> t.getText().contains("a web page")).findFirst().orElseThrow();
        assertThat(web.getStyleClass()).doesNotContain(MarkdownStyles.LINK);
        robot.clickOn(web);
        assertThat(sample.opened).isEmpty();
    }

    @Test
    void headingsGrowWithTheRootFontSize(FxRobot robot) {
        Text heading = Sample.texts(sample.flow(MarkdownStyles.H2, "")).get(0);
        Text body = Sample.texts(sample.flow(MarkdownStyles.PARAGRAPH, "Intro")).get(0);
        double normal = heading.getFont().getSize();
        assertThat(normal).as("a heading is larger than body text").isGreaterThan(body.getFont().getSize());

        robot.interact(() -> sample.scene.getRoot().getStyleClass().add(TextSize.LARGEST.styleClass()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(heading.getFont().getSize()).isCloseTo(normal * TextSize.LARGEST.px() / TextSize.NORMAL.px(),
                org.assertj.core.data.Offset.offset(0.5));
        assertThat(body.getFont().getSize()).isEqualTo(TextSize.LARGEST.px());
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) if (n == ancestor) return true;
        return false;
    }
}
