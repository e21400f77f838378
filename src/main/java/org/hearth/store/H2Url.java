package org.hearth.store;

import java.nio.file.Path;

/**
 * The JDBC address of Hearth's embedded database. Every address carries the settings that protect the data:
 * AES encryption, no write delay (a killed process must not lose acknowledged commits), no trace file
 * (it would hold SQL values in plain text), no compaction when closing (H2 2.3.232's time-limited compaction on
 * close leaves files that a later compaction or reopening finds damaged, "Double mark"; decision 0013; explicit
 * compaction after erasing still runs) and, except when the database is first created, IFEXISTS (a mistyped path
 * must not silently create an empty database).
 */
public final class H2Url {

    private H2Url() {
    }

    /** H2's own name for the real disk, the file system every laptop uses. */
    public static final String DISK = "file";

    /** Opens an existing database; fails if there is none. */
    public static String existing(Path databaseBase) {
        return existing(databaseBase, DISK);
    }

    /** Creates the database at first start. */
    public static String creating(Path databaseBase) {
        return creating(databaseBase, DISK);
    }

    /**
     * Opens an existing database through the named H2 file system: {@link #DISK} for the worker, another one
     * registered with H2 (a disk that fails on command) in crash-safety tests.
     */
    static String existing(Path databaseBase, String fileSystem) {
        return base(databaseBase, fileSystem) + ";IFEXISTS=TRUE";
    }

    static String creating(Path databaseBase, String fileSystem) {
        return base(databaseBase, fileSystem);
    }

    private static String base(Path databaseBase, String fileSystem) {
        if (!fileSystem.matches("[a-z][a-z0-9]+")) {
            throw new IllegalArgumentException("Not an H2 file system name");
        }
        return "jdbc:h2:" + fileSystem + ":" + databaseBase.toAbsolutePath().toString().replace('\\', '/')
                + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0;MAX_COMPACT_TIME=0";
    }
}
