package org.hearth.ui.followup;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInOutcome;
import org.hearth.service.FollowUp;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/** The Follow-up tab of a case. */
public final class FollowUpController {

    private final FollowUpViewModel model;
    private final Messages messages;
    private SafetyTimeline timeline;

    @FXML private javafx.scene.control.ScrollPane scroller;
    @FXML private DatePicker date;
    @FXML private TextField time;
    @FXML private Label timeProblem;
    @FXML private ComboBox<FollowUp.Reporter> who;
    @FXML private ComboBox<FollowUp.Reporter> about;
    @FXML private ChoiceBox<Channel> channel;
    @FXML private ChoiceBox<CheckInOutcome> outcome;
    @FXML private Label actionLabel;
    @FXML private TextField action;
    @FXML private Label actionProblem;
    @FXML private Label failure;
    @FXML private Button log;
    @FXML private VBox chartBox;
    @FXML private TableView<FollowUp.Contact> contacts;
    @FXML private TableColumn<FollowUp.Contact, String> whenColumn;
    @FXML private TableColumn<FollowUp.Contact, String> whoColumn;
    @FXML private TableColumn<FollowUp.Contact, String> aboutColumn;
    @FXML private TableColumn<FollowUp.Contact, String> channelColumn;
    @FXML private TableColumn<FollowUp.Contact, String> outcomeColumn;
    @FXML private TableColumn<FollowUp.Contact, String> actionColumn;

    public FollowUpController(FollowUpViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent view() {
        Parent view = Views.load(FollowUpController.class, "FollowUpView.fxml", this, messages);
        model.load();
        return view;
    }

    @FXML
    private void initialize() {
        date.setConverter(messages.dates());
        date.valueProperty().bindBidirectional(model.dateProperty());
        time.textProperty().bindBidirectional(model.timeProperty());
        who.setItems(model.reporters());
        who.setConverter(Messages.shown(FollowUp.Reporter::name));
        who.valueProperty().bindBidirectional(model.whoProperty());
        about.setItems(model.household());
        about.setConverter(Messages.shown(FollowUp.Reporter::name));
        about.valueProperty().bindBidirectional(model.aboutProperty());
        channel.getItems().setAll(Channel.values());
        channel.setConverter(messages.names("channel"));
        channel.valueProperty().bindBidirectional(model.channelProperty());
        outcome.getItems().setAll(CheckInOutcome.values());
        outcome.setConverter(messages.names("outcome"));
        outcome.valueProperty().bindBidirectional(model.outcomeProperty());
        action.textProperty().bindBidirectional(model.actionProperty());
        actionLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get(model.outcomeProperty().get() == CheckInOutcome.SIGNAL_USED
                        ? "followUp.actionAfterSignal" : "followUp.action"), model.outcomeProperty()));
        problem(timeProblem, model.timeProblem());
        problem(actionProblem, model.actionProblem());
        problem(failure, model.failureProperty());
        log.disableProperty().bind(model.canLog().not());

        timeline = new SafetyTimeline(messages);
        chartBox.getChildren().setAll(timeline.chart());
        model.scoresProperty().addListener((o, a, b) -> timeline.show(b, model.contacts()));
        model.contacts().addListener((ListChangeListener<FollowUp.Contact>) c ->
                timeline.show(model.scoresProperty().get(), model.contacts()));

        contacts.setItems(model.contacts());
        whenColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.date(c.getValue().at().toLocalDate())
                + " " + FollowUpViewModel.TIME.format(c.getValue().at().toLocalTime())));
        whoColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().who()));
        aboutColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().aboutWhom()));
        channelColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.of("channel", c.getValue().channel())));
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(messages.of("outcome", c.getValue().outcome())));
        actionColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().actionTaken()));
        contacts.setRowFactory(table -> new TableRow<>() {
            @Override
            protected void updateItem(FollowUp.Contact item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("signal-used");
                if (!empty && item != null && item.outcome() == CheckInOutcome.SIGNAL_USED) {
                    getStyleClass().add("signal-used");
                }
            }
        });
        contacts.setPlaceholder(new Label(messages.get("followUp.empty")));
    }

    private static void problem(Label label, javafx.beans.value.ObservableStringValue text) {
        label.textProperty().bind(text);
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
    }

    /** Logs the contact; then the form is back in view, ready for the next one. */
    @FXML
    private void log() {
        model.log(() -> {
            scroller.setVvalue(0);
            who.requestFocus();
        });
    }
}
