package org.hearth.service;

import java.time.Clock;
import java.util.function.Supplier;
import org.hearth.store.Database;
import org.hearth.store.ServerAddress;
import org.hearth.store.StoreException;
import org.hearth.store.WrongPassphraseException;

/**
 * The team's shared PostgreSQL database, in place of the encrypted file on this laptop. Each worker signs
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

    /** The variable that points Hearth at a team server instead of the embedded file, for the app and the CLI. */
    public static final String ENVIRONMENT_VARIABLE = "HEARTH_DB_URL";

    /**
     * Which database a choice names: a {@code postgresql://} address for a team server, or empty for the embedded
     * file (blank, or the word {@code embedded}). An address that cannot be read throws, with the reason.
     */
    public static java.util.Optional<ServerAddress> chosen(String choice) {
        return namesLaptopFile(choice) ? java.util.Optional.empty() : java.util.Optional.of(ServerAddress.parse(choice));
    }

    /** Whether a choice names this laptop's own encrypted file: blank, or the word {@code embedded}. */
    public static boolean namesLaptopFile(String choice) {
        return choice == null || choice.isBlank() || choice.strip().equalsIgnoreCase("embedded");
    }

    /** The team server {@value #ENVIRONMENT_VARIABLE} names, if any: it wins over Settings. */
    public static java.util.Optional<ServerAddress> fromEnvironment() {
        return chosen(System.getenv(ENVIRONMENT_VARIABLE));
    }

    public ServerAddress address() {
        return address;
    }

    /** The team server an address names, for the screens; an address that cannot be read throws. */
    public static TeamServer at(String address, Clock clock) {
        return new TeamServer(ServerAddress.parse(address), clock);
    }

    /**
     * What is wrong with an address typed in Settings, as the key of a message in the bundles, or empty when it
     * can be read. A blank address is missing.
     */
    public static java.util.Optional<String> addressProblemKey(String address) {
        try {
            ServerAddress.parse(address);
            return java.util.Optional.empty();
        } catch (ServerAddress.Unreadable e) {
            return java.util.Optional.of(PROBLEM_KEY + e.problem().name().toLowerCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.of(PROBLEM_KEY + "not_an_address");
        }
    }

    private static final String PROBLEM_KEY = "server.address.";

    /** The address as it is written down again (no secrets in it), for the settings. */
    public static String normalised(String address) {
        return ServerAddress.parse(address).toString();
    }

    /** The server and database, as the sign-in screen names them ("db.example.org/hearth"). */
    public String serverName() {
        return address.host() + (address.port() == ServerAddress.DEFAULT_PORT ? "" : ":" + address.port()) + "/"
                + address.database();
    }

    /** The organisation's CA file the server's certificate is checked against, if one is given. */
    public java.util.Optional<java.nio.file.Path> caFile() {
        return address.caFile();
    }

    /** Whether the server's identity is checked against the organisation's CA file. */
    public boolean verifiesServer() {
        return address.verifiesServer();
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
