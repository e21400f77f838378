package org.hearth.ui.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hearth.domain.CaseSummary;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/** The dialog in which a worker creates a case or edits its details. */
public final class CaseFormDialog {

    private final CaseFormViewModel model;
    private final Messages messages;

    @FXML private TextField reference;
    @FXML private Label referenceProblem;
    @FXML private TextField displayName;
    @FXML private Label displayNameProblem;
    @FXML private TextField worker;
    @FXML private Label workerProblem;
    @FXML private DatePicker nextReview;
    @FXML private Label nextReviewProblem;
    @FXML private ComboBox<String> language;
    @FXML private Label failure;

    public CaseFormDialog(CaseFormViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    /** Shows the dialog; the saved case, or nothing when the worker cancelled. */
    public Optional<CaseSummary> showAndWait(Window owner) {
        Node content = Views.load(CaseFormDialog.class, "CaseFormView.fxml", this, messages);
        Dialog<CaseSummary> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(model.isNew() ? "caseForm.newTitle" : "caseForm.editTitle"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStyleClass().add("case-form");
        ButtonType save = new ButtonType(messages.get("action.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(save, cancel);
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.disableProperty().bind(model.valid().not().or(model.busyProperty()));
        CaseSummary[] saved = new CaseSummary[1];
        saveButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            commitTypedDate();
            model.save(result -> {
                saved[0] = result;
                dialog.setResult(result);
                dialog.close();
            });
        });
        dialog.setResultConverter(button -> saved[0]);
        Platform.runLater(reference::requestFocus);
        return dialog.showAndWait();
    }

    @FXML
    private void initialize() {
        reference.textProperty().bindBidirectional(model.referenceProperty());
        displayName.textProperty().bindBidirectional(model.displayNameProperty());
        worker.textProperty().bindBidirectional(model.workerProperty());
        nextReview.setConverter(dates());
        nextReview.valueProperty().bindBidirectional(model.nextReviewProperty());
        nextReview.getEditor().textProperty().addListener((o, a, text) -> commitTypedDate());
        language.getItems().setAll(CaseFormViewModel.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(String code) {
                return code == null ? "" : messages.get("language." + code);
            }

            @Override
            public String fromString(String text) {
                return CaseFormViewModel.LANGUAGES.stream().filter(c -> toString(c).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        referenceProblem.textProperty().bind(model.problem("reference", false));
        displayNameProblem.textProperty().bind(model.problem("displayName", false));
        workerProblem.textProperty().bind(model.problem("worker", false));
        nextReviewProblem.textProperty().bind(model.problem("nextReview", true));
        failure.textProperty().bind(model.failureProperty());
        for (Label label : new Label[] {referenceProblem, displayNameProblem, workerProblem, nextReviewProblem, failure}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        }
    }

    /** A typed date counts as soon as it can be read; an unreadable one is named at the field, never dropped. */
    private void commitTypedDate() {
        String text = nextReview.getEditor().getText();
        if (text == null || text.isBlank()) {
            model.nextReviewUnreadableProperty().set(false);
            model.nextReviewProperty().set(null);
            return;
        }
        try {
            LocalDate date = nextReview.getConverter().fromString(text.strip());
            model.nextReviewUnreadableProperty().set(false);
            if (!date.equals(model.nextReviewProperty().get())) {
                model.nextReviewProperty().set(date);
            }
        } catch (DateTimeParseException e) {
            model.nextReviewUnreadableProperty().set(true);
        }
    }

    private StringConverter<LocalDate> dates() {
        DateTimeFormatter shown = org.hearth.ui.Messages.strictDates(FormatStyle.SHORT, messages.locale());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
                } catch (DateTimeParseException notIso) {
                    return LocalDate.parse(text.strip(), shown);
                }
            }
        };
    }
}
