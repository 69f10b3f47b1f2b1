package org.carejournal.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;

/** One entry of the left navigation; its screen is built the first time it is opened. */
public record Section(String id, String title, Ikon icon, Supplier<Node> screen) {}
