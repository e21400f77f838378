package org.hearth.ui.signin;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hearth.ui.Messages;

/**
 * The first screen on a team server: which server (and whether its identity is checked), the worker's
 * sign-in name and password, Sign in. No first start, recovery key or forgotten passphrase here: the
 * organisation's administrator keeps the accounts.
 */
public final class SignInScreen {

    private final SignInViewModel model;
    private final Messages messages;
    private final Consumer<SignInViewModel.SignedIn> onSignedIn;

    public SignInScreen(SignInViewModel model, Messages messages, Consumer<SignInViewModel.SignedIn> onSignedIn) {
        this.model = model;
        this.messages = messages;
        this.onSignedIn = onSignedIn;
    }

    public Parent view() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        Label title = new Label(messages.get("signIn.title"));
        title.setId("title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label intro = new Label(messages.get("signIn.intro"));
        intro.setId("signInIntro");
        intro.getStyleClass().add("intro");
        intro.setWrapText(true);

        VBox serverBox = new VBox(4);
        serverBox.getStyleClass().add("server-box");
        if (model.server() != null) {
            Label server = new Label(messages.format("signIn.server", model.server().serverName()));
            server.setId("serverName");
            server.setWrapText(true);
            Label identity = new Label(messages.get(model.server().verifiesServer() ? "signIn.verified"
                    : "signIn.notVerified"));
            identity.setId("serverIdentity");
            identity.setWrapText(true);
            identity.getStyleClass().add(model.server().verifiesServer() ? "server-verified" : "server-warning");
            serverBox.getChildren().addAll(server, identity);
        }

        TextField name = new TextField();
        name.setId("signInName");
        name.setAccessibleText(messages.get("signIn.name"));
        name.textProperty().bindBidirectional(model.nameProperty());
        Label nameLabel = new Label(messages.get("signIn.name"));
        nameLabel.setLabelFor(name);
        PasswordField password = new PasswordField();
        password.setId("password");
        password.setAccessibleText(messages.get("signIn.password"));
        password.textProperty().bindBidirectional(model.passwordProperty());
        Label passwordLabel = new Label(messages.get("signIn.password"));
        passwordLabel.setLabelFor(password);
        boolean usable = model.server() != null;
        name.disableProperty().bind(model.busyProperty().or(Bindings.createBooleanBinding(() -> !usable)));
        password.disableProperty().bind(model.busyProperty().or(model.waitSecondsProperty().greaterThan(0))
                .or(Bindings.createBooleanBinding(() -> !usable)));

        Label failure = new Label();
        failure.setId("failure");
        failure.getStyleClass().add("failure");
        failure.setWrapText(true);
        failure.textProperty().bind(model.failureProperty());
        Label waiting = new Label();
        waiting.setId("waiting");
        waiting.getStyleClass().add("intro");
        waiting.setWrapText(true);
        waiting.textProperty().bind(Bindings.createStringBinding(() -> model.waitSecondsProperty().get() > 0
                ? messages.format("unlock.wait", model.waitSecondsProperty().get()) : "",
                model.waitSecondsProperty()));
        for (Label shown : new Label[] {failure, waiting}) {
            shown.managedProperty().bind(shown.textProperty().isNotEmpty());
            shown.visibleProperty().bind(shown.textProperty().isNotEmpty());
        }

        Button submit = new Button(messages.get("signIn.submit"));
        submit.setId("submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(model.canSubmit().not());
        submit.setOnAction(e -> model.submit(onSignedIn));
        password.setOnAction(e -> model.submit(onSignedIn));
        name.setOnAction(e -> {
            if (model.passwordProperty().get().isEmpty()) {
                password.requestFocus();
            } else {
                model.submit(onSignedIn);
            }
        });
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(24, 24);
        progress.setAccessibleText(messages.get("signIn.signingIn"));
        progress.visibleProperty().bind(model.busyProperty());
        Label progressText = new Label(messages.get("signIn.signingIn"));
        progressText.getStyleClass().add("intro");
        progressText.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, submit, progress, progressText);
        actions.setAlignment(Pos.CENTER_LEFT);

        // the failure stands right under the password field it is about
        VBox fields = new VBox(4, nameLabel, name, new javafx.scene.layout.Region(), passwordLabel, password,
                failure, waiting);
        ((javafx.scene.layout.Region) fields.getChildren().get(2)).setMinHeight(8);
        VBox card = new VBox(16, brand, title, intro);
        if (!serverBox.getChildren().isEmpty()) {
            card.getChildren().add(serverBox);
        }
        card.getChildren().addAll(fields, actions);
        card.getStyleClass().add("unlock-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(480);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane screen = new StackPane(card);
        screen.setId("signInScreen");
        screen.getStyleClass().add("unlock-screen");
        name.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(() -> (name.getText().isBlank() ? name : password).requestFocus());
            }
        });
        return screen;
    }
}
