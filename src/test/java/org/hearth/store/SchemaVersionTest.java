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
        int newest;
        try (Stream<Path> scripts = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            newest = scripts.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(Database.SCHEMA_VERSION).as("Database.SCHEMA_VERSION").isEqualTo(newest);
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
