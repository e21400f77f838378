package org.hearth.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hearth.domain.Family;
import org.hearth.domain.OperatingSystem;
import org.hearth.store.DataFolder.Placement;
import org.hearth.store.RoamingProfileMove.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where each system keeps Hearth's data, with the system given (not read from this machine), and the one-time move
 * on Windows out of the roaming profile, whole or not at all. User names with spaces, accents, Turkish and Arabic
 * letters and an apostrophe stand in for real workers' accounts.
 */
class DataFolderTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();

    @TempDir
    Path temp;

    @Test
    void eachSystemHasItsOwnPlaceAndHearthHomeWinsEverywhere() {
        Path home = temp.resolve("مريم");
        assertThat(DataFolder.defaultPath(Map.of(), OperatingSystem.LINUX, home))
                .isEqualTo(home.resolve(".local/share/hearth"));
        assertThat(DataFolder.defaultPath(Map.of("XDG_DATA_HOME", "/x y"), OperatingSystem.LINUX, home))
                .isEqualTo(Path.of("/x y/hearth"));
        assertThat(DataFolder.defaultPath(Map.of("APPDATA", "/roaming"), OperatingSystem.MACOS, home))
                .isEqualTo(home.resolve("Library/Application Support/Hearth"));
        assertThat(DataFolder.defaultPath(Map.of("APPDATA", "/roaming", "LOCALAPPDATA", "/local"),
                OperatingSystem.WINDOWS, home)).isEqualTo(Path.of("/local/Hearth"));
        assertThat(DataFolder.defaultPath(Map.of(), OperatingSystem.WINDOWS, home))
                .isEqualTo(home.resolve("AppData/Local/Hearth"));
        for (OperatingSystem system : OperatingSystem.values()) {
            assertThat(DataFolder.defaultPath(Map.of("HEARTH_HOME", "/else where", "LOCALAPPDATA", "/local"), system,
                    home)).isEqualTo(Path.of("/else where"));
        }
    }

    @Test
    void theSystemIsToldApartByItsName() {
        assertThat(OperatingSystem.named("Windows 11")).isEqualTo(OperatingSystem.WINDOWS);
        assertThat(OperatingSystem.named("Mac OS X")).isEqualTo(OperatingSystem.MACOS);
        assertThat(OperatingSystem.named("Linux")).isEqualTo(OperatingSystem.LINUX);
    }

    @Test
    void onWindowsTheRoamingFolderIsMovedWholeAndItsPassphraseStillOpensIt() throws Exception {
        Windows windows = new Windows("José Ağaoğlu");
        DataFolder old = new DataFolder(windows.roaming);
        try (Database database = Database.create(old, PASSPHRASE, () -> "José")) {
            database.write(work -> work.cases().add(new Family("HF-1", "Familie Ağaoğlu", LocalDate.of(2026, 3, 1))));
        }
        Files.writeString(old.settingsFile(), "worker.name=José Ağaoğlu\n");
        Files.createDirectories(windows.roaming.resolve("backups"));
        Files.write(windows.roaming.resolve("backups/hearth-2026-03-01.hearthbackup"), new byte[] {1, 2, 3});
        Map<String, String> before = contents(windows.roaming);

        Placement placed = windows.place();

        assertThat(placed.move()).isEqualTo(Outcome.MOVED);
        assertThat(placed.folder().path()).isEqualTo(windows.local);
        assertThat(contents(windows.local)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(windows.roaming).doesNotExist();
        try (Stream<Path> left = Files.list(windows.local.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no copy, note or lock is left behind")
                    .containsExactly("Hearth");
        }
        assertThat(windows.local.resolve(RoamingProfileMove.MARKER)).doesNotExist();
        try (Database database = Database.open(placed.folder(), PASSPHRASE, () -> "José")) {
            assertThat(database.read(work -> work.cases().byReference("HF-1")).orElseThrow().getDisplayName())
                    .isEqualTo("Familie Ağaoğlu");
        }
        assertThat(windows.place().move()).as("the second start has nothing to move")
                .isEqualTo(Outcome.NOTHING_TO_MOVE);
    }

    @Test
    void aMoveInterruptedWhileCopyingIsUndoneAndDoneAgainFromTheUntouchedOldFolder() throws Exception {
        Windows windows = new Windows("مريم الحسن");
        writeData(windows.roaming);
        Map<String, String> before = contents(windows.roaming);
        Path halfCopied = Files.createDirectories(windows.local.resolveSibling(".Hearth-moving"));
        Files.write(halfCopied.resolve("hearth.mv.db"), new byte[] {9, 9}); // a cut-off copy

        Placement placed = windows.place();

        assertThat(placed.move()).isEqualTo(Outcome.MOVED);
        assertThat(contents(windows.local)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(halfCopied).doesNotExist();
        assertThat(windows.roaming).doesNotExist();
    }

    @Test
    void aMoveInterruptedWhileDeletingTheOldFolderIsFinishedAndTheNewFolderKept() throws Exception {
        Windows windows = new Windows("Seán O'Brien");
        writeData(windows.local);
        Map<String, String> moved = contents(windows.local);
        Files.writeString(windows.local.resolve(RoamingProfileMove.MARKER), windows.roaming.toString());
        Files.createDirectories(windows.roaming.resolve("backups"));
        Files.write(windows.roaming.resolve("backups/left-over.hearthbackup"), new byte[] {4});

        Placement placed = windows.place();

        assertThat(placed.move()).isEqualTo(Outcome.MOVED);
        assertThat(placed.folder().path()).isEqualTo(windows.local);
        assertThat(contents(windows.local)).containsExactlyInAnyOrderEntriesOf(moved);
        assertThat(windows.roaming).doesNotExist();
    }

    @Test
    void anExistingNewFolderIsNeverOverwrittenAndTheOldOneIsLeftAsItIs() throws Exception {
        Windows windows = new Windows("Ana María");
        writeData(windows.roaming);
        Files.write(windows.roaming.resolve("hearth.key"), new byte[] {1});
        writeData(windows.local);
        Files.write(windows.local.resolve("hearth.key"), new byte[] {2});
        Map<String, String> oldBefore = contents(windows.roaming);
        Map<String, String> newBefore = contents(windows.local);

        Placement placed = windows.place();

        assertThat(placed.move()).isEqualTo(Outcome.KEPT_BOTH);
        assertThat(placed.folder().path()).isEqualTo(windows.local);
        assertThat(placed.roamingFolder()).isEqualTo(windows.roaming);
        assertThat(contents(windows.local)).containsExactlyInAnyOrderEntriesOf(newBefore);
        assertThat(contents(windows.roaming)).containsExactlyInAnyOrderEntriesOf(oldBefore);
    }

    @Test
    void aDatabaseOpenInAnotherHearthIsNotMovedAndStaysInUse() throws Exception {
        Windows windows = new Windows("Zoë Jansen");
        writeData(windows.roaming);
        Map<String, String> before = contents(windows.roaming);
        Placement placed;
        try (FileChannel channel = FileChannel.open(windows.roaming.resolve("hearth.mv.db"), StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            placed = windows.place();
        }
        assertThat(placed.move()).isEqualTo(Outcome.NOT_MOVED);
        assertThat(placed.folder().path()).isEqualTo(windows.roaming);
        assertThat(contents(windows.roaming)).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(windows.local).doesNotExist();
        assertThat(windows.place().move()).as("the next start moves it").isEqualTo(Outcome.MOVED);
    }

    @Test
    void aMoveThatCannotBeMadeLeavesEverythingAsItWasAndUsesTheOldFolder() throws Exception {
        Windows windows = new Windows("José Ağaoğlu");
        writeData(windows.roaming);
        Map<String, String> before = contents(windows.roaming);
        Files.createDirectories(windows.local.getParent().getParent());
        Files.writeString(windows.local.getParent(), "not a folder"); // %LOCALAPPDATA% cannot be used

        Placement placed = windows.place();

        assertThat(placed.move()).isEqualTo(Outcome.NOT_MOVED);
        assertThat(placed.folder().path()).isEqualTo(windows.roaming);
        assertThat(contents(windows.roaming)).containsExactlyInAnyOrderEntriesOf(before);
    }

    @Test
    void hearthHomeAndTheOtherSystemsMoveNothing() throws Exception {
        Windows windows = new Windows("Jan de Vries");
        writeData(windows.roaming);
        Map<String, String> env = new HashMap<>(windows.environment());
        env.put("HEARTH_HOME", temp.resolve("chosen place").toString());
        Placement chosen = DataFolder.place(env, OperatingSystem.WINDOWS, windows.home);
        assertThat(chosen.folder().path()).isEqualTo(temp.resolve("chosen place"));
        Placement mac = DataFolder.place(windows.environment(), OperatingSystem.MACOS, windows.home);
        assertThat(mac.folder().path()).isEqualTo(windows.home.resolve("Library/Application Support/Hearth"));
        for (Placement placed : new Placement[] {chosen, mac}) {
            assertThat(placed.move()).isEqualTo(Outcome.NOTHING_TO_MOVE);
        }
        assertThat(windows.roaming.resolve("hearth.mv.db")).exists();
        assertThat(windows.local).doesNotExist();
    }

    @Test
    void aDatabaseWorksInFoldersNamedInAnyScriptOnEverySystem() throws Exception {
        String[] users = {"José Ağaoğlu", "مريم", "Seán O'Brien", "Łucja Żółć"};
        OperatingSystem[] systems = {OperatingSystem.WINDOWS, OperatingSystem.MACOS, OperatingSystem.LINUX,
            OperatingSystem.WINDOWS};
        for (int i = 0; i < users.length; i++) {
            String user = users[i];
            Path home = temp.resolve("Users").resolve(user);
            DataFolder folder = DataFolder.place(Map.of(), systems[i], home).folder();
            assertThat(folder.path().toString()).contains(user);
            try (Database database = Database.create(folder, PASSPHRASE, () -> user)) {
                database.write(work -> work.cases().add(new Family("R1", user, LocalDate.of(2026, 1, 1))));
                database.backUpTo(folder.path().resolve("backups " + user + ".hearthbackup"),
                        java.time.Instant.now(), "test");
            }
            try (Database database = Database.open(folder, PASSPHRASE, () -> user)) {
                assertThat(database.read(work -> work.cases().byReference("R1")).orElseThrow().getDisplayName())
                        .isEqualTo(user);
            }
            assertThat(folder.path().resolve("backups " + user + ".hearthbackup")).isNotEmptyFile();
        }
    }

    /** A Windows user's profile under the temporary folder. */
    private final class Windows {
        final Path home;
        final Path roaming;
        final Path local;

        Windows(String user) {
            home = temp.resolve("Users").resolve(user);
            roaming = home.resolve("AppData").resolve("Roaming").resolve("Hearth");
            local = home.resolve("AppData").resolve("Local").resolve("Hearth");
        }

        Map<String, String> environment() {
            return Map.of("APPDATA", roaming.getParent().toString(), "LOCALAPPDATA", local.getParent().toString());
        }

        Placement place() {
            return DataFolder.place(environment(), OperatingSystem.WINDOWS, home);
        }
    }

    private static void writeData(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("backups"));
        Files.write(folder.resolve("hearth.mv.db"), new byte[] {72, 50, 101, 110, 99, 0, 1, 2});
        Files.write(folder.resolve("hearth.key"), new byte[] {123, 125});
        Files.writeString(folder.resolve("settings.properties"), "language=tr\n");
        Files.write(folder.resolve("backups").resolve("hearth-2026-01-01.hearthbackup"), new byte[] {7, 7, 7});
    }

    /** Every file under the folder by its relative name, with its bytes. */
    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
