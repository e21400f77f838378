package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The team server's schema on a real PostgreSQL server: the same migrations as the embedded database,
 * every table with case data guarded by row-level security, TLS that refuses a server it cannot verify.
 */
class ServerSchemaTest {

    /** Columns the team server adds for its access rules (db/postgresql/V4); the embedded file has no use for them. */
    private static final Set<String> SERVER_ONLY = Set.of("case_id", "family.owner_worker");

    static TestPostgres server;

    @BeforeAll
    static void server() {
        server = TestPostgres.freshDatabase();
    }

    @Test
    void theSameMigrationsMakeTheSameTablesAndColumnsOnBothDatabases() throws Exception {
        org.h2.jdbcx.JdbcDataSource h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL("jdbc:h2:mem:parity-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Database.migrate(h2);
        TreeMap<String, String> embedded;
        try (Connection connection = h2.getConnection()) {
            embedded = columns(connection, "PUBLIC");
            connection.createStatement().execute("shutdown");
        }
        TreeMap<String, String> team;
        try (Connection connection = server.sqlAsAdmin()) {
            team = columns(connection, "public");
        }
        team.keySet().removeIf(column -> SERVER_ONLY.contains(column.substring(column.indexOf('.') + 1))
                || SERVER_ONLY.contains(column) || column.startsWith("case_share."));
        assertThat(embedded).as("tables and columns, with their types").hasSizeGreaterThan(300);
        assertThat(team).isEqualTo(embedded);
        assertThat(Database.schemaIsCurrent(new org.postgresql.ds.PGSimpleDataSource() {
            {
                setURL(server.address().jdbcUrl());
                setUser(server.admin());
                setPassword(new String(server.adminPassword()));
            }
        })).as("the server at this Hearth's schema version").isTrue();
    }

    /** table.column → type and length, in words both databases share. */
    private static TreeMap<String, String> columns(Connection connection, String schema) throws SQLException {
        TreeMap<String, String> columns = new TreeMap<>();
        try (var statement = connection.prepareStatement("select table_name, column_name, data_type,"
                + " character_maximum_length, is_nullable from information_schema.columns where table_schema = ?"
                + " and lower(table_name) <> 'flyway_schema_history'")) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String type = result.getString(3).toLowerCase(Locale.ROOT).replace(" without time zone", "");
                    columns.put(result.getString(1).toLowerCase(Locale.ROOT) + "."
                                    + result.getString(2).toLowerCase(Locale.ROOT),
                            type + "(" + result.getString(4) + ") nullable " + result.getString(5));
                }
            }
        }
        return columns;
    }

    @Test
    void everyTableWithCaseDataIsGuardedByRowLevelSecurityAndStampedWithItsCase() throws Exception {
        Set<String> unguarded = new TreeSet<>();
        Set<String> unstamped = new TreeSet<>();
        int tables = 0;
        try (Connection connection = server.sqlAsAdmin(); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select c.relname, c.relrowsecurity,"
                     + " exists (select 1 from information_schema.columns k where k.table_schema = 'public'"
                     + " and k.table_name = c.relname and k.column_name = 'case_id'),"
                     + " exists (select 1 from pg_trigger t where t.tgrelid = c.oid and not t.tgisinternal)"
                     + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                     + " where n.nspname = 'public' and c.relkind = 'r'")) {
            while (result.next()) {
                String table = result.getString(1);
                if (table.equals("flyway_schema_history")) {
                    continue;
                }
                tables++;
                if (!result.getBoolean(2)) {
                    unguarded.add(table);
                }
                boolean ownCase = table.equals("family") || table.equals("revision") || table.equals("case_share");
                if (!ownCase && !(result.getBoolean(3) && result.getBoolean(4))) {
                    unstamped.add(table);
                }
            }
        }
        assertThat(tables).isGreaterThanOrEqualTo(70);
        assertThat(unguarded).as("tables without row-level security").isEmpty();
        assertThat(unstamped).as("tables whose rows do not carry their case").isEmpty();
    }

    @Test
    void aWorkerCanNeitherChangeTheSchemaNorTakeAnotherRole() throws Exception {
        String worker = server.worker("wendy", false);
        try (Connection connection = server.sql(worker); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("create table notes (text varchar(100))"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.execute("alter table family disable row level security"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.execute("set role hearth_lead"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            assertThatThrownBy(() -> statement.execute("delete from flyway_schema_history"))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
        }
    }

    @Test
    void theConnectionIsEncryptedAndAServerThatCannotProveItselfIsRefused() throws Exception {
        String worker = server.worker("tess", false);
        try (Connection connection = server.sql(worker); Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("select ssl from pg_stat_ssl where pid = pg_backend_pid()")) {
            assertThat(result.next() && result.getBoolean(1)).as("TLS in use").isTrue();
        }
        assertThat(server.address().jdbcUrl()).contains("sslmode=verify-full");
        ServerAddress impostorCheck = new ServerAddress(server.address().host(), server.address().port(),
                server.address().database(), Optional.of(server.otherCa()));
        assertThatThrownBy(() -> Database.connect(impostorCheck, worker, server.password(worker), () -> "Tess"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.SERVER_UNREACHABLE));
        assertThatThrownBy(() -> Database.connect(server.address(), worker, "not it".toCharArray(), () -> "Tess"))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.WRONG_SIGN_IN));
        try (Database database = server.connect(worker, "Tess")) {
            assertThat(database.isServer()).isTrue();
            java.util.List<?> cases = database.read(work -> work.cases().summaries());
            assertThat(cases).isEmpty();
        }
    }

    @Test
    void anAddressIsReadAsLibpqWritesItAndOnlyWithTls() {
        ServerAddress plain = ServerAddress.parse("postgresql://db.example.org/hearth");
        assertThat(plain.port()).isEqualTo(5432);
        assertThat(plain.verifiesServer()).isFalse();
        assertThat(plain.jdbcUrl()).contains("sslmode=require");
        ServerAddress verified = ServerAddress.parse("jdbc:postgresql://db.example.org:6543/hearth?sslrootcert=/etc/ca.crt");
        assertThat(verified.port()).isEqualTo(6543);
        assertThat(verified.jdbcUrl()).contains("sslmode=verify-full").contains("sslrootcert=");
        assertThat(ServerAddress.parse(verified.toString())).isEqualTo(verified);
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://db.example.org/hearth?sslmode=disable"))
                .hasMessageContaining("TLS");
        assertThatThrownBy(() -> ServerAddress.parse("postgresql://anna:secret@db.example.org/hearth"))
                .hasMessageContaining("password");
        assertThatThrownBy(() -> ServerAddress.parse("db.example.org/hearth")).hasMessageContaining("postgresql://");
    }
}
