package org.hearth.ui.lock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hearth.service.Failures;
import org.hearth.service.Vault;
import org.hearth.service.WrongPassphrase;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * The lock screen in front of the worker's open work: the passphrase is checked against the key file (the
 * database stays open behind the screen), with the same growing wait after five wrong tries in a row as at start.
 * One per window, so the count of wrong tries survives locking again.
 */
public final class LockViewModel {

    private final Vault vault;
    private final Background background;
    private Messages messages;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final org.hearth.ui.control.WrongTries wrongTries;
    private final IntegerProperty waitSeconds;
    private final BooleanBinding canSubmit;

    /** Checks a typed secret; throws {@link WrongPassphrase} when it is wrong. */
    public interface SecretCheck {
        void check(char[] secret) throws Exception;
    }

    private SecretCheck check;
    private String wrongKey = "error.wrongPassphrase";

    public LockViewModel(Vault vault, Background background, Messages messages) {
        this.vault = vault;
        this.check = vault::checkPassphrase;
        this.background = background;
        this.wrongTries = new org.hearth.ui.control.WrongTries(background);
        this.waitSeconds = wrongTries.waitSecondsProperty();
        this.messages = messages;
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && waitSeconds.get() <= 0
                && !passphrase.get().isEmpty(), busy, waitSeconds, passphrase);
    }

    /**
     * On a team server the password is checked by the server (the open connection stays open behind
     * the lock); a wrong one says so in the server's words.
     */
    public void checkWith(SecretCheck serverCheck) {
        this.check = serverCheck;
        this.wrongKey = "error.wrongSignIn";
    }

    /** The language changed while Hearth ran. */
    public void useMessages(Messages now) {
        this.messages = now;
    }

    /** Starts a new locked period: an empty field and no old message. */
    public void reset() {
        passphrase.set("");
        failure.set("");
    }

    /** Checks the passphrase in the background; when it is right, runs the unlocking on the JavaFX thread. */
    public void submit(Runnable onRight) {
        if (!canSubmit.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        busy.set(true);
        failure.set("");
        background.run(() -> {
            try {
                check.check(secret);
                return Boolean.TRUE;
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, right -> {
            busy.set(false);
            wrongTries.right();
            passphrase.set("");
            onRight.run();
        }, problem -> {
            busy.set(false);
            passphrase.set("");
            if (problem instanceof WrongPassphrase) {
                wrongTries.wrong();
                failure.set(messages.get(wrongKey));
            } else {
                failure.set(messages.get(Failures.messageKey(problem)));
            }
        });
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public IntegerProperty waitSecondsProperty() {
        return waitSeconds;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }
}
