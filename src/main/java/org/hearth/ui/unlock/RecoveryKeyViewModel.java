package org.hearth.ui.unlock;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hearth.domain.RecoveryKey;
import org.hearth.service.Failures;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * First start, second step: the organisation's recovery key is shown once, to be printed or saved away from the
 * laptop. The database is only made when the worker confirms they have kept it; until then nothing is on disk.
 */
public final class RecoveryKeyViewModel {

    private final Vault vault;
    private final Background background;
    private final Messages messages;
    private final CompletableFuture<Void> warmUp;
    private final Consumer<String> workerNameSaver;
    private final Supplier<String> currentWorker;
    private final UnlockViewModel.ChosenPassphrase chosen;
    private final RecoveryKey key = RecoveryKey.generate(new SecureRandom());

    private final BooleanProperty kept = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanBinding canContinue;

    public RecoveryKeyViewModel(Vault vault, Background background, Messages messages, CompletableFuture<Void> warmUp,
                                Consumer<String> workerNameSaver, Supplier<String> currentWorker,
                                UnlockViewModel.ChosenPassphrase chosen) {
        this.vault = vault;
        this.background = background;
        this.messages = messages;
        this.warmUp = warmUp;
        this.workerNameSaver = workerNameSaver;
        this.currentWorker = currentWorker;
        this.chosen = chosen;
        canContinue = kept.and(busy.not());
    }

    /** The key in nine groups of four, for this screen and the printed sheet only. */
    public String keyText() {
        return key.text();
    }

    /** The sheet as plain text, for the file the worker saves: what it is, the key, and what to do with it. */
    public String sheetText() {
        String nl = System.lineSeparator();
        return messages.get("recovery.sheet.title") + nl + nl + key.text() + nl + nl
                + messages.get("recovery.sheet.what") + nl + nl + messages.get("recovery.sheet.keep") + nl;
    }

    /** Writes the sheet to the file the worker chose (a USB stick, a safe folder), away from the JavaFX thread. */
    public void saveTo(Path file) {
        String text = sheetText();
        failure.set("");
        background.run(() -> {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file.getFileName().toString();
        }, name -> status.set(messages.format("recovery.savedTo", name)),
                problem -> failure.set(messages.get(Failures.messageKey(problem))));
    }

    public void printed(boolean sent) {
        failure.set("");
        status.set(messages.get(sent ? "recovery.printed" : "recovery.notPrinted"));
    }

    public void noPrinter() {
        failure.set(messages.get("recovery.noPrinter"));
    }

    /** Makes the database with this recovery key, then hands the open vault on. */
    public void create(Consumer<OpenVault> onOpen) {
        if (!canContinue.get()) {
            return;
        }
        busy.set(true);
        failure.set("");
        char[] secret = chosen.passphrase();
        String name = chosen.workerName();
        background.run(() -> {
            try {
                warmUp.join();
            } catch (RuntimeException warmUpFailed) {
                // the real opening below reports any real problem
            }
            workerNameSaver.accept(name);
            return vault.create(secret, key, currentWorker);
        }, open -> {
            busy.set(false);
            Arrays.fill(secret, '\0');
            key.wipe();
            onOpen.accept(open);
        }, problem -> {
            busy.set(false);
            failure.set(messages.get(Failures.messageKey(problem)));
        });
    }

    public BooleanProperty keptProperty() {
        return kept;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanBinding canContinue() {
        return canContinue;
    }
}
