package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hearth.domain.Family;
import org.hearth.domain.RecoveryKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassphraseChangeTest {

    private static final String OLD = "correct horse battery";
    private static final String NEW = "a brand new passphrase";

    @TempDir
    Path temp;

    private DataFolder folder;
    private RecoveryKey recovery;

    @BeforeEach
    void aDatabaseWithOneCase() throws IOException {
        folder = new DataFolder(temp.resolve("data"));
        recovery = RecoveryKey.generate(new SecureRandom());
        try (Database database = Database.create(folder, OLD.toCharArray(), recovery, () -> "W")) {
            database.write(work -> work.cases().add(new Family("HF-7", "Family Jansen", LocalDate.of(2026, 1, 1))));
        }
    }

    @Test
    void afterTheChangeOnlyTheNewPassphraseOpensAndTheOldKeyFileNoLongerFitsTheData() throws Exception {
        byte[] oldKeyFile = Files.readAllBytes(folder.keyFile());
        byte[] oldData = Files.readAllBytes(folder.databaseFile());
        List<PassphraseChange.Step> steps = new ArrayList<>();

        PassphraseChange.run(folder, OLD.toCharArray(), NEW.toCharArray(), steps::add);

        assertThat(steps).containsExactly(PassphraseChange.Step.values());
        assertThat(caseName(folder, NEW)).isEqualTo("Family Jansen");
        assertThatThrownBy(() -> Database.open(folder, OLD.toCharArray(), () -> "W"))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.readAllBytes(folder.databaseFile())).isNotEqualTo(oldData);
        assertThat(Files.exists(folder.path().resolve(PassphraseChange.FOLDER))).isFalse();

        // someone kept a copy of the old key file: with the old passphrase it unwraps the old data key, which
        // no longer opens the re-encrypted data
        DataFolder stale = CrashedFolder.copyOf(folder, temp.resolve("stale"));
        Files.write(stale.keyFile(), oldKeyFile);
        assertThatThrownBy(() -> Database.open(stale, OLD.toCharArray(), () -> "W"))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.CANNOT_OPEN);

        // the recovery key opens the new generation, and the old one (as kept in a backup)
        assertThat(KeyFile.unlock(Files.readAllBytes(folder.keyFile()), recovery.text().toCharArray()))
                .isEqualTo(KeyFile.unlock(folder.keyFile(), NEW.toCharArray()));
        assertThat(KeyFile.unlock(oldKeyFile, recovery.text().toCharArray()))
                .isEqualTo(KeyFile.unlock(oldKeyFile, OLD.toCharArray()));
        try (Database database = Database.recover(folder, recovery, "third passphrase here".toCharArray(),
                () -> "W")) {
            assertThat(database.read(work -> work.cases().byReference("HF-7")).orElseThrow().getDisplayName())
                    .isEqualTo("Family Jansen");
        }
    }

    @Test
    void aChangeInterruptedAfterAnyStepLeavesADatabaseThatOpensWithTheOldOrTheNewPassphrase() throws Exception {
        Map<PassphraseChange.Step, DataFolder> crashed = new EnumMap<>(PassphraseChange.Step.class);
        PassphraseChange.run(folder, OLD.toCharArray(), NEW.toCharArray(),
                step -> crashed.put(step, CrashedFolder.copyOf(folder, temp.resolve("crash-after-" + step))));
        assertThat(crashed).hasSize(PassphraseChange.Step.values().length);
        assertThat(Files.exists(crashed.get(PassphraseChange.Step.VERIFIED).path().resolve(PassphraseChange.FOLDER)
                .resolve("hearth.mv.db"))).as("the copy was there before the switch").isTrue();

        for (var entry : crashed.entrySet()) {
            DataFolder state = entry.getValue();
            String works = entry.getKey().pastSwitchPoint() ? NEW : OLD;
            String fails = entry.getKey().pastSwitchPoint() ? OLD : NEW;
            assertThat(caseName(state, works)).as("after %s", entry.getKey()).isEqualTo("Family Jansen");
            assertThat(Files.exists(state.path().resolve(PassphraseChange.FOLDER))).as("after %s", entry.getKey())
                    .isFalse();
            assertThatThrownBy(() -> Database.open(state, fails.toCharArray(), () -> "W"))
                    .as("after %s", entry.getKey()).isInstanceOf(WrongPassphraseException.class);
            assertThat(KeyFile.unlock(state.keyFile(), recovery)).as("after %s", entry.getKey())
                    .isEqualTo(KeyFile.unlock(state.keyFile(), works.toCharArray()));
        }
    }

    @Test
    void aHalfWrittenCopyFromACrashDuringReEncryptionIsThrownAway() throws Exception {
        Path work = folder.path().resolve(PassphraseChange.FOLDER);
        Files.createDirectories(work);
        byte[] data = Files.readAllBytes(folder.databaseFile());
        Files.write(work.resolve("hearth.mv.db"), java.util.Arrays.copyOf(data, data.length / 3));
        Files.write(work.resolve("hearth.mv.db.temp"), new byte[100]);

        assertThat(new DataFolder(folder.path()).holdsDatabase()).isTrue();
        assertThat(caseName(folder, OLD)).isEqualTo("Family Jansen");
        assertThat(Files.exists(work)).isFalse();
    }

    @Test
    void aWrongOldPassphraseChangesNothing() throws Exception {
        byte[] key = Files.readAllBytes(folder.keyFile());
        byte[] data = Files.readAllBytes(folder.databaseFile());
        assertThatThrownBy(() -> PassphraseChange.run(folder, "not the passphrase".toCharArray(), NEW.toCharArray(),
                step -> { })).isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.readAllBytes(folder.keyFile())).isEqualTo(key);
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(data);
        assertThat(Files.exists(folder.path().resolve(PassphraseChange.FOLDER))).isFalse();
    }

    @Test
    void aFailureBeforeTheSwitchPointRollsBackAndTheOldPassphraseStillOpens() throws Exception {
        assertThatThrownBy(() -> PassphraseChange.run(folder, OLD.toCharArray(), NEW.toCharArray(), step -> {
            if (step == PassphraseChange.Step.KEY_WRITTEN) {
                throw new IllegalStateException("the disk is full");
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(Files.exists(folder.path().resolve(PassphraseChange.FOLDER))).isFalse();
        assertThat(caseName(folder, OLD)).isEqualTo("Family Jansen");
    }

    @Test
    void aChangeWhileTheDatabaseIsStillOpenIsRefusedAndTheOldPassphraseStillOpensIt() throws Exception {
        byte[] keyFile = Files.readAllBytes(folder.keyFile());
        try (Database open = Database.open(folder, OLD.toCharArray(), () -> "W")) {
            assertThatThrownBy(() -> PassphraseChange.run(folder, OLD.toCharArray(), NEW.toCharArray(), step -> { }))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.FOLDER_IN_USE);
            assertThat(open.read(work -> work.cases().byReference("HF-7")).orElseThrow().getDisplayName())
                    .as("the open database goes on working").isEqualTo("Family Jansen");
        }
        assertThat(Files.readAllBytes(folder.keyFile())).isEqualTo(keyFile);
        assertThat(folder.path().resolve(PassphraseChange.FOLDER)).doesNotExist();
        assertThat(caseName(folder, OLD)).isEqualTo("Family Jansen");
    }

    private static String caseName(DataFolder folder, String passphrase) throws Exception {
        try (Database database = Database.open(folder, passphrase.toCharArray(), () -> "W")) {
            return database.read(work -> work.cases().byReference("HF-7")).orElseThrow().getDisplayName();
        }
    }
}
