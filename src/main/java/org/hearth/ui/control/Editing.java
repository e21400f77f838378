package org.hearth.ui.control;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/** An editor with explicit saving: what its save bar shows and enables. */
public interface Editing {

    /** Something differs from what was last saved. */
    BooleanBinding dirty();

    /** Nothing stands in the way of saving. */
    BooleanBinding valid();

    BooleanProperty busyProperty();

    /** A failure to show instead of the usual status, or empty. */
    StringProperty failureProperty();

    ReadOnlyBooleanProperty canUndoProperty();

    ReadOnlyBooleanProperty canRedoProperty();

    /** What the save bar says while the editor is not valid. */
    ObservableStringValue problemSummary();
}
