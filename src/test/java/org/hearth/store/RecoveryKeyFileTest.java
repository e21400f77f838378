package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.hearth.domain.RecoveryKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryKeyFileTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path home;

    private final RecoveryKey recovery = RecoveryKey.generate(new SecureRandom());

    @Test
    void thePassphraseAndTheRecoveryKeyUnwrapTheSameDataKeyFromFileOrBytes() throws Exception {
        Path file = home.resolve("hearth.key");
        byte[] dataKey = KeyFile.create(file, PASSPHRASE, recovery);
        assertThat(KeyFile.unlock(file, PASSPHRASE)).isEqualTo(dataKey);
        assertThat(KeyFile.unlock(file, recovery)).isEqualTo(dataKey);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(KeyFile.unlock(bytes, PASSPHRASE)).isEqualTo(dataKey);
        assertThat(KeyFile.unlock(bytes, recovery.text().toCharArray())).isEqualTo(dataKey);
        assertThat(KeyFile.unlock(bytes, recovery.text().toLowerCase().replace("-", " ").toCharArray()))
                .isEqualTo(dataKey);
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertThat(json).contains("\"kind\" : \"recovery\"").doesNotContain(recovery.text())
                .doesNotContain(recovery.text().replace("-", ""));
    }

    @Test
    void anotherRecoveryKeyOrAFileWithoutRecoverySlotOpensNothing() throws Exception {
        Path file = home.resolve("hearth.key");
        KeyFile.create(file, PASSPHRASE, recovery);
        RecoveryKey other = RecoveryKey.generate(new SecureRandom());
        assertThatThrownBy(() -> KeyFile.unlock(file, other)).isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> KeyFile.unlock(Files.readAllBytes(file), other.text().toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);

        Path plain = home.resolve("plain.key");
        KeyFile.create(plain, PASSPHRASE);
        assertThat(KeyFile.hasRecoverySlot(plain)).isFalse();
        assertThatThrownBy(() -> KeyFile.unlock(plain, recovery)).isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void anAlteredRecoverySlotIsDamagedNotOpened() throws Exception {
        Path file = home.resolve("hearth.key");
        KeyFile.create(file, PASSPHRASE, recovery);
        String json = Files.readString(file);
        String wrapped = json.replaceAll("(?s).*\"kind\" : \"recovery\".*?\"wrappedKey\" : \"([^\"]+)\".*", "$1");
        char first = wrapped.charAt(0);
        Files.writeString(file, json.replace(wrapped, (first == 'A' ? 'B' : 'A') + wrapped.substring(1)));
        assertThatThrownBy(() -> KeyFile.unlock(file, recovery)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED_KEY_FILE);
    }

    @Test
    void aForgottenPassphraseIsResetWithTheRecoveryKeyAndTheOldOneStopsWorking() throws Exception {
        DataFolder folder = new DataFolder(home);
        try (Database database = Database.create(folder, PASSPHRASE, recovery, () -> "W")) {
            database.write(work -> work.cases().add(new org.hearth.domain.Family("R1", "Family Jansen",
                    java.time.LocalDate.of(2026, 1, 1))));
        }
        char[] fresh = "a brand new passphrase".toCharArray();
        RecoveryKey typed = RecoveryKey.read(recovery.text()).key();
        try (Database database = Database.recover(folder, typed, fresh.clone(), () -> "W")) {
            assertThat(database.read(work -> work.cases().byReference("R1")).orElseThrow().getDisplayName())
                    .isEqualTo("Family Jansen");
        }
        assertThatThrownBy(() -> Database.open(folder, PASSPHRASE, () -> "W"))
                .isInstanceOf(WrongPassphraseException.class);
        try (Database database = Database.open(folder, fresh, () -> "W")) {
            boolean found = database.read(work -> work.cases().byReference("R1").isPresent());
            assertThat(found).isTrue();
        }
        assertThat(KeyFile.hasRecoverySlot(folder.keyFile())).isTrue();
    }

    @Test
    void aWrongRecoveryKeyChangesNothingOnDisk() throws Exception {
        DataFolder folder = new DataFolder(home);
        Database.create(folder, PASSPHRASE, recovery, () -> "W").close();
        byte[] keyBefore = Files.readAllBytes(folder.keyFile());
        byte[] dataBefore = Files.readAllBytes(folder.databaseFile());
        assertThatThrownBy(() -> Database.recover(folder, RecoveryKey.generate(new SecureRandom()),
                "a brand new passphrase".toCharArray(), () -> "W")).isInstanceOf(WrongPassphraseException.class);
        assertThat(Files.readAllBytes(folder.keyFile())).isEqualTo(keyBefore);
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(dataBefore);
    }
}
