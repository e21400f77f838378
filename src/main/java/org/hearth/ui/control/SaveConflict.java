package org.hearth.ui.control;

import java.time.Instant;

/**
 * A save that met a newer version saved by someone else in the meantime: their version, who saved it and when.
 * Nothing of the worker's was saved; the worker chooses what happens next.
 *
 * @param <D> the draft the editor works on
 */
public record SaveConflict<D>(D theirs, String worker, Instant savedAt, Runnable afterSave) {

    /** What the worker chooses when two saves collide. */
    public enum Choice {
        /** Save the worker's version over theirs (their changes are undone, knowingly). */
        KEEP_MINE,
        /** Drop the worker's unsaved changes and continue from their version. */
        TAKE_THEIRS,
        /** Decide later: nothing is saved, the worker's changes stay on screen. */
        LATER
    }
}
