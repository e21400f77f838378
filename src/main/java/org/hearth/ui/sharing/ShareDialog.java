package org.hearth.ui.sharing;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.hearth.service.Failures;
import org.hearth.service.Sharing;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * Sharing the open case with colleagues on the team server, for cover during holidays: who it is shared
 * with (each can be removed) and the colleagues to add. The server decides who may share; a refusal is shown here.
 * Every call to the server runs on the background thread.
 */
public final class ShareDialog {

    private final Sharing sharing;
    private final Background background;
    private final Messages messages;
    private final long caseId;
    private final String me;
    private final VBox sharedWith = new VBox(4);
    private final ComboBox<String> colleagues = new ComboBox<>();
    private final Label status = new Label();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Dialog<Void> dialog;

    public ShareDialog(Sharing sharing, Background background, Messages messages, long caseId, String me) {
        this.sharing = sharing;
        this.background = background;
        this.messages = messages;
        this.caseId = caseId;
        this.me = me;
    }

    /** Opens the dialog over the window (without waiting for it to close) and loads who the case is shared with. */
    public Dialog<Void> show(Window owner, String caseReference) {
        dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("share.title"));
        dialog.setResizable(true);
        Label title = new Label(messages.format("share.heading", caseReference));
        title.getStyleClass().add("title-4");
        title.setWrapText(true);
        Label intro = new Label(messages.get("share.intro"));
        intro.getStyleClass().add("hint");
        intro.setWrapText(true);
        Label sharedLabel = new Label(messages.get("share.sharedWith"));
        sharedLabel.getStyleClass().add("text-bold");
        sharedWith.setId("sharedWith");

        colleagues.setId("colleagues");
        colleagues.setAccessibleText(messages.get("share.colleague"));
        colleagues.setPromptText(messages.get("share.choose"));
        colleagues.setMaxWidth(Double.MAX_VALUE);
        colleagues.disableProperty().bind(busy);
        Label addLabel = new Label(messages.get("share.colleague"));
        addLabel.setLabelFor(colleagues);
        Button add = new Button(messages.get("share.add"));
        add.setId("shareWith");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(busy.or(colleagues.valueProperty().isNull()));
        add.setOnAction(e -> share());
        HBox.setHgrow(colleagues, Priority.ALWAYS);
        HBox addRow = new HBox(8, colleagues, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        status.setId("shareStatus");
        status.textProperty().addListener((o, old, now) -> fit());
        status.setWrapText(true);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("shareProgress");
        progress.setPrefSize(20, 20);
        progress.setAccessibleText(messages.get("share.working"));
        progress.visibleProperty().bind(busy);
        progress.managedProperty().bind(busy);

        VBox content = new VBox(12, title, intro, sharedLabel, sharedWith, new javafx.scene.control.Separator(),
                addLabel, addRow, new HBox(8, progress, status));
        content.setPrefWidth(520);
        content.setPadding(new javafx.geometry.Insets(16, 16, 8, 16));
        for (Label wrapped : new Label[] {title, intro, status}) {
            wrapped.setMinHeight(Region.USE_PREF_SIZE);
        }
        content.setId("shareDialog");
        dialog.getDialogPane().setContent(content);
        ButtonType close = new ButtonType(messages.get("share.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().add(close);
        reload();
        dialog.show();
        return dialog;
    }

    private void reload() {
        call(() -> new People(sharing.sharedWith(caseId), sharing.colleagues()), this::showPeople);
    }

    private record People(List<String> sharedWith, List<String> colleagues) {
    }

    private void showPeople(People people) {
        sharedWith.getChildren().clear();
        if (people.sharedWith().isEmpty()) {
            Label none = new Label(messages.get("share.nobody"));
            none.setId("sharedWithNobody");
            none.getStyleClass().add("hint");
            sharedWith.getChildren().add(none);
        }
        for (String colleague : people.sharedWith()) {
            Label name = new Label(colleague);
            name.getStyleClass().add("shared-with-name");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            Button remove = new Button(messages.get("share.remove"));
            remove.setAccessibleText(messages.format("share.removeFor", colleague));
            remove.setMinWidth(Region.USE_PREF_SIZE);
            remove.disableProperty().bind(busy);
            remove.setOnAction(e -> call(() -> {
                sharing.stopSharing(caseId, colleague);
                return null;
            }, done -> {
                reload();
                status.getStyleClass().remove("failure");
                status.setText(messages.format("share.stopped", colleague));
            }));
            HBox row = new HBox(8, name, spacer, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            sharedWith.getChildren().add(row);
        }
        colleagues.getItems().setAll(people.colleagues().stream()
                .filter(c -> !people.sharedWith().contains(c) && !c.equals(me)).toList());
        colleagues.setValue(null);
        fit();
    }

    /** The dialog grows with what it shows (a longer list, a message), so nothing is cut off. */
    private void fit() {
        javafx.application.Platform.runLater(() -> {
            if (dialog != null && dialog.getDialogPane().getScene() != null
                    && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
    }

    private void share() {
        String colleague = colleagues.getValue();
        if (colleague == null) {
            return;
        }
        call(() -> {
            sharing.share(caseId, colleague);
            return null;
        }, done -> {
            reload();
            status.getStyleClass().remove("failure");
            status.setText(messages.format("share.shared", colleague));
        });
    }

    private <T> void call(Callable<T> work, java.util.function.Consumer<T> then) {
        busy.set(true);
        status.setText("");
        background.run(work, result -> {
            busy.set(false);
            then.accept(result);
        }, problem -> {
            busy.set(false);
            if (!status.getStyleClass().contains("failure")) {
                status.getStyleClass().add("failure");
            }
            String key = Failures.messageKey(problem);
            // in this dialog a refusal is about sharing, which only the case's owner or a team lead may do
            status.setText(messages.get(key.equals("error.notAllowed") ? "share.notAllowed" : key));
        });
    }
}
