package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.hearth.domain.Family;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Another account on the laptop must not read Hearth's files: the database, the key file and backups stay readable
 * and writable by the worker only (0600, folders 0700) after every operation that writes them anew, although the
 * system's default (umask 022) would make new files readable by all.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "Windows has no POSIX modes; the data folder is in the user's"
        + " own profile there")
class OwnerOnlyFilesTest {

    private static final String PASSPHRASE = "correct horse battery";

    @TempDir
    Path temp;

    @Test
    void theDatabaseKeyFileAndBackupsAreTheWorkersOnlyAfterEveryOperation() throws Exception {
        DataFolder data = new DataFolder(temp.resolve("data"));
        Path backup = temp.resolve("backups").resolve("b.hearthbackup");
        Files.createDirectories(backup.getParent());
        try (Database database = Database.create(data, PASSPHRASE.toCharArray(), () -> "W")) {
            assertOwnerOnly(data, "after creating");
            database.write(work -> work.cases().add(new Family("HF-1", "Family Jansen", LocalDate.of(2026, 1, 1))));
            database.backUpTo(backup, Instant.parse("2026-12-01T09:00:00Z"), "test");
            assertThat(mode(backup)).as("the backup").isEqualTo("rw-------");
            database.write(work -> work.cases().add(new Family("HF-2", "Family Bakker", LocalDate.of(2026, 2, 1))));
            database.compact();
            assertOwnerOnly(data, "after compacting (erasure)");
        }
        PassphraseChange.run(data, PASSPHRASE.toCharArray(), "a brand new passphrase".toCharArray(), step -> { });
        assertOwnerOnly(data, "after a passphrase change");
        try (BackupRestore.Staged staged = BackupRestore.stage(data, backup, PASSPHRASE.toCharArray())) {
            BackupRestore.swapIn(data, staged, LocalDateTime.of(2026, 12, 3, 10, 0));
        }
        assertOwnerOnly(data, "after a restore");
    }

    private static void assertOwnerOnly(DataFolder data, String when) throws IOException {
        try (Stream<Path> files = Files.walk(data.path())) {
            for (Path file : (Iterable<Path>) files::iterator) {
                assertThat(mode(file)).as("%s: %s", when, data.path().relativize(file))
                        .isEqualTo(Files.isDirectory(file) ? "rwx------" : "rw-------");
            }
        }
        assertThat(data.databaseFile()).exists();
        assertThat(data.keyFile()).exists();
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
