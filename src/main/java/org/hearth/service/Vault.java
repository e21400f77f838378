package org.hearth.service;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.WrongPassphraseException;

/** The encrypted store of cases on this laptop, locked until the worker's passphrase opens it. */
public final class Vault {

    /** The shortest passphrase Hearth accepts, in characters. */
    public static final int MIN_PASSPHRASE = 10;

    private final DataFolder folder;
    private final Clock clock;

    public Vault(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Whether this is the first start: no database has been made here yet. */
    public boolean isNew() {
        return !folder.holdsDatabase();
    }

    /** Makes the database at first start. */
    public OpenVault create(char[] passphrase, Supplier<String> worker) throws IOException {
        if (passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("A passphrase has at least " + MIN_PASSPHRASE + " characters");
        }
        return new OpenVault(Database.create(folder, passphrase, worker), clock);
    }

    public OpenVault open(char[] passphrase, Supplier<String> worker) throws IOException, WrongPassphrase {
        try {
            return new OpenVault(Database.open(folder, passphrase, worker), clock);
        } catch (WrongPassphraseException e) {
            throw new WrongPassphrase();
        }
    }

    /** Loads and prepares the database machinery while the worker types, so opening is quick. */
    public static void warmUp() {
        Database.warmUp();
    }

    // ---- backups (decision 0012) ----

    /**
     * Checks a backup, decrypts it beside the data and opens it, so the worker can see when it was made and what
     * it holds. A damaged, truncated or foreign file, or a passphrase (or recovery key) that does not open it,
     * fails here and changes nothing.
     */
    public RestorePreview prepareRestore(java.nio.file.Path backup, char[] secret)
            throws IOException, WrongPassphrase {
        try {
            return new RestorePreview(org.hearth.store.BackupRestore.stage(folder, backup, secret));
        } catch (WrongPassphraseException e) {
            throw new WrongPassphrase();
        }
    }

    /**
     * Replaces the data with a checked backup: the open database (if any) is closed first, the current files are
     * kept aside in a {@code replaced-<date-time>} folder, which is returned (none when there was no data yet).
     */
    public java.util.Optional<java.nio.file.Path> restore(RestorePreview preview, OpenVault current)
            throws IOException {
        if (current != null) {
            current.close();
        }
        return org.hearth.store.BackupRestore.swapIn(folder, preview.staged, java.time.LocalDateTime.now(clock));
    }
}
