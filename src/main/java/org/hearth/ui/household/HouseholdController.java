package org.hearth.ui.household;

import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.util.StringConverter;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;
import org.hearth.ui.control.PersonColours;

/** The overview tab: the people living in the home. */
public final class HouseholdController {

    private final HouseholdViewModel model;
    private final Messages messages;

    @FXML private ListView<PersonRow> people;
    @FXML private Button remove;
    @FXML private VBox form;
    @FXML private VBox empty;
    @FXML private TextField name;
    @FXML private Label nameProblem;
    @FXML private ChoiceBox<HouseholdRole> role;
    @FXML private TextField birthYear;
    @FXML private Label birthYearProblem;
    @FXML private TextField phone;
    @FXML private Label phoneProblem;
    @FXML private TextField languages;
    @FXML private Label languagesProblem;
    @FXML private ChoiceBox<RiskRole> risk;
    @FXML private TextArea notes;
    @FXML private Label notesProblem;
    @FXML private Button undo;
    @FXML private Button redo;
    @FXML private Button save;
    @FXML private Label saveStatus;

    @FXML private VBox privacyBar;
    @FXML private Button exportData;
    @FXML private Button eraseData;
    @FXML private Label privacyStatus;

    private PersonRow bound;
    private org.hearth.ui.privacy.PersonalDataActions privacy;
    private Runnable afterErasing;

    public HouseholdController(HouseholdViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent view() {
        return Views.load(HouseholdController.class, "HouseholdView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        people.setItems(model.people());
        people.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PersonRow row, boolean isEmpty) {
                super.updateItem(row, isEmpty);
                if (isEmpty || row == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                String shownName = row.getName().isBlank() ? messages.get("household.unnamed") : row.getName();
                Label label = new Label(shownName);
                Label detail = new Label(messages.of("role", row.getRole())
                        + (row.getRisk() == RiskRole.NOT_KNOWN ? "" : " · " + messages.of("risk", row.getRisk())));
                detail.getStyleClass().add("hint");
                if (row.getRisk() == RiskRole.USES_VIOLENCE) {
                    detail.getStyleClass().add("danger-text");
                }
                Circle dot = new Circle(7, PersonColours.of(row.getColour()));
                HBox box = new HBox(10, dot, new VBox(2, label, detail));
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
                setGraphic(box);
                setText(null);
                setAccessibleText(shownName);
            }
        });
        people.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        model.selectedProperty().addListener((o, old, row) -> bind(row));
        role.getItems().setAll(HouseholdViewModel.roles());
        role.setConverter(messages.names("role"));
        risk.getItems().setAll(HouseholdViewModel.risks());
        risk.setConverter(messages.names("risk"));
        problem(nameProblem, "name");
        problem(birthYearProblem, "birthYear");
        problem(phoneProblem, "phone");
        problem(languagesProblem, "languages");
        problem(notesProblem, "notes");
        remove.disableProperty().bind(model.selectedProperty().isNull());
        org.hearth.ui.control.SaveBar.wire(model, messages, saveStatus, undo, redo, save);
        org.hearth.ui.control.ConflictDialog.wire(model, () -> save.getScene().getWindow(), messages,
                messages.get("conflict.household"), model::theirChanges, model::yourChanges);
        var hasPeople = Bindings.isNotEmpty(model.people());
        form.visibleProperty().bind(model.selectedProperty().isNotNull());
        form.managedProperty().bind(form.visibleProperty());
        empty.visibleProperty().bind(hasPeople.not());
        empty.managedProperty().bind(empty.visibleProperty());
        if (model.selectedProperty().get() == null && !model.people().isEmpty()) {
            model.selectedProperty().set(model.people().get(0));
        }
        bind(model.selectedProperty().get());
        showPrivacy();
    }

    // --- privacy: export and erase the selected person's data ---

    /** The personal-data actions; without them (e.g. in a view-only use) the buttons stay hidden. */
    public void privacy(org.hearth.ui.privacy.PersonalDataActions actions, Runnable afterErasing) {
        this.privacy = actions;
        this.afterErasing = afterErasing;
        showPrivacy();
    }

    private void showPrivacy() {
        if (privacyBar == null) {
            return;
        }
        privacyBar.setVisible(privacy != null);
        privacyBar.setManaged(privacy != null);
        privacyStatus.visibleProperty().bind(privacyStatus.textProperty().isNotEmpty());
        privacyStatus.managedProperty().bind(privacyStatus.visibleProperty());
        // only a saved person, and only when nothing is waiting to be saved (erasing reopens the case)
        var unsaved = Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().id == null || model.dirty().get(),
                model.selectedProperty(), model.dirty());
        exportData.disableProperty().bind(unsaved);
        eraseData.disableProperty().bind(unsaved);
    }

    @FXML
    private void exportData() {
        PersonRow row = model.selectedProperty().get();
        if (privacy != null && row != null && row.id != null) {
            privacy.export(people.getScene().getWindow(), org.hearth.service.SubjectAccess.Kind.HOUSEHOLD_MEMBER,
                    row.id, privacyStatus::setText);
        }
    }

    @FXML
    private void eraseData() {
        PersonRow row = model.selectedProperty().get();
        if (privacy != null && row != null && row.id != null) {
            privacy.erase(people.getScene().getWindow(), org.hearth.service.ErasureService.Kind.HOUSEHOLD_MEMBER,
                    row.id, afterErasing, privacyStatus::setText);
        }
    }

    private void problem(Label label, String field) {
        label.textProperty().bind(model.problem(field));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Shows the selected person in the form; the form edits that person directly. */
    private void bind(PersonRow row) {
        if (bound != null) {
            name.textProperty().unbindBidirectional(bound.name);
            role.valueProperty().unbindBidirectional(bound.role);
            birthYear.textProperty().unbindBidirectional(bound.birthYear);
            phone.textProperty().unbindBidirectional(bound.phone);
            languages.textProperty().unbindBidirectional(bound.languages);
            notes.textProperty().unbindBidirectional(bound.notes);
            risk.valueProperty().unbindBidirectional(bound.risk);
        }
        bound = row;
        if (row == null) {
            return;
        }
        twoWay(name.textProperty(), row.name);
        twoWay(role.valueProperty(), row.role);
        twoWay(birthYear.textProperty(), row.birthYear);
        twoWay(phone.textProperty(), row.phone);
        twoWay(languages.textProperty(), row.languages);
        twoWay(notes.textProperty(), row.notes);
        twoWay(risk.valueProperty(), row.risk);
        if (people.getSelectionModel().getSelectedItem() != row) {
            people.getSelectionModel().select(row);
        }
    }

    /** Binds a control to the row without the control's old value overwriting the row. */
    private static <T> void twoWay(Property<T> control, Property<T> value) {
        control.setValue(value.getValue());
        control.bindBidirectional(value);
    }

    @FXML
    public void add() {
        model.add();
        name.requestFocus();
    }

    @FXML
    private void remove() {
        model.remove(model.selectedProperty().get());
    }

    @FXML
    public void undo() {
        model.undo();
    }

    @FXML
    public void redo() {
        model.redo();
    }

    @FXML
    public void save() {
        model.save(() -> { });
    }
}
