package org.hearth.ui.unlock;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.hearth.service.OpenVault;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/** The view of the unlock screen; it binds to {@link UnlockViewModel} and holds no logic of its own. */
public final class UnlockController {

    private final UnlockViewModel model;
    private final Messages messages;
    private final Consumer<OpenVault> onOpen;
    private final Runnable onForgot;

    @FXML private Label title;
    @FXML private Label intro;
    @FXML private VBox nameBox;
    @FXML private TextField workerName;
    @FXML private Label nameProblem;
    @FXML private PasswordField passphrase;
    @FXML private Label passphraseProblem;
    @FXML private VBox repeatBox;
    @FXML private PasswordField repeat;
    @FXML private Label repeatProblem;
    @FXML private Label failure;
    @FXML private Label waiting;
    @FXML private Button submit;
    @FXML private ProgressIndicator progress;
    @FXML private javafx.scene.control.Hyperlink forgot;

    public UnlockController(UnlockViewModel model, Messages messages, Consumer<OpenVault> onOpen,
                            Runnable onForgot) {
        this.model = model;
        this.messages = messages;
        this.onOpen = onOpen;
        this.onForgot = onForgot;
    }

    public Parent view() {
        return Views.load(UnlockController.class, "UnlockView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        boolean first = model.firstStartProperty().get();
        title.setText(messages.get(first ? "unlock.firstTitle" : "unlock.title"));
        intro.setText(messages.get(first ? "unlock.firstIntro" : "unlock.intro"));
        submit.setText(messages.get(first ? "unlock.create" : "unlock.unlock"));
        show(nameBox, first);
        show(repeatBox, first);
        forgot.setVisible(!first);
        forgot.setManaged(!first);
        forgot.disableProperty().bind(model.busyProperty());
        workerName.textProperty().bindBidirectional(model.workerNameProperty());
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        nameProblem.textProperty().bind(model.nameProblem());
        passphraseProblem.textProperty().bind(model.passphraseProblem());
        repeatProblem.textProperty().bind(model.repeatProblem());
        failure.textProperty().bind(model.failureProperty());
        waiting.textProperty().bind(Bindings.createStringBinding(() -> model.waitSecondsProperty().get() > 0
                ? messages.format("unlock.wait", model.waitSecondsProperty().get()) : "", model.waitSecondsProperty()));
        submit.disableProperty().bind(model.canSubmit().not());
        progress.visibleProperty().bind(model.busyProperty());
        passphrase.disableProperty().bind(model.busyProperty().or(model.waitSecondsProperty().greaterThan(0)));
        for (Label label : new Label[] {nameProblem, passphraseProblem, repeatProblem, failure, waiting}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        }
        (first ? workerName : passphrase).sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(() -> (first && workerName.getText().isEmpty() ? workerName
                        : passphrase).requestFocus());
            }
        });
    }

    @FXML
    private void submit() {
        model.submit(onOpen);
    }

    @FXML
    private void forgot() {
        onForgot.run();
    }

    private static void show(javafx.scene.Node box, boolean visible) {
        box.setVisible(visible);
        box.setManaged(visible);
    }
}
