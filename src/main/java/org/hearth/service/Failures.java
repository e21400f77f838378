package org.hearth.service;

import org.hearth.store.StoreException;

/**
 * Turns a failure into the message key of a plain-language message. Database errors quote stored values, so
 * their own messages are never shown or logged.
 */
public final class Failures {

    private Failures() {
    }

    public static String messageKey(Throwable failure) {
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
                };
            }
            if (cause instanceof java.io.IOException) {
                return "error.disk";
            }
            cause = cause.getCause();
        }
        return "error.unexpected";
    }

    /** A short code a worker can read out to support; it says what kind of failure it was, nothing about data. */
    public static String code(Throwable failure) {
        return "H-" + Integer.toHexString(failure.getClass().getName().hashCode() & 0xfff).toUpperCase(java.util.Locale.ROOT);
    }
}
