package org.hearth.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hearth.store.BackupFile;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreException;

/**
 * Encrypted backups of the open database (decision 0012): one on the first unlock of each day into the backup
 * folder, kept in rotation; one whenever the worker asks; and one to any file (the command line).
 */
public final class Backups {

    private final Database database;
    private final Clock clock;

    Backups(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Writes a backup to this file (through a temporary file beside it). */
    public BackupFacts backUpTo(Path file) throws IOException {
        BackupFile.Header header = database.backUpTo(file, clock.instant(), hearthVersion());
        return new BackupFacts(file, header.made(), header.cases(), header.openCases());
    }

    /**
     * The day's automatic backup, unless the folder already holds one made today. A missing folder is made when it
     * is Hearth's own (inside the data folder); a chosen one (a USB drive that is not plugged in) is not, and
     * fails as {@code BACKUP_FOLDER_MISSING}, so the next unlock tries again.
     */
    public Optional<BackupFacts> backUpIfDue(Path folder, boolean mayCreateFolder) throws IOException {
        prepare(folder, mayCreateFolder);
        LocalDate today = LocalDate.now(clock);
        if (backupsIn(folder).values().stream().anyMatch(made -> made.toLocalDate().equals(today))) {
            return Optional.empty();
        }
        return Optional.of(backUpNow(folder, mayCreateFolder));
    }

    /** A backup into the backup folder now, named by date and time; then older ones are rotated out. */
    public BackupFacts backUpNow(Path folder, boolean mayCreateFolder) throws IOException {
        prepare(folder, mayCreateFolder);
        LocalDateTime now = LocalDateTime.now(clock);
        Path file = folder.resolve(BackupRotation.fileName(now));
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(BackupRotation.fileName(now).replace(BackupFile.ENDING, "-" + n + BackupFile.ENDING));
        }
        BackupFacts made = backUpTo(file);
        Map<Path, LocalDateTime> all = backupsIn(folder);
        all.remove(file);
        all.put(file, now);
        for (Path old : BackupRotation.toRemove(all)) {
            if (!old.equals(file)) {
                try {
                    Files.deleteIfExists(old);
                } catch (IOException heldOpen) {
                    // Windows cannot delete a file another program holds (a virus scanner, a preview): the backup
                    // just made stands, and the old one goes at the next rotation
                }
            }
        }
        return made;
    }

    private static void prepare(Path folder, boolean mayCreateFolder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (!mayCreateFolder) {
            throw new StoreException(StoreException.Reason.BACKUP_FOLDER_MISSING,
                    "The backup folder is not there (a drive that is not connected?)");
        }
        Files.createDirectories(folder);
        DataFolder.ownerOnly(folder, true);
    }

    /** The backups Hearth made in this folder, with when each was made (from its name). */
    static Map<Path, LocalDateTime> backupsIn(Path folder) throws IOException {
        Map<Path, LocalDateTime> found = new HashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile)
                    .forEach(file -> BackupRotation.madeAt(file).ifPresent(made -> found.put(file, made)));
        }
        return found;
    }

    static String hearthVersion() {
        String version = Backups.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
