package org.hearth.ui.control;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.hearth.ui.Messages;

/**
 * Two saves collided: shows who saved in the meantime and when, what they changed and what the worker changed,
 * each since the version the worker started from, and lets the worker choose. Nothing is overwritten without
 * the worker's choice.
 */
public final class ConflictDialog {

    private ConflictDialog() {
    }

    /**
     * Shows the dialog whenever the editor meets a newer save, and carries out the worker's choice. The changes are
     * worked out when it opens: theirs from the newer version, the worker's from what is on screen now.
     */
    public static <D> void wire(Resolving<D> editor, java.util.function.Supplier<Window> owner, Messages messages,
                                String what, java.util.function.Function<D, Changes> theirChanges,
                                java.util.function.Supplier<Changes> yourChanges) {
        editor.conflictProperty().addListener((o, old, met) -> {
            if (met == null) {
                return;
            }
            javafx.application.Platform.runLater(() -> {
                if (editor.conflictProperty().get() != met) {
                    return;
                }
                switch (ask(owner.get(), messages, what, met, theirChanges.apply(met.theirs()), yourChanges.get())) {
                    case KEEP_MINE -> editor.keepMine();
                    case TAKE_THEIRS -> editor.takeTheirs();
                    case LATER -> editor.decideLater();
                }
            });
        });
    }

    public static SaveConflict.Choice ask(Window owner, Messages messages, String what, SaveConflict<?> conflict,
                                          Changes theirs, Changes yours) {
        Dialog<SaveConflict.Choice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(messages.get("conflict.title"));
        var saved = conflict.savedAt().atZone(ZoneId.systemDefault());
        String when = messages.date(saved.toLocalDate()) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(messages.locale()).format(saved);
        Label intro = new Label(messages.format("conflict.intro", conflict.worker(), when, what));
        intro.setId("conflictIntro");
        intro.setWrapText(true);

        GridPane columns = new GridPane();
        columns.setHgap(16);
        columns.setVgap(6);
        columns.add(heading(messages.get("conflict.theirs")), 0, 0);
        columns.add(heading(messages.get("conflict.yours")), 1, 0);
        ListView<String> theirList = lines("conflictTheirs", messages.get("conflict.theirs"), theirs, messages);
        ListView<String> yourList = lines("conflictYours", messages.get("conflict.yours"), yours, messages);
        columns.add(theirList, 0, 1);
        columns.add(yourList, 1, 1);
        GridPane.setHgrow(theirList, Priority.ALWAYS);
        GridPane.setHgrow(yourList, Priority.ALWAYS);
        GridPane.setVgrow(theirList, Priority.ALWAYS);
        GridPane.setVgrow(yourList, Priority.ALWAYS);

        Label hint = new Label(messages.get("conflict.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        VBox content = new VBox(12, intro, columns, hint);
        content.setPrefWidth(760);
        VBox.setVgrow(columns, Priority.ALWAYS);
        dialog.getDialogPane().setContent(content);

        ButtonType keep = new ButtonType(messages.get("conflict.keepMine"), ButtonBar.ButtonData.OTHER);
        ButtonType take = new ButtonType(messages.get("conflict.takeTheirs"), ButtonBar.ButtonData.OTHER);
        ButtonType later = new ButtonType(messages.get("conflict.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(keep, take, later);
        dialog.getDialogPane().lookupButton(keep).setId("conflictKeepMine");
        dialog.getDialogPane().lookupButton(take).setId("conflictTakeTheirs");
        dialog.getDialogPane().lookupButton(later).setId("conflictLater");
        // the safe choice is the one Enter takes: nothing is saved, nothing is dropped
        javafx.scene.control.Button safe = (javafx.scene.control.Button) dialog.getDialogPane().lookupButton(later);
        safe.setDefaultButton(true);
        dialog.setOnShown(e -> safe.requestFocus());
        dialog.setResultConverter(button -> button == keep ? SaveConflict.Choice.KEEP_MINE
                : button == take ? SaveConflict.Choice.TAKE_THEIRS : SaveConflict.Choice.LATER);
        Optional<SaveConflict.Choice> answer = dialog.showAndWait();
        return answer.orElse(SaveConflict.Choice.LATER);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    /** The changes as lines: "+ " for what came in, "− " for what went, or one line saying there are none. */
    private static ListView<String> lines(String id, String name, Changes changes, Messages messages) {
        List<String> shown = new ArrayList<>();
        changes.added().forEach(line -> shown.add("+ " + line));
        changes.removed().forEach(line -> shown.add("− " + line));
        if (shown.isEmpty()) {
            shown.add(messages.get("conflict.none"));
        }
        ListView<String> list = new ListView<>();
        list.setId(id);
        list.setAccessibleText(name);
        list.getItems().setAll(shown);
        list.setPrefHeight(260);
        list.setPrefWidth(360);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
                setPrefWidth(0);
                getStyleClass().removeAll("change-added", "change-removed");
                if (!empty && item.startsWith("+ ")) {
                    getStyleClass().add("change-added");
                } else if (!empty && item.startsWith("− ")) {
                    getStyleClass().add("change-removed");
                }
            }
        });
        return list;
    }
}
