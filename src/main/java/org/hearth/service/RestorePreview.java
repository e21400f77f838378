package org.hearth.service;

import java.io.IOException;
import java.time.Instant;
import org.hearth.store.BackupRestore;

/**
 * A backup that has been checked, decrypted beside the data and opened: what it holds, shown to the worker before
 * anything is replaced. {@link #discard()} removes it when the worker decides not to restore.
 */
public final class RestorePreview {

    final BackupRestore.Staged staged;

    RestorePreview(BackupRestore.Staged staged) {
        this.staged = staged;
    }

    public Instant made() {
        return staged.made();
    }

    public int cases() {
        return staged.cases();
    }

    public int openCases() {
        return staged.openCases();
    }

    /** Removes the decrypted copy; the current data was never touched. */
    public void discard() throws IOException {
        staged.close();
    }
}
