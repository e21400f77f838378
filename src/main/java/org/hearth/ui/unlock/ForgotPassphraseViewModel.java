package org.hearth.ui.unlock;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.hearth.domain.RecoveryKey;
import org.hearth.service.Failures;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.service.WrongRecoveryKey;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * A forgotten passphrase: the organisation's recovery key plus a new passphrase (typed twice) open the data and
 * replace the passphrase. A mistyped key is caught at the field by its check characters, before anything is tried.
 */
public final class ForgotPassphraseViewModel {

    private final Vault vault;
    private final Background background;
    private final Messages messages;
    private final Supplier<String> currentWorker;

    private final StringProperty recoveryKey = new SimpleStringProperty("");
    private final NewPassphrase newPassphrase;
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableStringValue keyProblem;
    private final BooleanBinding canSubmit;

    public ForgotPassphraseViewModel(Vault vault, Background background, Messages messages,
                                     Supplier<String> currentWorker) {
        this.vault = vault;
        this.background = background;
        this.messages = messages;
        this.currentWorker = currentWorker;
        this.newPassphrase = new NewPassphrase(messages);
        recoveryKey.addListener((o, old, typed) -> failure.set(""));
        keyProblem = Bindings.createStringBinding(() -> {
            String typed = recoveryKey.get();
            if (typed.isBlank()) {
                return "";
            }
            RecoveryKey.Reading reading = RecoveryKey.read(typed);
            if (reading.ok()) {
                reading.key().wipe();
                return "";
            }
            return switch (reading.problem()) {
                case EMPTY -> "";
                case NOT_ALLOWED -> messages.get("forgot.notAllowed");
                case WRONG_LENGTH -> messages.format("forgot.length", RecoveryKey.CHARACTERS, reading.characters());
                case TYPO -> messages.get("forgot.typo");
            };
        }, recoveryKey);
        canSubmit = Bindings.createBooleanBinding(() -> !busy.get() && !recoveryKey.get().isBlank()
                && keyProblem.get().isEmpty() && newPassphrase.ready().get(),
                busy, recoveryKey, keyProblem, newPassphrase.ready());
    }

    /** Opens the data with the recovery key and sets the new passphrase, in the background. */
    public void submit(Consumer<OpenVault> onOpen) {
        if (!canSubmit.get()) {
            return;
        }
        RecoveryKey.Reading reading = RecoveryKey.read(recoveryKey.get());
        char[] secret = newPassphrase.passphraseProperty().get().toCharArray();
        busy.set(true);
        failure.set("");
        background.run(() -> {
            try {
                return vault.recover(reading.key(), secret, currentWorker);
            } finally {
                Arrays.fill(secret, '\0');
                reading.key().wipe();
            }
        }, open -> {
            busy.set(false);
            recoveryKey.set("");
            newPassphrase.clear();
            onOpen.accept(open);
        }, problem -> {
            busy.set(false);
            failure.set(messages.get(problem instanceof WrongRecoveryKey ? "error.wrongRecoveryKey"
                    : Failures.messageKey(problem)));
        });
    }

    public StringProperty recoveryKeyProperty() {
        return recoveryKey;
    }

    public NewPassphrase newPassphrase() {
        return newPassphrase;
    }

    public ObservableStringValue keyProblem() {
        return keyProblem;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }
}
