package org.hearth.ui.control;

import javafx.beans.property.ObjectProperty;

/**
 * An editor whose save can meet a newer save (decision 0016): it offers the conflict, and carries out the worker's
 * choice. {@link ConflictDialog#wire} connects it to the dialog.
 */
public interface Resolving<D> {

    /** A save that met a newer version, waiting for the worker's choice; null otherwise. */
    ObjectProperty<SaveConflict<D>> conflictProperty();

    /** Saves the worker's version over the newer one. */
    void keepMine();

    /** Drops the worker's unsaved changes and goes on from the newer version. */
    void takeTheirs();

    /** Leaves both as they are: nothing saved, the worker's changes stay on screen. */
    void decideLater();
}
