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
    }
}
