package org.hearth.service;

/** The recovery key is well formed but does not open this Hearth database; nothing on disk was changed. */
public final class WrongRecoveryKey extends Exception {

    public WrongRecoveryKey() {
        super("That recovery key does not open this Hearth database");
    }
}
