package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Random;
import org.hearth.domain.RecoveryKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key file and a backup that BouncyCastle's code made (src/test/resources/crypto-fixtures) open with today's
 * code: with the passphrase, with the recovery key, and the backup with what its key file opens to.
 */
class LegacyKeyFileTest {

    private static final String FIXTURES = "/crypto-fixtures/";
    private static final String PASSPHRASE = "blue kettle on the stove";

    @TempDir
    Path temp;

    @Test
    void theOldKeyFileOpensWithThePassphraseAndWithTheRecoveryKey() throws Exception {
        Path keyFile = copy("made-with-bouncycastle.hearthkey");
        byte[] dataKey = HexFormat.of().parseHex(expected().getProperty("dataKey"));
        assertThat(KeyFile.unlock(keyFile, PASSPHRASE.toCharArray())).isEqualTo(dataKey);
        assertThat(KeyFile.unlock(keyFile, recoveryKey())).isEqualTo(dataKey);
        assertThat(KeyFile.unlock(Files.readAllBytes(keyFile), recoveryKey().text().toCharArray()))
                .isEqualTo(dataKey);
    }

    @Test
    void theOldKeyFileTakesANewPassphraseThroughItsRecoverySlot() throws Exception {
        Path keyFile = copy("made-with-bouncycastle.hearthkey");
        byte[] dataKey = HexFormat.of().parseHex(expected().getProperty("dataKey"));
        KeyFile.resetPassphrase(keyFile, recoveryKey(), "a new passphrase".toCharArray());
        assertThat(KeyFile.unlock(keyFile, "a new passphrase".toCharArray())).isEqualTo(dataKey);
        assertThat(KeyFile.unlock(keyFile, recoveryKey())).isEqualTo(dataKey);
    }

    @Test
    void theOldBackupOpensWithWhatItsKeyFileOpensTo() throws Exception {
        byte[] backup;
        try (InputStream in = LegacyKeyFileTest.class.getResourceAsStream(FIXTURES
                + "made-with-bouncycastle.hearthbackup")) {
            backup = in.readAllBytes();
        }
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        BackupFile.Header header = BackupFile.read(new java.io.ByteArrayInputStream(backup),
                keyFileBytes -> {
                    try {
                        return BackupFile.backupSecret(KeyFile.unlock(keyFileBytes, PASSPHRASE.toCharArray()));
                    } catch (java.io.IOException e) {
                        throw new AssertionError(e);
                    }
                }, payload);
        assertThat(header).isEqualTo(new BackupFile.Header(Instant.parse("2026-01-01T10:00:00Z"), 3, 2,
                "0.1.0-SNAPSHOT", 9));
        byte[] expectedPayload = new byte[70_000];
        new Random(20260101).nextBytes(expectedPayload);
        assertThat(payload.toByteArray()).isEqualTo(expectedPayload);
    }

    private Path copy(String name) throws Exception {
        Path file = temp.resolve(name);
        try (InputStream in = LegacyKeyFileTest.class.getResourceAsStream(FIXTURES + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    private static RecoveryKey recoveryKey() throws Exception {
        RecoveryKey.Reading reading = RecoveryKey.read(expected().getProperty("recoveryKey"));
        assertThat(reading.ok()).isTrue();
        return reading.key();
    }

    private static Properties expected() throws Exception {
        Properties properties = new Properties();
        try (InputStream in = LegacyKeyFileTest.class.getResourceAsStream(FIXTURES + "expected.properties")) {
            properties.load(in);
        }
        return properties;
    }
}
