package org.hearth.ui.lock;

import javafx.application.Platform;
import javafx.scene.AccessibleRole;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.hearth.ui.Messages;

/**
 * The plain page quick hide puts up in an instant: an empty, calm page with only the word "Hearth", small and
 * pale, so a glance at the screen gives nothing away about the work. Enter, Space or a click goes on to the lock
 * screen; other keys (a second Esc, the quick-hide key held down) do nothing.
 */
public final class NeutralScreen {

    private final Messages messages;
    private final Runnable onContinue;

    public NeutralScreen(Messages messages, Runnable onContinue) {
        this.messages = messages;
        this.onContinue = onContinue;
    }

    public Parent view() {
        Label word = new Label(messages.get("app.name"));
        word.getStyleClass().add("neutral-word");
        StackPane page = new StackPane(word);
        page.setId("neutralScreen");
        page.getStyleClass().add("neutral-screen");
        page.setFocusTraversable(true);
        page.setAccessibleRole(AccessibleRole.BUTTON);
        page.setAccessibleText(messages.get("neutral.accessible"));
        boolean[] done = {false};
        Runnable next = () -> {
            if (!done[0]) {
                done[0] = true;
                onContinue.run();
            }
        };
        page.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                e.consume();
                next.run();
            }
        });
        page.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> next.run());
        page.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                Platform.runLater(page::requestFocus);
            }
        });
        return page;
    }
}
