package org.hearth.ui.unlock;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.hearth.service.Vault;
import org.hearth.ui.Messages;

/** A new passphrase typed twice, with what is wrong with it said at each field while the worker types. */
public final class NewPassphrase {

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final ObservableStringValue passphraseProblem;
    private final ObservableStringValue repeatProblem;
    private final BooleanBinding ready;

    public NewPassphrase(Messages messages) {
        passphraseProblem = Bindings.createStringBinding(() -> {
            String text = passphrase.get();
            if (text.isEmpty()) {
                return "";
            }
            int length = text.codePointCount(0, text.length());
            return length < Vault.MIN_PASSPHRASE ? messages.format("unlock.tooShort", Vault.MIN_PASSPHRASE, length) : "";
        }, passphrase);
        repeatProblem = Bindings.createStringBinding(() -> !repeat.get().isEmpty()
                && !repeat.get().equals(passphrase.get()) ? messages.get("unlock.differ") : "", passphrase, repeat);
        ready = Bindings.createBooleanBinding(() -> !passphrase.get().isEmpty()
                && passphraseProblem.get().isEmpty() && repeat.get().equals(passphrase.get()),
                passphrase, repeat, passphraseProblem);
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public ObservableStringValue passphraseProblem() {
        return passphraseProblem;
    }

    public ObservableStringValue repeatProblem() {
        return repeatProblem;
    }

    /** Long enough and typed the same twice. */
    public BooleanBinding ready() {
        return ready;
    }

    /** The passphrase as characters (to be wiped after use); the fields are emptied. */
    public char[] take() {
        char[] chosen = passphrase.get().toCharArray();
        clear();
        return chosen;
    }

    public void clear() {
        passphrase.set("");
        repeat.set("");
    }
}
