package org.hearth.ui.control;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.hearth.ui.Messages;

/** The bar under an editor: its status in words, and undo, redo and save enabled only when they can act. */
public final class SaveBar {

    private SaveBar() {
    }

    public static void wire(Editing editor, Messages messages, Label status, Button undo, Button redo, Button save) {
        undo.disableProperty().bind(editor.canUndoProperty().not());
        redo.disableProperty().bind(editor.canRedoProperty().not());
        save.disableProperty().bind(editor.dirty().not().or(editor.valid().not()).or(editor.busyProperty()));
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!editor.failureProperty().get().isEmpty()) {
                return editor.failureProperty().get();
            }
            if (!editor.valid().get()) {
                return editor.problemSummary().get();
            }
            return messages.get(editor.dirty().get() ? "editor.unsaved" : "editor.saved");
        }, editor.dirty(), editor.valid(), editor.failureProperty(), editor.problemSummary()));
        // a failed save explains itself in full, in red, and never squeezes the buttons to "S..."
        status.setWrapText(true);
        status.setMinWidth(0);
        javafx.scene.layout.HBox.setHgrow(status, javafx.scene.layout.Priority.SOMETIMES);
        for (Button button : new Button[] {undo, redo, save}) {
            button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        editor.failureProperty().addListener((o, old, failure) -> {
            status.getStyleClass().remove("failure");
            if (failure != null && !failure.isEmpty()) {
                status.getStyleClass().add("failure");
            }
        });
    }
}
