package org.hearth.ui.lock;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.hearth.ui.Messages;

/**
 * What the window shows while Hearth is locked: the passphrase field and nothing about any family. The work
 * behind it (open case, drafts, undo) waits untouched in memory.
 */
public final class LockScreen {

    private final LockViewModel model;
    private final Messages messages;
    private final String workerName;
    private final Runnable onUnlocked;

    private String secretKey = "unlock.passphrase";
    private String introKey = "lock.intro";
    private String introForKey = "lock.introFor";

    /** On a team server the worker types their password, not the laptop's passphrase. */
    public LockScreen forTeamServer() {
        secretKey = "signIn.password";
        introKey = "lock.introServer";
        introForKey = "lock.introServerFor";
        return this;
    }

    public LockScreen(LockViewModel model, Messages messages, String workerName, Runnable onUnlocked) {
        this.model = model;
        this.messages = messages;
        this.workerName = workerName;
        this.onUnlocked = onUnlocked;
    }

    public Parent view() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        Label title = new Label(messages.get("lock.title"));
        title.setId("title");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label intro = new Label(workerName == null || workerName.isBlank() ? messages.get(introKey)
                : messages.format(introForKey, workerName));
        intro.setId("lockIntro");
        intro.getStyleClass().add("intro");
        intro.setWrapText(true);
        PasswordField passphrase = new PasswordField();
        passphrase.setId("passphrase");
        passphrase.setAccessibleText(messages.get(secretKey));
        Label label = new Label(messages.get(secretKey));
        label.setLabelFor(passphrase);
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        passphrase.disableProperty().bind(model.busyProperty().or(model.waitSecondsProperty().greaterThan(0)));
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
        Button submit = new Button(messages.get("unlock.unlock"));
        submit.setId("submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.disableProperty().bind(model.canSubmit().not());
        submit.setOnAction(e -> model.submit(onUnlocked));
        passphrase.setOnAction(e -> model.submit(onUnlocked));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("progress");
        progress.setPrefSize(24, 24);
        progress.setAccessibleText(messages.get("unlock.opening"));
        progress.visibleProperty().bind(model.busyProperty());
        HBox actions = new HBox(12, submit, progress);
        actions.setAlignment(Pos.CENTER_LEFT);
        VBox field = new VBox(4, label, passphrase);
        VBox card = new VBox(16, brand, title, intro, field, failure, waiting, actions);
        card.getStyleClass().add("unlock-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(440);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane screen = new StackPane(card);
        screen.setId("lockScreen");
        screen.getStyleClass().add("unlock-screen");
        passphrase.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(passphrase::requestFocus);
            }
        });
        return screen;
    }
}
