package org.hearth.ui.today;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.hearth.domain.Attention;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/** The Today screen. Enter or a double-click opens the case at the place the reason points to. */
public final class TodayController {

    private final TodayViewModel model;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Attention> open;
    private final java.time.Clock clock;

    @FXML private Label date;
    @FXML private ListView<Attention> items;
    @FXML private Label count;

    public TodayController(TodayViewModel model, Messages messages, DialogService dialogs, java.time.Clock clock,
                           Consumer<Attention> open) {
        this.model = model;
        this.messages = messages;
        this.dialogs = dialogs;
        this.clock = clock;
        this.open = open;
    }

    public Parent view() {
        Parent view = Views.load(TodayController.class, "TodayView.fxml", this, messages);
        model.reload();
        return view;
    }

    @FXML
    private void initialize() {
        date.setText(messages.date(java.time.LocalDate.now(clock)));
        items.setItems(model.items());
        items.setPlaceholder(new Label(messages.get("today.empty")));
        items.getPlaceholder().getStyleClass().add("empty-state");
        items.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Attention item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(item.displayName() + "  ·  " + item.reference());
                title.getStyleClass().add("today-case");
                Label why = new Label(model.reason(item));
                why.setWrapText(true);
                why.getStyleClass().add(model.urgent(item) ? "danger-text" : "hint");
                Circle dot = new Circle(6);
                dot.getStyleClass().add(model.urgent(item) ? "dot-danger" : "dot-todo");
                HBox box = new HBox(12, dot, new VBox(2, title, why));
                box.setAlignment(Pos.CENTER_LEFT);
                setGraphic(box);
                setText(null);
                setAccessibleText(title.getText() + ". " + why.getText());
            }
        });
        items.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        items.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("today.count", model.items().size()), model.items()));
        model.failureProperty().addListener((o, old, problem) -> {
            if (problem != null) {
                dialogs.failed(problem);
                model.failureProperty().set(null);
            }
        });
        javafx.application.Platform.runLater(items::requestFocus);
    }

    private void openSelected() {
        Attention item = items.getSelectionModel().getSelectedItem();
        if (item != null) {
            open.accept(item);
        }
    }
}
