package org.hearth.ui.control;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.Label;
import org.hearth.ui.Messages;

/**
 * The short to-do list at the top of a tab: what the family has not agreed yet. The draft saves with these open;
 * each also stands at its own field. Hidden while there is nothing to do.
 */
public final class ToDoList {

    private ToDoList() {
    }

    public static Label of(String id, String titleKey, Messages messages, Supplier<List<String>> toDos,
                          Observable changes) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("to-do-list");
        label.setWrapText(true);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        Runnable update = () -> {
            List<String> lines = toDos.get();
            label.setText(lines.isEmpty() ? "" : messages.get(titleKey) + "\n• " + String.join("\n• ", lines));
        };
        changes.addListener(o -> update.run());
        update.run();
        return label;
    }
}
