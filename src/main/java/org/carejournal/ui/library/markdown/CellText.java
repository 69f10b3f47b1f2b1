package org.carejournal.ui.library.markdown;

import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The text of a table cell. It may wrap between words but asks never to be narrower than its longest
 * word, so a table that has to shrink squeezes its wordy columns, not "Baseline" into "Baselin-e".
 */
final class CellText extends TextFlow {
    @Override
    protected double computeMinWidth(double height) {
        Text ruler = new Text();
        double widest = 0;
        for (Node child : getManagedChildren()) {
            if (!(child instanceof Text text)) continue;
            ruler.setFont(text.getFont());
            for (String word : text.getText().split("\\s+")) {
                ruler.setText(word);
                widest = Math.max(widest, ruler.getLayoutBounds().getWidth());
            }
        }
        return snapSizeX(widest + snappedLeftInset() + snappedRightInset()) + 1;
    }
}
