package org.hearth.service;

import org.hearth.store.DiskTrouble;
import org.hearth.store.StoreException;

/**
 * Turns a failure into the message key of a plain-language message. Database errors quote stored values, so
 * their own messages are never shown or logged.
 */
public final class Failures {

    private Failures() {
    }

    public static String messageKey(Throwable failure) {
        switch (DiskTrouble.of(failure)) {
            case FOLDER_IN_USE:
                return "error.folderInUse";
            case DISK_FULL:
                return "error.diskFull";
            case READ_ONLY:
                return "error.readOnly";
            case DAMAGED_DATABASE:
                return "error.damagedDatabase";
            default:
                break;
        }
        Throwable cause = failure;
        while (cause != null) {
            if (cause instanceof WrongPassphrase) {
                return "error.wrongPassphrase";
            }
            if (cause instanceof WrongRecoveryKey) {
                return "error.wrongRecoveryKey";
            }
            if (cause instanceof StoreException store) {
                return switch (store.reason()) {
                    case NO_DATABASE -> "error.noDatabase";
                    case DAMAGED_KEY_FILE -> "error.damagedKeyFile";
                    case CANNOT_OPEN -> "error.cannotOpen";
                    case CANNOT_SAVE -> "error.cannotSave";
                    case CHANGED_ELSEWHERE -> "error.changedElsewhere";
                    case DUPLICATE -> "error.duplicate";
                    case IN_USE -> "error.inUse";
                    case NOT_A_BACKUP -> "error.notABackup";
                    case DAMAGED_BACKUP -> "error.damagedBackup";
                    case NEWER_BACKUP -> "error.newerBackup";
                    case BACKUP_FOLDER_MISSING -> "error.backupFolderMissing";
                    case WRONG_SIGN_IN -> "error.wrongSignIn";
                    case SERVER_NOT_READY -> "error.serverNotReady";
                    case SERVER_UNREACHABLE -> "error.serverUnreachable";
                    case NOT_ALLOWED -> "error.notAllowed";
                    case FOLDER_IN_USE -> "error.folderInUse";
                    case INCOMPLETE_FOLDER -> "error.incompleteFolder";
                };
            }
            if (cause instanceof java.io.IOException) {
                return "error.disk";
            }
            cause = cause.getCause();
        }
        return "error.unexpected";
    }

    /** Someone saved the same thing in the meantime: the worker's save was refused, nothing was overwritten. */
    public static boolean isNewerSaved(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StoreException store) {
                return store.reason() == StoreException.Reason.CHANGED_ELSEWHERE;
            }
        }
        return false;
    }

    /** A short code a worker can read out to support; it says what kind of failure it was, nothing about data. */
    public static String code(Throwable failure) {
        return "H-" + Integer.toHexString(failure.getClass().getName().hashCode() & 0xfff).toUpperCase(java.util.Locale.ROOT);
    }
}
