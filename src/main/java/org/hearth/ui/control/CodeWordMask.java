package org.hearth.ui.control;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import org.hearth.ui.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Keeps a case's code words (a signal's word, its question and answer) off the screen until the worker reveals
 * them, so a glance over the shoulder does not give away the word a family member will use in danger. One per
 * open case: leaving the case, locking and quick hide cover the words again.
 */
public final class CodeWordMask {

    /** What is shown instead of a code word: always the same length, so it does not tell the word's length. */
    public static final String MASK = "••••••";

    private final BooleanProperty revealed = new SimpleBooleanProperty(false);

    /** The word as it may be shown now: itself when revealed, else the mask; nothing stays nothing. */
    public String show(String word) {
        if (word == null || word.isEmpty()) {
            return word;
        }
        return revealed.get() ? word : MASK;
    }

    public boolean isRevealed() {
        return revealed.get();
    }

    /** Covers the words again. */
    public void cover() {
        revealed.set(false);
    }

    public BooleanProperty revealedProperty() {
        return revealed;
    }

    /** The eye button that reveals and covers the words, reachable by keyboard and named for screen readers. */
    public ToggleButton toggle(Messages messages, String id) {
        ToggleButton button = new ToggleButton();
        button.setId(id);
        button.getStyleClass().add("code-word-toggle");
        button.selectedProperty().bindBidirectional(revealed);
        Runnable update = () -> {
            boolean shown = revealed.get();
            String text = messages.get(shown ? "codeWords.hide" : "codeWords.show");
            button.setText(text);
            button.setGraphic(new FontIcon(shown ? Material2MZ.VISIBILITY_OFF : Material2MZ.VISIBILITY));
            button.setAccessibleText(text);
            button.setTooltip(new Tooltip(messages.get("codeWords.hint")));
        };
        revealed.addListener((o, was, is) -> update.run());
        update.run();
        return button;
    }
}
