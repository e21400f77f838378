package org.hearth.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Consumer;
import org.h2.tools.ChangeFileEncryption;

/**
 * Changing the passphrase re-encrypts the database with a new random data key, so that an old key file (from a
 * backup, or a copy someone took) with the old passphrase no longer opens the current data.
 *
 * <p>The work happens in a folder beside the database ({@value #FOLDER}): the closed database is copied there,
 * re-encrypted from the old data key to the new one, opened once to check it, and the new key file is written
 * there. Only then comes the <b>switch point</b>: the old database file is moved into that folder as
 * {@value #OLD_DATABASE}. After it the new database and the new key file are moved into place, and the folder is
 * removed. {@link #finishInterrupted(DataFolder)} runs before every opening: without {@value #OLD_DATABASE} it
 * throws the unfinished copy away (the old passphrase opens the untouched old database); with it, it completes
 * the moves (the new passphrase opens the new database). A crash at any step therefore leaves a database that
 * opens. The recovery slot is sealed anew to the same recovery public key, so the recovery key keeps working.
 */
public final class PassphraseChange {

    static final String FOLDER = "passphrase-change";
    static final String OLD_DATABASE = "old.mv.db";
    private static final String NEW_BASE = "hearth";

    private static final SecureRandom RANDOM = new SecureRandom();

    /** The steps, in order; the progress shown to the worker and the points where tests interrupt the change. */
    public enum Step {
        CHECKED, COPIED, REENCRYPTED, VERIFIED, KEY_WRITTEN,
        /** The switch point: from here on the new passphrase opens the database. */
        OLD_SET_ASIDE,
        DATABASE_IN_PLACE, KEY_IN_PLACE, CLEANED;

        /** Whether a change interrupted after this step ends with the new passphrase. */
        public boolean pastSwitchPoint() {
            return compareTo(OLD_SET_ASIDE) >= 0;
        }

        /** How far the change is, from 0 to 1, after this step. */
        public double fraction() {
            return (ordinal() + 1) / (double) values().length;
        }
    }

    private PassphraseChange() {
    }

    /**
     * Re-encrypts the closed database in the folder for the new passphrase. The database must not be open.
     * Reports each finished step; a failure before the switch point leaves the old database and key file as they
     * were, and is rolled back at once.
     */
    public static void run(DataFolder folder, char[] oldPassphrase, char[] newPassphrase, Consumer<Step> afterStep)
            throws IOException, WrongPassphraseException {
        // the database file is copied and then moved aside: it must be closed (Windows cannot move an open file,
        // and elsewhere an open database would go on writing into the file set aside)
        BackupRestore.refuseWhileOpen(folder.databaseFile());
        finishInterrupted(folder);
        if (!folder.holdsDatabase()) {
            throw new StoreException(StoreException.Reason.NO_DATABASE, "There is no Hearth database in this folder");
        }
        Path work = folder.path().resolve(FOLDER);
        JsonNode oldKeyFile = KeyFile.read(folder.keyFile());
        byte[] oldKey = KeyFile.unlock(folder.keyFile(), oldPassphrase);
        byte[] newKey = new byte[KeyFile.KEY_BYTES];
        RANDOM.nextBytes(newKey);
        boolean switched = false;
        try {
            afterStep.accept(Step.CHECKED);
            Files.createDirectories(work);
            DataFolder.ownerOnly(work, true);
            Path copy = work.resolve(NEW_BASE + ".mv.db");
            Files.copy(folder.databaseFile(), copy, StandardCopyOption.REPLACE_EXISTING);
            DataFolder.ownerOnly(copy, false);
            afterStep.accept(Step.COPIED);
            reencrypt(work, oldKey, newKey);
            force(copy);
            afterStep.accept(Step.REENCRYPTED);
            verify(work.resolve(NEW_BASE), oldKey, newKey);
            force(copy);
            DataFolder.ownerOnly(copy, false);   // H2's tool wrote the re-encrypted file anew
            afterStep.accept(Step.VERIFIED);
            KeyFile.write(work.resolve(folder.keyFile().getFileName()),
                    KeyFile.generation(newKey, newPassphrase, KeyFile.recoveryPublicKey(oldKeyFile)));
            afterStep.accept(Step.KEY_WRITTEN);

            move(folder.databaseFile(), work.resolve(OLD_DATABASE));
            switched = true;
            afterStep.accept(Step.OLD_SET_ASIDE);
            move(copy, folder.databaseFile());
            afterStep.accept(Step.DATABASE_IN_PLACE);
            move(work.resolve(folder.keyFile().getFileName()), folder.keyFile());
            afterStep.accept(Step.KEY_IN_PLACE);
        } finally {
            Arrays.fill(oldKey, (byte) 0);
            Arrays.fill(newKey, (byte) 0);
            if (!switched) {
                rollBackQuietly(folder);
            }
        }
        removeWorkFolder(folder);
        afterStep.accept(Step.CLEANED);
    }

    /**
     * Finishes or undoes a change that was interrupted (a crash, a power cut, a full disk). Quick and harmless
     * when there is nothing to do.
     */
    public static void finishInterrupted(DataFolder folder) throws IOException {
        Path work = folder.path().resolve(FOLDER);
        if (!Files.isDirectory(work)) {
            return;
        }
        if (Files.exists(work.resolve(OLD_DATABASE))) {
            if (!Files.exists(folder.databaseFile()) && !Files.exists(work.resolve(NEW_BASE + ".mv.db"))) {
                // cannot happen through Hearth; never lose the only copy: put the old one back
                move(work.resolve(OLD_DATABASE), folder.databaseFile());
                removeWorkFolder(folder);
                return;
            }
            completeMoves(folder);
            removeWorkFolder(folder);
        } else {
            removeWorkFolder(folder);
        }
    }

    /** After the switch point: the new database, then the new key file, into place; the old database goes. */
    private static void completeMoves(DataFolder folder) throws IOException {
        Path work = folder.path().resolve(FOLDER);
        Path newDatabase = work.resolve(NEW_BASE + ".mv.db");
        if (Files.exists(newDatabase)) {
            move(newDatabase, folder.databaseFile());
        }
        Path newKey = work.resolve(folder.keyFile().getFileName());
        if (Files.exists(newKey)) {
            move(newKey, folder.keyFile());
        }
        Files.deleteIfExists(work.resolve(OLD_DATABASE));
        syncFolder(work);
    }

    private static void rollBackQuietly(DataFolder folder) {
        try {
            if (!Files.exists(folder.path().resolve(FOLDER).resolve(OLD_DATABASE))) {
                removeWorkFolder(folder);
            }
        } catch (IOException e) {
            // the next opening tries again; the old database is untouched
        }
    }

    private static void removeWorkFolder(DataFolder folder) throws IOException {
        Path work = folder.path().resolve(FOLDER);
        if (!Files.isDirectory(work)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(work)) {
            for (Path file : files) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(work);
        syncFolder(folder.path());
    }

    /** H2's own tool re-encrypts the copy block by block, from the old file key to the new one. */
    private static void reencrypt(Path work, byte[] oldKey, byte[] newKey) throws IOException {
        char[] oldHex = KeyFile.hex(oldKey);
        char[] newHex = KeyFile.hex(newKey);
        try {
            ChangeFileEncryption.execute(work.toString(), NEW_BASE, "AES", oldHex, newHex, true);
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_SAVE,
                    "The database could not be re-encrypted (H2 error " + e.getErrorCode() + ")", e);
        } finally {
            Arrays.fill(oldHex, '\0');
            Arrays.fill(newHex, '\0');
        }
    }

    /**
     * Opens the re-encrypted copy with the new file key, gives H2's user the new key as password too (H2 takes
     * "file-password user-password", and Hearth uses the data key for both), reads from it and shuts it down, so a
     * bad copy never replaces the good one.
     */
    private static void verify(Path base, byte[] oldKey, byte[] newKey) {
        try {
            try (Connection connection = H2Connections.open(H2Url.existing(base), newKey, oldKey);
                 java.sql.PreparedStatement statement = connection.prepareStatement(
                         "ALTER USER hearth SET PASSWORD ?")) {
                char[] newHex = KeyFile.hex(newKey);
                try {
                    statement.setCharacterStream(1, new java.io.CharArrayReader(newHex), newHex.length);
                    statement.execute();
                } finally {
                    Arrays.fill(newHex, '\0');
                }
                try (Statement shutdown = connection.createStatement()) {
                    shutdown.execute("SHUTDOWN");
                }
            }
            try (Connection connection = H2Connections.open(H2Url.existing(base), newKey, newKey);
                 Statement statement = connection.createStatement()) {
                try (var result = statement.executeQuery("select count(*) from \"flyway_schema_history\"")) {
                    result.next();
                }
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException e) {
            throw new StoreException(StoreException.Reason.CANNOT_SAVE,
                    "The re-encrypted copy could not be read back (H2 error " + e.getErrorCode() + ")", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        AtomicFile.replace(from, to);
        syncFolder(to.toAbsolutePath().getParent());
        syncFolder(from.toAbsolutePath().getParent());
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes a rename durable where the platform allows forcing a folder (Linux, macOS; not Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; its renames are journalled by NTFS
        }
    }
}
