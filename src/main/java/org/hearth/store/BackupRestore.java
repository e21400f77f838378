package org.hearth.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Restoring a backup in two steps. {@link #stage} reads the whole backup once to check every byte, then again into
 * a folder inside the data folder (never the system's temp folder), and opens the copy as a Hearth database to
 * prove it opens and to count what it holds; the current data is not touched. {@link #swapIn} then moves the
 * current database and key file aside into {@code replaced-<date-time>} and the restored ones into their place.
 */
public final class BackupRestore {

    private BackupRestore() {
    }

    /** A backup decrypted inside the data folder and proven to open, not yet in place. Closing removes it. */
    public static final class Staged implements AutoCloseable {
        private final Path folder;
        private final Instant made;
        private final int cases;
        private final int openCases;

        private Staged(Path folder, Instant made, int cases, int openCases) {
            this.folder = folder;
            this.made = made;
            this.cases = cases;
            this.openCases = openCases;
        }

        /** When the backup was made. */
        public Instant made() {
            return made;
        }

        /** How many cases the restored database holds (counted in it, not taken from the backup's header). */
        public int cases() {
            return cases;
        }

        public int openCases() {
            return openCases;
        }

        boolean isThere() {
            return Files.isDirectory(folder);
        }

        @Override
        public void close() throws IOException {
            deleteTree(folder);
        }
    }

    /**
     * Checks the backup, decrypts it beside the data and proves it opens. A damaged, truncated or foreign file, or
     * a passphrase that does not open it, fails here, and the data folder is as it was.
     */
    public static Staged stage(DataFolder data, Path backup, char[] secret)
            throws IOException, WrongPassphraseException {
        return stage(data, backup, new Unlocker(secret));
    }

    /** The same, with an unlocker that may already hold the data key (so tests need not run Argon2 each time). */
    static Staged stage(DataFolder data, Path backup, Unlocker unlocker)
            throws IOException, WrongPassphraseException {
        try {
            try (InputStream in = Files.newInputStream(backup)) {
                BackupFile.read(in, unlocker, OutputStream.nullOutputStream());
            }
            data.prepare();
            Path staging = Files.createTempDirectory(data.path(), ".restore-");
            try {
                DataFolder.ownerOnly(staging, true);
                DataFolder copy = new DataFolder(staging);
                BackupFile.Header header;
                try (InputStream in = Files.newInputStream(backup);
                     OutputStream out = Files.newOutputStream(copy.databaseFile(), StandardOpenOption.CREATE_NEW)) {
                    header = BackupFile.read(in, unlocker, out);
                }
                Files.write(copy.keyFile(), unlocker.keyFile, StandardOpenOption.CREATE_NEW);
                int[] counts = prove(copy, unlocker.dataKey);
                return new Staged(staging, header.made(), counts[0], counts[1]);
            } catch (IOException | RuntimeException e) {
                deleteTree(staging);
                throw e;
            }
        } finally {
            unlocker.forget();
        }
    }

    /** Opens the restored copy as Hearth would, reads its schema version and counts its cases, and closes it. */
    private static int[] prove(DataFolder copy, byte[] dataKey) {
        try (Connection connection = H2Connections.open(H2Url.existing(copy.databaseBase()), dataKey, dataKey)) {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("select max(cast(\"version\" as int))"
                         + " from \"flyway_schema_history\" where \"success\" and \"version\" is not null")) {
                result.next();
                if (result.getInt(1) > Database.SCHEMA_VERSION) {
                    throw new StoreException(StoreException.Reason.NEWER_BACKUP,
                            "This backup was made by a newer version of Hearth");
                }
            }
            int[] counts = Database.caseCounts(connection);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
            return counts;
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.DAMAGED_BACKUP,
                    "This backup does not open as a Hearth database (H2 error " + e.getErrorCode() + ")", e);
        }
    }

    /**
     * Puts a staged backup in place of the current data, which is kept aside in a {@code replaced-<date-time>}
     * folder inside the data folder (returned; none when the folder held no data). The database must be closed.
     * The renames are journalled ({@link RestoreSwap}): an interrupted restore is completed at the next start.
     */
    public static java.util.Optional<Path> swapIn(DataFolder data, Staged staged, LocalDateTime now)
            throws IOException {
        return swapIn(data, staged, now, step -> { });
    }

    /** The same, reporting each step (tests interrupt it there). */
    static java.util.Optional<Path> swapIn(DataFolder data, Staged staged, LocalDateTime now,
                                           java.util.function.Consumer<RestoreSwap.Step> afterStep)
            throws IOException {
        if (!staged.isThere()) {
            throw new IllegalStateException("This restore was already used or discarded");
        }
        refuseWhileOpen(data.databaseFile());
        data.finishInterruptedWork();
        return RestoreSwap.run(data, staged.folder, now, afterStep);
    }

    /**
     * The database must not be open, here or in another Hearth, when its file is moved: Windows refuses to move or
     * replace an open file, and elsewhere the open database would go on writing into the file moved away.
     */
    static void refuseWhileOpen(Path databaseFile) throws IOException {
        if (!Files.exists(databaseFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse();
            }
        } catch (OverlappingFileLockException e) {
            throw inUse();
        }
    }

    private static StoreException inUse() {
        return new StoreException(StoreException.Reason.FOLDER_IN_USE,
                "The database is open; it must be closed before its file is moved");
    }

    /**
     * Removes what an interrupted backup or restore left in the data folder (Hearth closed or the laptop switched off
     * half-way): H2's copies ({@code .hearth-backup-*.zip}) and decrypted-but-not-used restores ({@code .restore-*})
     * older than an hour. Both hold only H2's encrypted file, but they should not stay.
     */
    static void removeLeftovers(DataFolder data) throws IOException {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        try (Stream<Path> files = Files.list(data.path())) {
            for (Path path : files.toList()) {
                String name = path.getFileName().toString();
                boolean copy = name.startsWith(".hearth-backup-") && name.endsWith(".zip");
                boolean restore = name.startsWith(".restore-") && Files.isDirectory(path);
                if ((copy || restore) && Files.getLastModifiedTime(path).toInstant().isBefore(hourAgo)) {
                    deleteTree(path);
                }
            }
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Unwraps the data key once for both readings of the backup, and insists the key file did not change. */
    static final class Unlocker implements BackupFile.KeyOpener {
        private final char[] secret;
        private byte[] keyFile;
        private byte[] dataKey;

        Unlocker(char[] secret) {
            this.secret = secret;
        }

        /** An unlocker that already knows the key file and its data key (for tests of the reader). */
        static Unlocker knowing(byte[] keyFile, byte[] dataKey) {
            Unlocker unlocker = new Unlocker(new char[0]);
            unlocker.keyFile = keyFile.clone();
            unlocker.dataKey = dataKey.clone();
            return unlocker;
        }

        @Override
        public byte[] backupSecret(byte[] keyFileBytes) throws WrongPassphraseException {
            if (dataKey == null) {
                try {
                    dataKey = KeyFile.unlock(keyFileBytes, secret);
                } catch (IOException e) {
                    throw BackupFile.damaged(e);
                }
                keyFile = keyFileBytes.clone();
            } else if (!Arrays.equals(keyFile, keyFileBytes)) {
                throw BackupFile.damaged(null);
            }
            return BackupFile.backupSecret(dataKey);
        }

        void forget() {
            if (dataKey != null) {
                Arrays.fill(dataKey, (byte) 0);
            }
        }
    }
}
