package org.hearth.ui.signin;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hearth.service.Failures;
import org.hearth.service.OpenVault;
import org.hearth.service.TeamServer;
import org.hearth.service.WrongPassphrase;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * Signing in to the team server: the worker's sign-in name and password, checked by the server on the
 * background thread. After five wrong tries in a row every further try waits longer, as on the unlock screen.
 */
public final class SignInViewModel {

    /** The open server and the name it records in the history for this worker. */
    public record SignedIn(OpenVault open, String signInName, String me) {
    }

    private final TeamServer server;
    private final Background background;
    private final Messages messages;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final org.hearth.ui.control.WrongTries wrongTries;
    private final IntegerProperty waitSeconds;
    private final BooleanBinding canSubmit;

    /** The server may be null when its address cannot be read: the screen then only says what is wrong. */
    public SignInViewModel(TeamServer server, Background background, Messages messages, String problemKey) {
        this.server = server;
        this.background = background;
        this.wrongTries = new org.hearth.ui.control.WrongTries(background);
        this.waitSeconds = wrongTries.waitSecondsProperty();
        this.messages = messages;
        if (problemKey != null) {
            failure.set(messages.format("signIn.badAddress", messages.get(problemKey)));
        }
        canSubmit = Bindings.createBooleanBinding(() -> server != null && !busy.get() && waitSeconds.get() <= 0
                && !name.get().isBlank() && !password.get().isEmpty(), busy, waitSeconds, name, password);
    }

    /** Signs in on the background thread; then hands the open server on, on the JavaFX thread. */
    public void submit(Consumer<SignedIn> onOpen) {
        if (!canSubmit.get()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        String worker = name.get().strip();
        busy.set(true);
        failure.set("");
        background.run(() -> {
            OpenVault open;
            try {
                open = server.signIn(worker, secret, () -> worker);
            } finally {
                Arrays.fill(secret, '\0');
            }
            try {
                return new SignedIn(open, worker, open.sharing().me());
            } catch (RuntimeException e) {
                open.close();
                throw e;
            }
        }, signedIn -> {
            busy.set(false);
            wrongTries.right();
            password.set("");
            onOpen.accept(signedIn);
        }, problem -> {
            busy.set(false);
            password.set("");
            if (problem instanceof WrongPassphrase) {
                wrongTries.wrong();
                failure.set(messages.get("error.wrongSignIn"));
            } else {
                failure.set(messages.get(Failures.messageKey(problem)));
            }
        });
    }

    public TeamServer server() {
        return server;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty passwordProperty() {
        return password;
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
