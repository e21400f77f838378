package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hearth.Tries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Fuzzes the restore path (the backup reader, the staging beside the data and the proof that the copy opens) with
 * random files and with real backups mutated in many ways. Every input is either refused with one of the clear
 * reasons or restored whole; never another exception, and a refused input never changes the data folder.
 * Inputs that once broke this are kept under {@code src/test/resources/backup-regressions/} and replayed.
 */
class BackupReaderFuzzTest {

    /** Tries per build; a new random seed each run (QT_SEED=... replays the one a failure names). */
    private static final int MUTATED_BACKUPS = 300;
    private static final int RANDOM_FILES = 200;
    private static final AtomicInteger MUTATED = new AtomicInteger();
    private static final AtomicInteger UNCHANGED = new AtomicInteger();
    private static final AtomicInteger RANDOM = new AtomicInteger();

    private static Path temp;
    private static DataFolder data;
    private static byte[] keyFile;
    private static byte[] dataKey;
    private static byte[] backup;
    private static Map<String, String> dataBefore;

    @BeforeAll
    static void aDatabaseAndABackup() throws Exception {
        temp = Files.createTempDirectory("hearth-fuzz-");
        data = new DataFolder(temp.resolve("data"));
        Path file = temp.resolve("real.hearthbackup");
        try (Database database = Database.create(data, BackupFileTest.PASSPHRASE.toCharArray(), () -> "Fuzz")) {
            database.backUpTo(file, Instant.parse("2026-12-01T09:30:00Z"), "fuzz");
        }
        backup = Files.readAllBytes(file);
        keyFile = Files.readAllBytes(data.keyFile());
        dataKey = KeyFile.unlock(data.keyFile(), BackupFileTest.PASSPHRASE.toCharArray());
        dataBefore = BackupFileTest.snapshot(data.path());
    }

    @AfterAll
    static void removeTheFolder() throws IOException {
        System.out.printf("backup fuzzing: %d mutated backups refused (%d more left unchanged by their mutation),"
                + " %d random files refused%n", MUTATED.get(), UNCHANGED.get(), RANDOM.get());
        BackupRestore.deleteTree(temp);
    }

    /** A mutation of the real backup: what is done, where, and with which bytes. */
    record Mutation(int kind, double where, double length, byte[] bytes) {
        byte[] applyTo(byte[] original) {
            int at = (int) (where * original.length);
            int span = Math.max(1, (int) (length * Math.min(4096, original.length - at)));
            byte[] out = original.clone();
            switch (kind) {
                case 0 -> out[Math.min(at, out.length - 1)] ^= (byte) (bytes.length == 0 ? 1 : bytes[0] | 1);
                case 1 -> out = Arrays.copyOf(original, at); // cut off
                case 2 -> { // bytes inserted
                    out = new byte[original.length + bytes.length];
                    System.arraycopy(original, 0, out, 0, at);
                    System.arraycopy(bytes, 0, out, at, bytes.length);
                    System.arraycopy(original, at, out, at + bytes.length, original.length - at);
                }
                case 3 -> { // a range removed
                    int end = Math.min(original.length, at + span);
                    out = new byte[original.length - (end - at)];
                    System.arraycopy(original, 0, out, 0, at);
                    System.arraycopy(original, end, out, at, original.length - end);
                }
                case 4 -> { // a range overwritten
                    for (int i = 0; i < bytes.length && at + i < out.length; i++) {
                        out[at + i] = bytes[i];
                    }
                }
                default -> { // a range copied over another place (a chunk repeated)
                    int from = (int) (length * original.length);
                    int n = Math.min(span, Math.min(original.length - from, original.length - at));
                    System.arraycopy(original, from, out, at, Math.max(0, n));
                    if (Arrays.equals(out, original)) {
                        out[at] ^= 0x55;
                    }
                }
            }
            return out;
        }

        @Override
        public String toString() {
            return "kind " + kind + " at " + where + ", length " + length + ", bytes "
                    + HexFormat.of().formatHex(bytes);
        }
    }

    private static Gen<Mutation> mutations() {
        return integers().between(0, 5).zip(doubles().between(0, 0.999), doubles().between(0, 1), bytes(1, 64),
                Mutation::new);
    }

    @Test
    void aMutatedBackupIsRefusedAndChangesNothing() {
        Tries.check(MUTATED_BACKUPS, 30, mutations(), mutation -> {
            byte[] input = mutation.applyTo(backup);
            if (Arrays.equals(input, backup)) {
                UNCHANGED.incrementAndGet();
                return;
            }
            MUTATED.incrementAndGet();
            refusedAndNothingChanged(input);
        });
    }

    @Test
    void randomBytesAreRefusedAndChangeNothing() {
        Tries.check(RANDOM_FILES, 30, randomFiles(), input -> {
            RANDOM.incrementAndGet();
            refusedAndNothingChanged(input);
        });
    }

    @SuppressWarnings("unchecked")
    private static Gen<byte[]> randomFiles() {
        Gen<byte[]> noise = bytes(0, 3000);
        // noise behind Hearth's magic and version, so the reader gets past its first check
        Gen<byte[]> behindMagic = noise.map(tail -> {
            byte[] out = Arrays.copyOf(BackupFile.MAGIC, BackupFile.MAGIC.length + 2 + tail.length);
            out[BackupFile.MAGIC.length + 1] = 1;
            System.arraycopy(tail, 0, out, BackupFile.MAGIC.length + 2, tail.length);
            return out;
        });
        // a real beginning (key file and all) followed by noise
        Gen<byte[]> behindRealStart = integers().between(0, 2000).zip(noise, (cut, tail) -> {
            int keep = Math.min(backup.length, BackupFile.MAGIC.length + 6 + keyFile.length + cut);
            byte[] out = Arrays.copyOf(backup, keep + tail.length);
            System.arraycopy(tail, 0, out, keep, tail.length);
            return out;
        });
        return Generate.oneOf(noise, behindMagic, behindRealStart).describedAs(input -> input.length
                + " bytes beginning " + HexFormat.of().formatHex(input, 0, Math.min(48, input.length)));
    }

    private static Gen<byte[]> bytes(int fewest, int most) {
        return Generate.byteArrays(integers().between(fewest, most),
                Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    }

    @Test
    void theUntouchedBackupIsRestoredWhole() throws Exception {
        Path file = temp.resolve("input.hearthbackup");
        Files.write(file, backup);
        try (BackupRestore.Staged staged = BackupRestore.stage(data, file, BackupRestore.Unlocker.knowing(keyFile,
                dataKey))) {
            assertThat(staged.made()).isEqualTo(Instant.parse("2026-12-01T09:30:00Z"));
            assertThat(staged.cases()).isZero();
        }
        assertThat(BackupFileTest.snapshot(data.path())).isEqualTo(dataBefore);
    }

    @Test
    void everyKeptRegressionIsRefused() throws Exception {
        Path folder = Path.of(BackupReaderFuzzTest.class.getResource("/backup-regressions").toURI());
        List<Path> inputs;
        try (Stream<Path> files = Files.list(folder)) {
            inputs = files.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
        assertThat(inputs).isNotEmpty();
        for (Path input : inputs) {
            assertRefusedAndNothingChanged(Files.readAllBytes(input));
        }
    }

    private static void refusedAndNothingChanged(byte[] input) {
        try {
            assertRefusedAndNothingChanged(input);
        } catch (Exception e) {
            throw new IllegalStateException("the restore of a damaged backup could not be checked", e);
        }
    }

    private static void assertRefusedAndNothingChanged(byte[] input) throws Exception {
        Path file = temp.resolve("input.hearthbackup");
        Files.write(file, input);
        try {
            BackupRestore.stage(data, file, BackupRestore.Unlocker.knowing(keyFile, dataKey)).close();
            throw new AssertionError("A damaged backup of " + input.length + " bytes was accepted");
        } catch (StoreException refused) {
            assertThat(refused.reason()).isIn(StoreException.Reason.NOT_A_BACKUP,
                    StoreException.Reason.DAMAGED_BACKUP, StoreException.Reason.NEWER_BACKUP);
        } catch (RuntimeException | IOException | WrongPassphraseException other) {
            Path kept = temp.resolve("crash-" + System.nanoTime() + ".bin");
            Files.write(kept, input);
            throw new AssertionError("Not a clear refusal (input kept as " + kept + ")", other);
        }
        assertThat(BackupFileTest.snapshot(data.path())).isEqualTo(dataBefore);
    }
}
