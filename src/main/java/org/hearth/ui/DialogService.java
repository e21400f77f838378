package org.hearth.ui;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hearth.service.Failures;

/** Every dialog Hearth shows, owned by the main window, in the worker's language. */
public class DialogService {

    private final Window owner;
    private final Messages messages;

    public DialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** Asks a yes/no question; true when the worker confirms with the named action. */
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType yes = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, question, yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    /** Save, discard or cancel for unsaved changes. */
    public Optional<Boolean> askToSave(String question) {
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("action.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, messages.get("unsaved.title"), question, save, discard, cancel);
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Optional.empty();
        }
        return Optional.of(answer.get() == save);
    }

    /** Tells the worker something they must know before going on. */
    public void inform(String text) {
        alert(Alert.AlertType.INFORMATION, messages.get("app.name"), text,
                new ButtonType(messages.get("action.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    /** Tells the worker, in plain words, that something failed; never the raw technical message. */
    public void failed(Throwable failure) {
        String text = messages.get(Failures.messageKey(failure)) + "\n\n"
                + messages.format("error.code", Failures.code(failure));
        alert(Alert.AlertType.ERROR, messages.get("error.title"), text,
                new ButtonType(messages.get("action.ok"), ButtonBar.ButtonData.OK_DONE)).showAndWait();
    }

    /**
     * Asks before something that loses work; Cancel is the default button, so Enter does not lose anything.
     * True only when the worker chose the named action.
     */
    public boolean confirmLoss(String title, String question, String lossLabel) {
        ButtonType lose = new ButtonType(lossLabel, ButtonBar.ButtonData.OTHER);
        ButtonType keep = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.WARNING, title, question, lose, keep);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(keep)).setDefaultButton(true);
        return alert.showAndWait().filter(lose::equals).isPresent();
    }

    private Alert alert(Alert.AlertType type, String title, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.initOwner(owner);
        alert.initModality(Modality.WINDOW_MODAL);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert;
    }
}
