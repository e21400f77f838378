package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup format refuses every damaged, cut-off or foreign file with its own clear reason, and a refused
 * backup never changes the data folder. Real encrypted H2 databases, real files.
 */
class BackupFileTest {

    static final String PASSPHRASE = "blue kettle on the stove";

    @TempDir
    static Path temp;

    static DataFolder data;
    static byte[] keyFile;
    static byte[] dataKey;
    static byte[] secret;
    static byte[] backup;

    /** One real database and one backup of it for the whole class (opening Hibernate takes seconds). */
    @BeforeAll
    static void aDatabaseAndOneBackupOfIt() throws Exception {
        data = new DataFolder(temp.resolve("data"));
        Path file = temp.resolve("one.hearthbackup");
        try (Database database = Database.create(data, PASSPHRASE.toCharArray(), () -> "Test")) {
            database.backUpTo(file, Instant.parse("2026-12-01T09:30:00Z"), "test");
        }
        backup = Files.readAllBytes(file);
        keyFile = Files.readAllBytes(data.keyFile());
        dataKey = KeyFile.unlock(data.keyFile(), PASSPHRASE.toCharArray()); // Argon2 once, for the whole class
        secret = BackupFile.backupSecret(dataKey);
    }

    private static BackupFile.Header read(byte[] bytes, OutputStream sink) throws Exception {
        return BackupFile.read(new ByteArrayInputStream(bytes), keyFileBytes -> secret.clone(), sink);
    }

    @Test
    void aBackupHoldsTheEncryptedDatabaseFileAndSaysWhenItWasMade() throws Exception {
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        BackupFile.Header header = read(backup, payload);
        assertThat(header.made()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
        assertThat(header.cases()).isZero();
        assertThat(header.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        assertThat(payload.toByteArray()).as("H2's encrypted file, still encrypted")
                .startsWith("H2encrypt".getBytes(StandardCharsets.US_ASCII));
        assertThat(payload.size()).as("more than two chunks, so order and cut-offs are tested")
                .isGreaterThan(2 * BackupFile.CHUNK);
        assertThat(new String(backup, StandardCharsets.ISO_8859_1)).as("the header is encrypted")
                .doesNotContain("openCases").doesNotContain("2026-12-01");
    }

    @Test
    void aThousandRandomSingleByteFlipsAreAllRefusedAndTheDataFolderIsUntouched() throws Exception {
        Map<String, String> before = snapshot(data.path());
        Random random = new Random(20261201);
        for (int i = 0; i < 1000; i++) {
            byte[] flipped = backup.clone();
            int at = random.nextInt(flipped.length);
            flipped[at] ^= (byte) (1 + random.nextInt(255));
            Throwable refused = catchThrowable(() -> read(flipped, OutputStream.nullOutputStream()));
            assertThat(refused).as("flip at byte %d", at).isInstanceOf(StoreException.class);
            assertThat(((StoreException) refused).reason()).as("flip at byte %d", at).isIn(
                    StoreException.Reason.DAMAGED_BACKUP, StoreException.Reason.NOT_A_BACKUP,
                    StoreException.Reason.NEWER_BACKUP);
        }
        assertThat(snapshot(data.path())).isEqualTo(before);
    }

    @Test
    void flipsInTheKeyFileHeaderAndPayloadAreRefusedWhenRestoringWithThePassphrase() throws Exception {
        Map<String, String> before = snapshot(data.path());
        int keyFileStart = BackupFile.MAGIC.length + 2 + 4;
        int payloadStart = findPayloadStart();
        // a quote of the JSON, a digit of the Argon2 cost, the wrapped key, the salt, the payload, the last tag
        int[] places = {keyFileStart + 1, keyFileStart + indexOf(keyFile, "memoryKiB") + 12,
            keyFileStart + indexOf(keyFile, "wrappedKey") + 16, keyFileStart + keyFile.length + 3,
            payloadStart + 5000, backup.length - 1};
        for (int at : places) {
            byte[] flipped = backup.clone();
            flipped[at] ^= 0x20;
            Path file = temp.resolve("flipped.hearthbackup");
            Files.write(file, flipped);
            Throwable refused = catchThrowable(() -> BackupRestore.stage(data, file, PASSPHRASE.toCharArray()));
            assertThat(refused).as("flip at byte %d", at).isInstanceOfAny(StoreException.class,
                    WrongPassphraseException.class);
            if (refused instanceof StoreException store) {
                assertThat(store.reason()).isEqualTo(StoreException.Reason.DAMAGED_BACKUP);
            }
            assertThat(snapshot(data.path())).as("data folder after flip at %d", at).isEqualTo(before);
        }
    }

    @Test
    void aBackupCutOffAnywhereIsRefused() throws Exception {
        Random random = new Random(7);
        int[] lengths = new int[60];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = random.nextInt(backup.length);
        }
        lengths[0] = backup.length - 16;
        lengths[1] = findPayloadStart() + BackupFile.CHUNK + BackupFile.TAG_BYTES; // on a chunk boundary
        lengths[2] = findPayloadStart();
        for (int length : lengths) {
            assertThatThrownBy(() -> read(Arrays.copyOf(backup, length), OutputStream.nullOutputStream()))
                    .as("cut at %d of %d", length, backup.length).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).reason())
                    .isIn(StoreException.Reason.DAMAGED_BACKUP, StoreException.Reason.NOT_A_BACKUP);
        }
        byte[] longer = Arrays.copyOf(backup, backup.length + 1);
        assertThatThrownBy(() -> read(longer, OutputStream.nullOutputStream())).isInstanceOf(StoreException.class);
    }

    @Test
    void chunksInAnotherOrderAreRefused() throws Exception {
        int sealed = BackupFile.CHUNK + BackupFile.TAG_BYTES;
        int payloadStart = findPayloadStart();
        byte[] swapped = backup.clone();
        System.arraycopy(backup, payloadStart, swapped, payloadStart + sealed, sealed);
        System.arraycopy(backup, payloadStart + sealed, swapped, payloadStart, sealed);
        assertThatThrownBy(() -> read(swapped, OutputStream.nullOutputStream()))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED_BACKUP);
    }

    @Test
    void foreignFilesAreNotBackups() throws Exception {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.ISO_8859_1);
        for (byte[] foreign : new byte[][] {new byte[0], new byte[4096], pdf, keyFile}) {
            assertThatThrownBy(() -> read(foreign, OutputStream.nullOutputStream()))
                    .isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.NOT_A_BACKUP);
        }
        assertThatThrownBy(() -> read(BackupFile.MAGIC, OutputStream.nullOutputStream()))
                .isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.DAMAGED_BACKUP);
    }

    @Test
    void aWrongPassphraseIsSaidSoAndChangesNothing() throws Exception {
        Map<String, String> before = snapshot(data.path());
        Path file = temp.resolve("good.hearthbackup");
        Files.write(file, backup);
        assertThatThrownBy(() -> BackupRestore.stage(data, file, "not the passphrase".toCharArray()))
                .isInstanceOf(WrongPassphraseException.class);
        assertThat(snapshot(data.path())).isEqualTo(before);
    }

    @Test
    void aFullDiskLeavesThePreviousBackupAndNoHalfFile() throws Exception {
        Path target = temp.resolve("full-disk").resolve("hearth-2026-12-01-0930.hearthbackup");
        Files.createDirectories(target.getParent());
        Files.write(target, backup);
        InputStream failsMidway = new InputStream() {
            private int given;

            @Override
            public int read() throws IOException {
                if (++given > 3 * BackupFile.CHUNK) {
                    throw new IOException("No space left on device");
                }
                return given & 0xff;
            }
        };
        assertThatThrownBy(() -> AtomicFile.write(target, out -> BackupFile.write(out, keyFile, secret,
                new BackupFile.Header(Instant.now(), 0, 0, "test", 3), failsMidway)))
                .hasMessageContaining("No space left");
        assertThat(Files.readAllBytes(target)).as("the previous backup, whole").isEqualTo(backup);
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(target.getFileName().toString());
        }
    }

    private static int findPayloadStart() {
        return BackupFile.MAGIC.length + 2 + 4 + keyFile.length + BackupFile.SALT_BYTES + 4 + 4
                + java.nio.ByteBuffer.wrap(backup, BackupFile.MAGIC.length + 2 + 4 + keyFile.length
                        + BackupFile.SALT_BYTES + 4, 4).getInt();
    }

    private static int indexOf(byte[] bytes, String text) {
        return new String(bytes, StandardCharsets.ISO_8859_1).indexOf(text);
    }

    /** Every file under the folder with a digest of its bytes. */
    static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.toList()) {
                String name = folder.relativize(path).toString();
                files.put(name, Files.isRegularFile(path)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)))
                        : "folder");
            }
        }
        return files;
    }
}
