package org.hearth.service;

import java.time.Clock;
import java.util.function.Supplier;
import org.hearth.store.Database;
import org.hearth.store.ServerAddress;
import org.hearth.store.StoreException;
import org.hearth.store.WrongPassphraseException;

/**
 * The team's shared PostgreSQL database (issue 11), in place of the encrypted file on this laptop. Each worker signs
 * in as themselves; the server shows them their own cases, the cases shared with them, and every case to a team
 * lead, and records their sign-in name in the history (decision 0017).
 */
public final class TeamServer {

    private final ServerAddress address;
    private final Clock clock;

    public TeamServer(ServerAddress address, Clock clock) {
        this.address = address;
        this.clock = clock;
    }

    public ServerAddress address() {
        return address;
    }

    /**
     * Signs in. A wrong name or password throws {@link WrongPassphrase}; an unreachable or unproven server, or one
     * whose schema is older than this Hearth, a {@link StoreException} that says so.
     */
    public OpenVault signIn(String worker, char[] password, Supplier<String> workerName) throws WrongPassphrase {
        if (worker == null || worker.isBlank()) {
            throw new IllegalArgumentException("A sign-in name is needed");
        }
        try {
            return new OpenVault(Database.connect(address, worker.strip(), password, workerName), clock);
        } catch (StoreException e) {
            if (e.reason() == StoreException.Reason.WRONG_SIGN_IN) {
                throw new WrongPassphrase();
            }
            throw e;
        }
    }

    /** Checks the password again (unlocking the screen) without touching the open connection. */
    public void checkPassword(String worker, char[] password) throws WrongPassphrase {
        try {
            Database.checkServerPassword(address, worker.strip(), password);
        } catch (WrongPassphraseException e) {
            throw new WrongPassphrase();
        }
    }

    /** Brings the server's schema up to this Hearth's version (the administrator, from the command line). */
    public void migrate(String administrator, char[] password) {
        Database.migrateServer(address, administrator, password);
    }
}
