package org.hearth.store;

/**
 * The failures of the disk and the data folder that a worker can do something about (close the other Hearth, free
 * space, choose a folder that may be written), told apart from whatever layer saw them: the file system's own
 * words, H2's error codes, Hearth's own refusals. Only the kind is passed on, never the failure's message (a
 * database message can quote stored values).
 */
public final class DiskTrouble {

    private DiskTrouble() {
    }

    /** The failures of the disk and the folder that a worker can do something about, whatever layer saw them. */
    public enum Kind {
        /** Another Hearth (or this one, in another window) has the data folder open. */
        FOLDER_IN_USE,
        /** The disk is full: nothing was saved. */
        DISK_FULL,
        /** The folder or the disk may not be written to (read-only, no permission). */
        READ_ONLY,
        /** The database file is damaged. */
        DAMAGED_DATABASE,
        NONE
    }

    /** H2's "database may be already in use", "read only", "file corrupted"; its MVStore's "locked", "corrupt". */
    private static final int H2_IN_USE = 90020;
    private static final int H2_READ_ONLY = 90097;
    private static final int H2_CORRUPTED = 90030;
    private static final int MVSTORE_LOCKED = 7;
    private static final int MVSTORE_CORRUPT = 6;

    /** What kind of disk or folder trouble caused the failure, looking through every cause. */
    public static Kind of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException store && store.reason() == StoreException.Reason.FOLDER_IN_USE) {
                return Kind.FOLDER_IN_USE;
            }
            String message = cause.getMessage() == null ? "" : cause.getMessage();
            if (message.contains("No space left on device") || message.contains("not enough space on the disk")) {
                return Kind.DISK_FULL;
            }
            if (cause instanceof java.nio.file.AccessDeniedException
                    || cause instanceof java.nio.file.ReadOnlyFileSystemException
                    || message.contains("Read-only file system") || message.contains("Permission denied")) {
                return Kind.READ_ONLY;
            }
            int code = cause instanceof java.sql.SQLException sql ? sql.getErrorCode()
                    : cause instanceof org.h2.mvstore.MVStoreException store ? -store.getErrorCode() : 0;
            if (code == H2_IN_USE || code == -MVSTORE_LOCKED) {
                return Kind.FOLDER_IN_USE;
            }
            if (code == H2_READ_ONLY) {
                return Kind.READ_ONLY;
            }
            if (code == H2_CORRUPTED || code == -MVSTORE_CORRUPT) {
                return Kind.DAMAGED_DATABASE;
            }
        }
        return Kind.NONE;
    }

}
