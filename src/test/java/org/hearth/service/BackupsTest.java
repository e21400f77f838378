package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hearth.domain.CaseSummary;
import org.hearth.store.DataFolder;
import org.hearth.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups a worker can count on: the cases come back, a bad backup changes nothing, old ones rotate out. */
class BackupsTest {

    static final String PASSPHRASE = "blue kettle on the stove";

    @TempDir
    Path temp;

    @Test
    void aBackupRestoresTheCasesAsTheyWereAndKeepsTheReplacedDataAside() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30));
        DataFolder data = new DataFolder(temp.resolve("data"));
        Vault vault = new Vault(data, clock);
        Path backup = temp.resolve("usb").resolve("monday.hearthbackup");
        Files.createDirectories(backup.getParent());
        try (OpenVault open = vault.create(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            open.cases().create(new CaseDetails("HF-1", "Family Öztürk", "Wendy", LocalDate.of(2027, 1, 5), "tr"));
            CaseSummary closed = open.cases().create(new CaseDetails("HF-2", "Family Jansen", null, null, null));
            open.cases().close(closed.id());
            BackupFacts made = open.backups().backUpTo(backup);
            assertThat(made.cases()).isEqualTo(2);
            assertThat(made.openCases()).isEqualTo(1);
            // after the backup: one case renamed, one more made, then the laptop's data is what we restore over
            open.cases().create(new CaseDetails("HF-3", "Family After", null, null, null));
        }
        assertThat(backup.getFileName().toString()).doesNotContain("Öztürk");

        clock.passDays(1);
        RestorePreview preview = vault.prepareRestore(backup, PASSPHRASE.toCharArray());
        assertThat(preview.made()).isEqualTo(LocalDateTime.of(2026, 12, 1, 9, 30).toInstant(java.time.ZoneOffset.UTC));
        assertThat(preview.cases()).isEqualTo(2);
        assertThat(preview.openCases()).isEqualTo(1);
        Optional<Path> aside = vault.restore(preview, null);

        try (OpenVault open = vault.open(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            assertThat(open.cases().cases()).extracting(CaseSummary::reference, CaseSummary::displayName)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("HF-1", "Family Öztürk"),
                            org.assertj.core.groups.Tuple.tuple("HF-2", "Family Jansen"));
        }
        assertThat(aside).isPresent();
        assertThat(aside.get().getFileName().toString()).isEqualTo("replaced-2026-12-02-093000");
        try (OpenVault kept = new Vault(new DataFolder(aside.get()), clock).open(PASSPHRASE.toCharArray(), () -> "W")) {
            assertThat(kept.cases().cases()).extracting(CaseSummary::reference)
                    .as("the replaced data is kept whole").containsExactlyInAnyOrder("HF-1", "HF-2", "HF-3");
        }
        try (Stream<Path> left = Files.list(data.path())) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no decrypted copy or temporary file stays behind")
                    .noneMatch(name -> name.startsWith(".restore-") || name.endsWith(".part") || name.endsWith(".zip"));
        }
    }

    @Test
    void aBackupRestoresOntoANewLaptopWithNoDataYet() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30));
        Path backup = temp.resolve("backup.hearthbackup");
        try (OpenVault open = new Vault(new DataFolder(temp.resolve("old")), clock)
                .create(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            open.demo().create();
            open.backups().backUpTo(backup);
        }
        Vault fresh = new Vault(new DataFolder(temp.resolve("new")), clock);
        assertThat(fresh.isNew()).isTrue();
        assertThat(fresh.restore(fresh.prepareRestore(backup, PASSPHRASE.toCharArray()), null)).isEmpty();
        try (OpenVault open = fresh.open(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            assertThat(open.cases().cases()).extracting(CaseSummary::reference).containsExactly(DemoCase.REFERENCE);
        }
    }

    @Test
    void aDamagedBackupOrAWrongPassphraseLeavesTheCurrentDataByteForByte() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30));
        DataFolder data = new DataFolder(temp.resolve("data"));
        Vault vault = new Vault(data, clock);
        Path backup = temp.resolve("b.hearthbackup");
        try (OpenVault open = vault.create(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            open.demo().create();
            open.backups().backUpTo(backup);
        }
        Map<String, String> before = snapshot(data.path());
        byte[] bytes = Files.readAllBytes(backup);
        Path cut = temp.resolve("cut.hearthbackup");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> vault.prepareRestore(cut, PASSPHRASE.toCharArray()))
                .isInstanceOf(StoreException.class)
                .satisfies(e -> assertThat(Failures.messageKey(e)).isEqualTo("error.damagedBackup"));
        Path pdf = temp.resolve("plan.pdf");
        Files.writeString(pdf, "%PDF-1.7\n");
        assertThatThrownBy(() -> vault.prepareRestore(pdf, PASSPHRASE.toCharArray()))
                .satisfies(e -> assertThat(Failures.messageKey(e)).isEqualTo("error.notABackup"));
        assertThatThrownBy(() -> vault.prepareRestore(backup, "the wrong passphrase".toCharArray()))
                .isInstanceOf(WrongPassphrase.class);
        assertThat(snapshot(data.path())).isEqualTo(before);

        // changing one's mind after the preview also leaves everything as it was
        vault.prepareRestore(backup, PASSPHRASE.toCharArray()).discard();
        assertThat(snapshot(data.path())).isEqualTo(before);
    }

    @Test
    void aRestoreIsRefusedWhileTheDatabaseIsOpen() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30));
        DataFolder data = new DataFolder(temp.resolve("data"));
        Vault vault = new Vault(data, clock);
        Path backup = temp.resolve("b.hearthbackup");
        try (OpenVault open = vault.create(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            open.backups().backUpTo(backup);
            Map<String, String> before = snapshot(data.path());
            RestorePreview preview = vault.prepareRestore(backup, PASSPHRASE.toCharArray());
            assertThatThrownBy(() -> org.hearth.store.BackupRestore.swapIn(data, preview.staged,
                    LocalDateTime.now(clock))).isInstanceOf(StoreException.class);
            preview.discard();
            assertThat(snapshot(data.path())).isEqualTo(before);
        }
    }

    @Test
    void dailyBackupsAtTheFirstUnlockKeepSevenDaysAndFourWeeks() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 11, 2, 8, 15)); // a Monday
        DataFolder data = new DataFolder(temp.resolve("data"));
        Path folder = data.path().resolve("backups");
        Files.createDirectories(data.path());
        Path stranger = Files.writeString(data.path().resolve("notes.txt"), "not a backup");
        try (OpenVault open = new Vault(data, clock).create(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            Files.createDirectories(folder);
            Files.copy(stranger, folder.resolve("notes.txt"));
            // left by a backup and a restore that were cut short yesterday
            Path staleCopy = Files.write(data.path().resolve(".hearth-backup-123.zip"), new byte[] {1});
            Path staleRestore = Files.createDirectory(data.path().resolve(".restore-123"));
            Files.write(staleRestore.resolve("hearth.mv.db"), new byte[] {2});
            for (Path stale : List.of(staleCopy, staleRestore)) {
                Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(
                        java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
            }
            open.backups().backUpIfDue(folder, true);
            assertThat(staleCopy).doesNotExist();
            assertThat(staleRestore).doesNotExist();
            assertThat(stranger).exists();
            clock.passDays(1);
            for (int day = 1; day < 40; day++) {
                assertThat(open.backups().backUpIfDue(folder, true)).as("first unlock of day %d", day).isPresent();
                assertThat(open.backups().backUpIfDue(folder, true)).as("second unlock of day %d", day).isEmpty();
                clock.passDays(1);
            }
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        // the last day is Friday 11 December: 7 daily (5-11 Dec), and the newest of each of the 4 latest weeks
        assertThat(names).containsExactly(
                "hearth-2026-11-22-0815.hearthbackup",
                "hearth-2026-11-29-0815.hearthbackup",
                "hearth-2026-12-05-0815.hearthbackup", "hearth-2026-12-06-0815.hearthbackup",
                "hearth-2026-12-07-0815.hearthbackup", "hearth-2026-12-08-0815.hearthbackup",
                "hearth-2026-12-09-0815.hearthbackup", "hearth-2026-12-10-0815.hearthbackup",
                "hearth-2026-12-11-0815.hearthbackup", "notes.txt");
    }

    @Test
    void aMissingChosenFolderIsSaidCalmlyAndNotMadeOnTheLaptop() throws Exception {
        MovableClock clock = new MovableClock(LocalDateTime.of(2026, 12, 1, 9, 30));
        Path usb = temp.resolve("media").resolve("USB STICK");
        try (OpenVault open = new Vault(new DataFolder(temp.resolve("data")), clock)
                .create(PASSPHRASE.toCharArray(), () -> "Wendy")) {
            assertThatThrownBy(() -> open.backups().backUpIfDue(usb, false))
                    .satisfies(e -> assertThat(Failures.messageKey(e)).isEqualTo("error.backupFolderMissing"));
            assertThat(usb).doesNotExist();
            Files.createDirectories(usb); // plugged in again: the next unlock makes the day's backup
            assertThat(open.backups().backUpIfDue(usb, false)).isPresent();
        }
    }

    @Test
    void rotationKeepsTheNewestOfEachDayAndWeekOnly() {
        Map<Path, LocalDateTime> backups = new TreeMap<>();
        LocalDateTime start = LocalDateTime.of(2026, 1, 5, 10, 0);
        for (int i = 0; i < 60; i++) {
            LocalDateTime made = start.plusHours(10L * i);
            backups.put(Path.of(BackupRotation.fileName(made)), made);
        }
        var kept = new java.util.TreeSet<>(backups.keySet());
        kept.removeAll(BackupRotation.toRemove(backups));
        assertThat(kept).hasSizeBetween(BackupRotation.DAILY, BackupRotation.DAILY + BackupRotation.WEEKLY);
        assertThat(kept).contains(Path.of(BackupRotation.fileName(start.plusHours(10L * 59))));
        assertThat(BackupRotation.madeAt(Path.of("hearth-2026-12-01-0930.hearthbackup")))
                .contains(LocalDateTime.of(2026, 12, 1, 9, 30));
        assertThat(BackupRotation.madeAt(Path.of("Family Öztürk.hearthbackup"))).isEmpty();
    }

    static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.toList()) {
                files.put(folder.relativize(path).toString(), Files.isRegularFile(path)
                        ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)))
                        : "folder");
            }
        }
        return files;
    }
}
