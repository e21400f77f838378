package org.hearth.ui.privacy;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hearth.service.ErasureService;
import org.hearth.ui.Messages;

/**
 * The confirmation before erasing for good: names what will be erased ("Erase Sara Öztürk for good? 3 plan and
 * agreement items, 2 contact lines, 14 history entries"), says it cannot be undone, and asks the worker to type
 * the confirm word; the erase button stays disabled until it is typed exactly. Cancel is the default.
 */
public final class EraseDialog {

    private final Dialog<Boolean> dialog = new Dialog<>();
    private final TextField confirm = new TextField();

    public EraseDialog(Window owner, Messages messages, ErasureService.Preview preview) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("privacy.erase.title"));
        dialog.setHeaderText(null);

        Label heading = new Label(messages.format("privacy.erase.heading", preview.name()));
        heading.getStyleClass().add("title-4");
        heading.setWrapText(true);
        heading.setId("eraseHeading");
        Label counts = new Label(messages.format("privacy.erase.counts", preview.items(), preview.contactLines(),
                preview.historyEntries()));
        counts.setWrapText(true);
        counts.setId("eraseCounts");
        Label explain = new Label(messages.get("privacy.erase.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("danger-text");
        Label label = new Label(messages.get("privacy.erase.confirmLabel"));
        label.setLabelFor(confirm);
        confirm.setId("eraseConfirm");
        confirm.setAccessibleText(messages.get("privacy.erase.confirmLabel"));
        Label problem = new Label(messages.get("privacy.erase.confirmWrong"));
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        VBox content = new VBox(8, heading, counts, explain, label, confirm, problem);
        content.setPadding(new Insets(8, 0, 0, 0));
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);

        ButtonType erase = new ButtonType(messages.get("privacy.erase.button"), ButtonBar.ButtonData.OTHER);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(erase, cancel);
        Button eraseButton = (Button) dialog.getDialogPane().lookupButton(erase);
        eraseButton.setId("eraseButton");
        eraseButton.getStyleClass().add("danger");
        eraseButton.setDefaultButton(false);
        eraseButton.setAccessibleText(messages.get("privacy.erase.button"));
        Node cancelButton = dialog.getDialogPane().lookupButton(cancel);
        cancelButton.setId("eraseCancel");
        String word = messages.get("privacy.erase.confirmWord");
        var typed = confirm.textProperty().isEqualTo(word);
        eraseButton.disableProperty().bind(typed.not());
        // the hint shows once something was typed that is not the word
        problem.visibleProperty().bind(typed.not().and(confirm.textProperty().isNotEmpty()));
        problem.managedProperty().bind(problem.visibleProperty());
        dialog.setResultConverter(button -> button == erase && word.equals(confirm.getText()));
        dialog.setOnShown(e -> confirm.requestFocus());
    }

    /** Shows the dialog and waits; true only when the worker typed the word and chose to erase. */
    public boolean ask() {
        return dialog.showAndWait().orElse(false);
    }

    /** The dialog, for showing without waiting (tests). */
    Dialog<Boolean> dialog() {
        return dialog;
    }
}
