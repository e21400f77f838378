package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hearth.domain.Family;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore cut short at any of its renames (Hearth killed, the laptop's battery empty) must leave data that opens:
 * at the next start the restore is completed, the worker's data before it is kept aside, and nothing offers to
 * create a new database over a key file.
 */
class InterruptedRestoreTest {

    private static final String PASSPHRASE = "correct horse battery";
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 12, 3, 10, 15);

    @TempDir
    Path temp;

    private DataFolder data;
    private Path backup;

    /** The backup holds the Jansen family only; the Bakker family was added after it. */
    @BeforeEach
    void aBackupAndLaterWork() throws IOException {
        data = new DataFolder(temp.resolve("data"));
        backup = temp.resolve("monday.hearthbackup");
        try (Database database = Database.create(data, PASSPHRASE.toCharArray(), () -> "W")) {
            database.write(work -> work.cases().add(new Family("HF-1", "Family Jansen", LocalDate.of(2026, 1, 1))));
            database.backUpTo(backup, Instant.parse("2026-11-30T09:00:00Z"), "test");
            database.write(work -> work.cases().add(new Family("HF-2", "Family Bakker", LocalDate.of(2026, 2, 1))));
        }
    }

    @Test
    void aRestoreInterruptedAfterAnyStepIsCompletedAtTheNextStartAndTheEarlierDataIsKeptAside() throws Exception {
        Map<RestoreSwap.Step, DataFolder> crashed = new EnumMap<>(RestoreSwap.Step.class);
        try (BackupRestore.Staged staged = BackupRestore.stage(data, backup, PASSPHRASE.toCharArray())) {
            BackupRestore.swapIn(data, staged, NOW,
                    step -> crashed.put(step, CrashedFolder.copyOf(data, temp.resolve("after-" + step))));
        }
        assertThat(crashed).containsOnlyKeys(RestoreSwap.Step.values());
        assertThat(crashed.get(RestoreSwap.Step.DATABASE_SET_ASIDE).databaseFile())
                .as("the moment the issue found: a key file and no database").doesNotExist();
        assertThat(crashed.get(RestoreSwap.Step.DATABASE_SET_ASIDE).keyFile()).exists();

        for (var entry : crashed.entrySet()) {
            DataFolder state = entry.getValue();
            String after = "after " + entry.getKey();
            assertThat(references(state)).as(after).containsExactly("HF-1");
            assertThat(state.path().resolve(RestoreSwap.JOURNAL)).as(after).doesNotExist();
            DataFolder aside = new DataFolder(onlyAsideFolder(state));
            assertThat(references(aside)).as(after + ": the data before the restore, kept aside")
                    .containsExactly("HF-1", "HF-2");
            try (Stream<Path> files = Files.walk(state.path())) {
                assertThat(files.filter(Files::isRegularFile)
                        .map(p -> state.path().relativize(p).toString()).filter(n -> n.startsWith(".restore-")))
                        .as(after + ": no copy of the restored files is left waiting").isEmpty();
            }
        }
    }

    @Test
    void aFailedRenameOnTheWayPutsEverythingBack() throws Exception {
        byte[] database = Files.readAllBytes(data.databaseFile());
        byte[] keyFile = Files.readAllBytes(data.keyFile());
        try (BackupRestore.Staged staged = BackupRestore.stage(data, backup, PASSPHRASE.toCharArray())) {
            assertThatThrownBy(() -> BackupRestore.swapIn(data, staged, NOW, step -> {
                if (step == RestoreSwap.Step.DATABASE_IN_PLACE) {
                    throw new UncheckedIOException(new IOException("held by another program"));
                }
            })).isInstanceOf(UncheckedIOException.class);
        }
        assertThat(Files.readAllBytes(data.databaseFile())).isEqualTo(database);
        assertThat(Files.readAllBytes(data.keyFile())).isEqualTo(keyFile);
        assertThat(data.path().resolve(RestoreSwap.JOURNAL)).doesNotExist();
        assertThat(references(data)).containsExactly("HF-1", "HF-2");
    }

    @Test
    void aKeyFileWithoutItsDatabaseIsNeverReplacedByANewDatabase() throws Exception {
        Files.delete(data.databaseFile());
        byte[] keyFile = Files.readAllBytes(data.keyFile());
        assertThat(data.holdsPartOfADatabase()).isTrue();
        assertThatThrownBy(() -> Database.create(data, "another passphrase".toCharArray(), () -> "W"))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.INCOMPLETE_FOLDER);
        assertThatThrownBy(() -> Database.open(data, PASSPHRASE.toCharArray(), () -> "W"))
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.INCOMPLETE_FOLDER);
        assertThat(Files.readAllBytes(data.keyFile())).isEqualTo(keyFile);
    }

    private static List<String> references(DataFolder folder) throws Exception {
        try (Database database = Database.open(folder, PASSPHRASE.toCharArray(), () -> "W")) {
            return database.read(work -> work.cases().summaries()).stream()
                    .map(org.hearth.domain.CaseSummary::reference).sorted().toList();
        }
    }

    private static Path onlyAsideFolder(DataFolder folder) throws IOException {
        try (Stream<Path> files = Files.list(folder.path())) {
            List<Path> aside = files.filter(p -> p.getFileName().toString().startsWith("replaced-")).toList();
            assertThat(aside).hasSize(1);
            return aside.get(0);
        }
    }
}
