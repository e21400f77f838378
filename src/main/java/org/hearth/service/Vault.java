package org.hearth.service;

import java.io.IOException;
import java.time.Clock;
import java.util.function.Supplier;
import org.hearth.domain.RecoveryKey;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.KeyFile;
import org.hearth.store.PassphraseChange;
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

    /** What the data folder holds. */
    public enum State {
        /** Nothing yet: the first start. */
        NEW,
        /** A database and its key file. */
        READY,
        /** One without the other: never to be replaced by a new, empty database. */
        INCOMPLETE
    }

    /** What the folder holds, after completing whatever a crash interrupted there (a restore, a passphrase change). */
    public State state() {
        try {
            folder.finishInterruptedWork();
        } catch (IOException e) {
            // opening tries again and reports the problem
        }
        if (folder.holdsDatabase()) {
            return State.READY;
        }
        return folder.holdsPartOfADatabase() ? State.INCOMPLETE : State.NEW;
    }

    /** Whether this is the first start: no database, and no part of one, has been made here yet. */
    public boolean isNew() {
        return state() == State.NEW;
    }

    /**
     * Makes the database at first start with a recovery slot for the organisation's recovery key, which the
     * worker has just been shown.
     */
    public OpenVault create(char[] passphrase, RecoveryKey recovery, Supplier<String> worker) throws IOException {
        checkLength(passphrase);
        return new OpenVault(Database.create(folder, passphrase, recovery, worker), clock);
    }

    /** A forgotten passphrase: the recovery key opens the data and the new passphrase replaces the old one. */
    public OpenVault recover(RecoveryKey recovery, char[] newPassphrase, Supplier<String> worker)
            throws IOException, WrongRecoveryKey {
        checkLength(newPassphrase);
        try {
            return new OpenVault(Database.recover(folder, recovery, newPassphrase, worker), clock);
        } catch (WrongPassphraseException e) {
            throw new WrongRecoveryKey();
        }
    }

    /**
     * Changes the passphrase and re-encrypts the data with a new key. The old passphrase is checked first, while
     * the open vault stays open; then it is closed, the data re-encrypted (progress from 0 to 1 is reported) and
     * opened again with the new passphrase. After any other failure the vault stays closed: the old passphrase, or
     * the new one if the switch was made, opens the data.
     */
    public OpenVault changePassphrase(OpenVault current, char[] oldPassphrase, char[] newPassphrase,
                                      Supplier<String> worker, java.util.function.DoubleConsumer progress)
            throws IOException, WrongPassphrase {
        checkLength(newPassphrase);
        try {
            java.util.Arrays.fill(KeyFile.unlock(folder.keyFile(), oldPassphrase), (byte) 0);
        } catch (WrongPassphraseException e) {
            throw new WrongPassphrase();
        }
        current.close();
        try {
            PassphraseChange.run(folder, oldPassphrase, newPassphrase, step -> progress.accept(step.fraction()));
            return new OpenVault(Database.open(folder, newPassphrase, worker), clock);
        } catch (WrongPassphraseException e) {
            // the vault is closed now: this must not look like a mistyped current passphrase
            throw new org.hearth.store.StoreException(org.hearth.store.StoreException.Reason.CANNOT_OPEN,
                    "The key file changed while the passphrase was being changed", e);
        }
    }

    /** Whether a recovery key can open this database (databases made before recovery keys have none). */
    public boolean hasRecoveryKey() throws IOException {
        return KeyFile.hasRecoverySlot(folder.keyFile());
    }

    private static void checkLength(char[] passphrase) {
        if (passphrase.length < MIN_PASSPHRASE) {
            throw new IllegalArgumentException("A passphrase has at least " + MIN_PASSPHRASE + " characters");
        }
    }

    /**
     * Makes a database without a recovery slot (tests and tools). The first-start screen uses
     * {@link #create(char[], RecoveryKey, Supplier)}.
     */
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

    /**
     * Checks the worker's passphrase against the key file without opening anything: used to unlock the screen
     * while the database stays open behind it. The unwrapped key is wiped at once.
     */
    public void checkPassphrase(char[] passphrase) throws IOException, WrongPassphrase {
        try {
            java.util.Arrays.fill(org.hearth.store.KeyFile.unlock(folder.keyFile(), passphrase), (byte) 0);
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
