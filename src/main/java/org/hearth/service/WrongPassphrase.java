package org.hearth.service;

/** The passphrase does not open this Hearth database; nothing on disk was changed. */
public final class WrongPassphrase extends Exception {

    public WrongPassphrase() {
        super("That passphrase does not open this Hearth database");
    }
}
