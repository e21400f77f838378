package org.hearth.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server the team-server tests run against: started by {@code .ci/test-postgres
 * start}, which prints the connection file that {@code HEARTH_TEST_POSTGRES} names. Without one the tests are
 * skipped and say so; with {@code HEARTH_REQUIRE_POSTGRES=1} (set by {@code .ci/run}) they fail instead, so that CI
 * cannot pass by skipping them.
 *
 * <p>Each test class gets a database of its own, set up as docs/team-server.md tells an administrator to, and makes
 * its own worker roles (roles belong to the whole server, so their names carry a random part).
 */
public final class TestPostgres {

    private static final Path DEFAULT_FILE = Path.of("/tmp/hearth-test-postgres/connection.properties");

    private final Properties connection;
    private final ServerAddress address;
    private final Map<String, char[]> passwords = new HashMap<>();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private TestPostgres(Properties connection, ServerAddress address) {
        this.connection = connection;
        this.address = address;
    }

    /** A fresh, migrated Hearth database on the test server; skips the test when there is no server. */
    public static TestPostgres freshDatabase() {
        return freshDatabase(true);
    }

    /** A fresh database on the test server, set up as the docs say, migrated by the administrator or still empty. */
    public static TestPostgres freshDatabase(boolean migrated) {
        Optional<Properties> found = connectionFile();
        if (found.isEmpty()) {
            String message = "No PostgreSQL test server: team-server tests skipped. Run `.ci/test-postgres start`"
                    + " and export HEARTH_TEST_POSTGRES=<the file it prints> to run them.";
            if ("1".equals(System.getenv("HEARTH_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException(message + " (HEARTH_REQUIRE_POSTGRES=1: failing instead)");
            }
            System.err.println(message);
            Assumptions.abort(message);
        }
        Properties properties = found.get();
        String name = "hearth_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        ServerAddress base = new ServerAddress(properties.getProperty("host"),
                Integer.parseInt(properties.getProperty("port")), "postgres",
                Optional.of(Path.of(properties.getProperty("ca"))));
        ServerAddress address = new ServerAddress(base.host(), base.port(), name, base.caFile());
        TestPostgres server = new TestPostgres(properties, address);
        server.asAdmin(base, "create database " + name);
        server.asAdmin(address, "revoke all on database " + name + " from public");
        server.asAdmin(address, "create role hearth_worker nologin; exception when duplicate_object then null",
                true);
        server.asAdmin(address, "grant connect on database " + name + " to hearth_worker");
        if (migrated) {
            Database.migrateServer(address, server.admin(), server.adminPassword());
        }
        return server;
    }

    /** Brings a database made with {@code freshDatabase(false)} to an earlier version, as an older Hearth left it. */
    public void migrateTo(int version) {
        org.flywaydb.core.Flyway.configure().dataSource(address.jdbcUrl(), admin(), connection.getProperty(
                        "adminPassword")).locations("classpath:db/migration", "classpath:db/postgresql")
                .target(String.valueOf(version)).load().migrate();
    }

    private static Optional<Properties> connectionFile() {
        String named = System.getenv("HEARTH_TEST_POSTGRES");
        Path file = named == null || named.isBlank() ? DEFAULT_FILE : Path.of(named);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
        return Optional.of(properties);
    }

    public ServerAddress address() {
        return address;
    }

    /** A CA file that did not sign the test server's certificate. */
    public Path otherCa() {
        return Path.of(connection.getProperty("otherCa"));
    }

    public String admin() {
        return connection.getProperty("admin");
    }

    public char[] adminPassword() {
        return connection.getProperty("adminPassword").toCharArray();
    }

    /** Makes a worker who may sign in; a team lead sees every case. Returns the sign-in name. */
    public String worker(String name, boolean lead) {
        String role = (name + "_" + suffix).toLowerCase(Locale.ROOT);
        char[] password = ("pw-" + UUID.randomUUID()).toCharArray();
        asAdmin(address, "create role " + role + " login password '" + new String(password) + "' in role "
                + (lead ? "hearth_lead" : "hearth_worker"));
        passwords.put(role, password);
        return role;
    }

    public char[] password(String worker) {
        return passwords.get(worker).clone();
    }

    /** A plain SQL connection as this worker, as a worker with a SQL client would make it. */
    public Connection sql(String worker) throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), worker, new String(passwords.get(worker)));
    }

    /** A plain SQL connection as the administrator, who owns the tables. */
    public Connection sqlAsAdmin() throws SQLException {
        return DriverManager.getConnection(address.jdbcUrl(), admin(), connection.getProperty("adminPassword"));
    }

    /** Hearth's store, signed in as this worker; the worker supplier is the app's own idea of the name. */
    public Database connect(String worker, String nameTheAppBelieves) {
        return Database.connect(address, worker, password(worker), () -> nameTheAppBelieves);
    }

    /** Runs a statement in a PL/pgSQL block, for one that may fail harmlessly (the role exists already). */
    private void asAdmin(ServerAddress where, String statement, boolean inBlock) {
        asAdmin(where, "do $$ begin " + statement + "; end $$");
    }

    private void asAdmin(ServerAddress where, String sql) {
        try (Connection c = DriverManager.getConnection(where.jdbcUrl(), admin(),
                connection.getProperty("adminPassword")); Statement statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test server set-up failed: " + sql.replaceAll("password '[^']*'",
                    "password '…'"), e);
        }
    }
}
