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
}
