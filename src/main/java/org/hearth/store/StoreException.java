package org.hearth.store;

/**
 * Something went wrong in the store. The message is Hearth's own and never quotes stored values; the cause
 * (which may quote them) is kept for the programmer but must not be logged or shown raw.
 */
public class StoreException extends RuntimeException {

    private final Reason reason;

    /** What a worker needs to know. */
    public enum Reason { NO_DATABASE, DAMAGED_KEY_FILE, CANNOT_OPEN, CANNOT_SAVE, CHANGED_ELSEWHERE, DUPLICATE, IN_USE,
        /** Another Hearth has the data folder open. */
        FOLDER_IN_USE,
        /** A key file without its database, or the other way round: never to be replaced by a new, empty one. */
        INCOMPLETE_FOLDER,
        // backups
        NOT_A_BACKUP, DAMAGED_BACKUP, NEWER_BACKUP, BACKUP_FOLDER_MISSING,
        // team server
        WRONG_SIGN_IN, SERVER_NOT_READY, SERVER_UNREACHABLE, NOT_ALLOWED }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message) {
        this(reason, message, null);
    }

    public Reason reason() {
        return reason;
    }
}
