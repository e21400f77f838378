package org.hearth.store;

import java.nio.file.Path;

/**
 * The JDBC address of Hearth's embedded database. Every address carries the settings that protect the data:
 * AES encryption, no write delay (a killed process must not lose acknowledged commits), no trace file
 * (it would hold SQL values in plain text) and, except when the database is first created, IFEXISTS (a
 * mistyped path must not silently create an empty database).
 */
public final class H2Url {

    private H2Url() {
    }

    /** Opens an existing database; fails if there is none. */
    public static String existing(Path databaseBase) {
        return base(databaseBase) + ";IFEXISTS=TRUE";
    }

    /** Creates the database at first start. */
    public static String creating(Path databaseBase) {
        return base(databaseBase);
    }

    private static String base(Path databaseBase) {
        return "jdbc:h2:file:" + databaseBase.toAbsolutePath().toString().replace('\\', '/')
                + ";CIPHER=AES;WRITE_DELAY=0;TRACE_LEVEL_FILE=0;TRACE_LEVEL_SYSTEM_OUT=0";
    }
}
