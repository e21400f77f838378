package org.hearth.store;

/** The passphrase does not open this Hearth database. Nothing was changed. */
public final class WrongPassphraseException extends Exception {

    public WrongPassphraseException() {
        super("That passphrase does not open this Hearth database");
    }
}
