package org.hearth.ui.control;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * Undo and redo for an editor whose state can be copied whole (a list of rows, a plan draft): the editor records
 * the state before each edit, and undo or redo hand back the state to show.
 */
public final class UndoHistory<T> {

    private final Deque<T> undo = new ArrayDeque<>();
    private final Deque<T> redo = new ArrayDeque<>();
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();

    /** Remembers the state before an edit; a new edit ends what could be redone. */
    public void record(T before) {
        undo.push(before);
        redo.clear();
        update();
    }

    /** The state before the last edit, if any; the current state can then be redone. */
    public Optional<T> undo(T current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        T previous = undo.pop();
        update();
        return Optional.of(previous);
    }

    public Optional<T> redo(T current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        T next = redo.pop();
        update();
        return Optional.of(next);
    }

    /** After saving, the history starts again. */
    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo;
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo;
    }
}
