package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unlocking skips Flyway only when the database is at the newest script's version: that number must be right. */
class SchemaVersionTest {

    @TempDir
    Path temp;

    @Test
    void theSchemaVersionIsTheNewestMigrationScript() throws Exception {
        int newest = Math.max(newest("migration"), newest("h2"));
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION").isEqualTo(newest);
    }

    /** Scripts that differ per database come in pairs: both databases reach the same version. */
    @Test
    void bothDatabasesHaveTheSameVersions() throws Exception {
        assertThat(versions("h2")).as("versions in db/h2 and db/postgresql").isEqualTo(versions("postgresql"));
        assertThat(versions("h2")).as("no version both shared and per database")
                .doesNotContainAnyElementsOf(versions("migration"));
    }

    private static int newest(String folder) throws Exception {
        return versions(folder).stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private static java.util.Set<Integer> versions(String folder) throws Exception {
        try (Stream<Path> scripts = Files.list(Path.of("src", "main", "resources", "db", folder))) {
            return scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .map(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        }
    }

    @Test
    void aNewDatabaseIsCurrentAndOpensAgainWithoutFlyway() throws Exception {
        DataFolder folder = new DataFolder(temp);
        char[] passphrase = "a long enough passphrase".toCharArray();
        Database.create(folder, passphrase.clone(), () -> "Test").close();
        try (Database database = Database.open(folder, passphrase.clone(), () -> "Test")) {
            int cases = database.read(work -> work.cases().summaries().size());
            assertThat(cases).isZero();
        }
    }

    @Test
    void onlyADatabaseAtTheNewestVersionCountsAsCurrent() throws Exception {
        org.h2.jdbcx.JdbcDataSource memory = new org.h2.jdbcx.JdbcDataSource();
        memory.setURL("jdbc:h2:mem:schema-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        assertThat(Database.schemaIsCurrent(memory)).as("an empty database").isFalse();
        Database.migrate(memory);
        assertThat(Database.schemaIsCurrent(memory)).as("a migrated database").isTrue();
        try (var connection = memory.getConnection(); var statement = connection.createStatement()) {
            statement.execute("update \"flyway_schema_history\" set \"version\" = '" + (Database.SCHEMA_VERSION + 1)
                    + "' where \"version\" = '" + Database.SCHEMA_VERSION + "'");
            assertThat(Database.schemaIsCurrent(memory)).as("a database from a newer Hearth").isFalse();
            statement.execute("shutdown");
        }
    }
}
