package org.hearth.ui.unlock;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hearth.service.OpenVault;
import org.hearth.ui.Messages;

/** "Forgot your passphrase?": the recovery key and a new passphrase twice; Back returns to the unlock screen. */
public final class ForgotPassphraseController {

    private final ForgotPassphraseViewModel model;
    private final Messages messages;
    private final Consumer<OpenVault> onOpen;
    private final Runnable back;

    public ForgotPassphraseController(ForgotPassphraseViewModel model, Messages messages, Consumer<OpenVault> onOpen,
                                      Runnable back) {
        this.model = model;
        this.messages = messages;
        this.onOpen = onOpen;
        this.back = back;
    }

    public Parent view() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        Label title = new Label(messages.get("forgot.title"));
        title.setId("forgotTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label intro = new Label(messages.get("forgot.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("intro");

        TextField key = new TextField();
        key.setId("recoveryKeyField");
        key.getStyleClass().add("recovery-key-field");
        key.setPromptText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX");
        key.textProperty().bindBidirectional(model.recoveryKeyProperty());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("newPassphrase");
        passphrase.textProperty().bindBidirectional(model.newPassphrase().passphraseProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("newRepeat");
        repeat.textProperty().bindBidirectional(model.newPassphrase().repeatProperty());

        Label failure = problem("forgotFailure", "failure");
        failure.textProperty().bind(model.failureProperty());
        Button submit = new Button(messages.get("forgot.submit"));
        submit.setId("resetPassphrase");
        submit.getStyleClass().add("accent");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(model.canSubmit().not());
        submit.setOnAction(e -> model.submit(onOpen));
        Button cancel = new Button(messages.get("forgot.back"));
        cancel.setId("forgotBack");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> back.run());
        cancel.disableProperty().bind(model.busyProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.setAccessibleText(messages.get("unlock.opening"));
        progress.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, submit, cancel, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        for (TextField field : new TextField[] {key, passphrase, repeat}) {
            field.setOnAction(e -> model.submit(onOpen));
            field.disableProperty().bind(model.busyProperty());
        }

        VBox card = new VBox(16, brand, title, intro,
                field("forgot.key", key, "recoveryKeyProblem", model.keyProblem()),
                field("forgot.newPassphrase", passphrase, "newPassphraseProblem",
                        model.newPassphrase().passphraseProblem()),
                field("unlock.repeat", repeat, "newRepeatProblem", model.newPassphrase().repeatProblem()),
                failure, actions);
        card.getStyleClass().add("unlock-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(520);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane screen = new StackPane(card);
        screen.getStyleClass().add("unlock-screen");
        screen.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(key::requestFocus);
            }
        });
        return screen;
    }

    private VBox field(String labelKey, TextInputControl input, String problemId,
                       javafx.beans.value.ObservableStringValue problemText) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(input);
        input.setAccessibleText(messages.get(labelKey));
        Label problem = problem(problemId, "field-problem");
        problem.textProperty().bind(problemText);
        return new VBox(4, label, input, problem);
    }

    private static Label problem(String id, String style) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
