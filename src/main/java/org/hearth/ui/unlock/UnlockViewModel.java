package org.hearth.ui.unlock;

import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.hearth.domain.TextRules;
import org.hearth.service.Failures;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.service.WrongPassphrase;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * The unlock screen: at first start the worker chooses a passphrase (typed twice) and gives their name; later
 * the passphrase opens the database. After five wrong tries in a row every further try waits longer.
 */
public final class UnlockViewModel {


    private final Vault vault;
    private final Background background;
    private final Messages messages;
    private final CompletableFuture<Void> warmUp;
    private final Consumer<String> workerNameSaver;
    private final java.util.function.Supplier<String> currentWorker;

    private final BooleanProperty firstStart = new SimpleBooleanProperty();
    private final StringProperty workerName = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final org.hearth.ui.control.WrongTries wrongTries;
    private final IntegerProperty waitSeconds;
    private final ObservableStringValue passphraseProblem;
    private final ObservableStringValue repeatProblem;
    private final ObservableStringValue nameProblem;
    private final BooleanBinding canSubmit;
    private Consumer<ChosenPassphrase> passphraseChosen;

    public UnlockViewModel(Vault vault, Background background, Messages messages, CompletableFuture<Void> warmUp,
                           String knownWorkerName, Consumer<String> workerNameSaver,
                           java.util.function.Supplier<String> currentWorker) {
        this.vault = vault;
        this.background = background;
        this.wrongTries = new org.hearth.ui.control.WrongTries(background);
        this.waitSeconds = wrongTries.waitSecondsProperty();
        this.messages = messages;
        this.warmUp = warmUp;
        this.workerNameSaver = workerNameSaver;
        this.currentWorker = currentWorker;
        firstStart.set(vault.isNew());
        workerName.set(knownWorkerName == null ? "" : knownWorkerName);
        passphraseProblem = Bindings.createStringBinding(() -> {
            String text = passphrase.get();
            if (!firstStart.get() || text.isEmpty()) {
                return "";
            }
            int length = text.codePointCount(0, text.length());
            return length < Vault.MIN_PASSPHRASE ? messages.format("unlock.tooShort", Vault.MIN_PASSPHRASE, length) : "";
        }, passphrase, firstStart);
        repeatProblem = Bindings.createStringBinding(() -> firstStart.get() && !repeat.get().isEmpty()
                && !repeat.get().equals(passphrase.get()) ? messages.get("unlock.differ") : "", passphrase, repeat, firstStart);
        nameProblem = Bindings.createStringBinding(() -> {
            if (!firstStart.get() || workerName.get().isEmpty()) {
                return "";
            }
            return TextRules.checkLine(workerName.get(), true, TextRules.MAX_CHARACTERS)
                    .map(p -> messages.get(org.hearth.domain.FieldProblem.of("worker", p).messageKey())).orElse("");
        }, workerName, firstStart);
        canSubmit = Bindings.createBooleanBinding(() -> {
            if (busy.get() || waitSeconds.get() > 0 || passphrase.get().isEmpty()) {
                return false;
            }
            if (!firstStart.get()) {
                return true;
            }
            return passphraseProblem.get().isEmpty() && repeat.get().equals(passphrase.get())
                    && !workerName.get().isBlank() && nameProblem.get().isEmpty();
        }, busy, waitSeconds, passphrase, repeat, workerName, firstStart, passphraseProblem, nameProblem);
    }

    /** Creates or opens the database in the background, then hands the open vault on. */
    public void submit(Consumer<OpenVault> onOpen) {
        if (!canSubmit.get()) {
            return;
        }
        char[] secret = passphrase.get().toCharArray();
        boolean creating = firstStart.get();
        String name = workerName.get().strip();
        if (creating) {
            // nothing is created before the worker has seen and kept the recovery key
            passphrase.set("");
            repeat.set("");
            passphraseChosen.accept(new ChosenPassphrase(secret, name));
            return;
        }
        busy.set(true);
        failure.set("");
        background.run(() -> {
            try {
                warmUp.join();
            } catch (RuntimeException warmUpFailed) {
                // the real opening below reports any real problem
            }
            try {
                return vault.open(secret, currentWorker);
            } finally {
                java.util.Arrays.fill(secret, '\0');
            }
        }, open -> {
            busy.set(false);
            wrongTries.right();
            passphrase.set("");
            repeat.set("");
            onOpen.accept(open);
        }, problem -> {
            busy.set(false);
            passphrase.set("");
            if (problem instanceof WrongPassphrase) {
                wrongTries.wrong();
                failure.set(messages.get("error.wrongPassphrase"));
            } else {
                failure.set(messages.get(Failures.messageKey(problem)));
            }
        });
    }

    /** What happens at first start once the passphrase is chosen: the recovery key screen. */
    public void onPassphraseChosen(Consumer<ChosenPassphrase> next) {
        this.passphraseChosen = next;
    }

    /** The passphrase chosen at first start (wiped once the database is made) and the worker's name. */
    public record ChosenPassphrase(char[] passphrase, String workerName) {
    }

    public BooleanProperty firstStartProperty() {
        return firstStart;
    }

    public StringProperty workerNameProperty() {
        return workerName;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatProperty() {
        return repeat;
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

    public ObservableStringValue passphraseProblem() {
        return passphraseProblem;
    }

    public ObservableStringValue repeatProblem() {
        return repeatProblem;
    }

    public ObservableStringValue nameProblem() {
        return nameProblem;
    }

    public BooleanBinding canSubmit() {
        return canSubmit;
    }
}
