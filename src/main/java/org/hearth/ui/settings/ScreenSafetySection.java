package org.hearth.ui.settings;

import java.io.IOException;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.Pane;
import org.hearth.service.Settings;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;

/**
 * The settings for locking and hiding: how many minutes without use before Hearth locks itself, and which key
 * hides it at once (Esc twice always does). Both take effect at once and are kept in the preferences file.
 */
public final class ScreenSafetySection {

    /** The idle times offered, in minutes (the settings accept 1 to 60). */
    static final List<Integer> MINUTES = List.of(1, 2, 3, 5, 10, 15, 20, 30, 45, 60);
    /** The keys offered for quick hide; "" is none (Esc twice only). Function keys do nothing else in Hearth. */
    static final List<String> KEYS = List.of("F12", "F11", "F10", "F9", "F8", "PAUSE", "");

    private final Settings settings;
    private final Background background;
    private final Messages messages;
    private final DialogService dialogs;

    public ScreenSafetySection(Settings settings, Background background, Messages messages, DialogService dialogs) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
    }

    /** Adds the section to the settings page, just after the given node. */
    public void addAfter(Node anchor, Label saved) {
        Pane page = (Pane) anchor.getParent();
        int at = page.getChildren().indexOf(anchor) + 1;
        page.getChildren().addAll(at, nodes(saved));
    }

    List<Node> nodes(Label saved) {
        Label title = new Label(messages.get("settings.screen"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(messages.get("settings.screenHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        ChoiceBox<Integer> minutes = new ChoiceBox<>();
        minutes.setId("idleMinutes");
        minutes.getItems().setAll(MINUTES);
        int current = settings.idleMinutes();
        if (!MINUTES.contains(current)) {
            minutes.getItems().add(current);
            minutes.getItems().sort(Integer::compare);
        }
        minutes.setConverter(Messages.shown(m -> m == null ? "" : messages.format("settings.idleMinutesValue", m)));
        minutes.setValue(current);
        minutes.setAccessibleText(messages.get("settings.idleMinutes"));
        Label minutesLabel = new Label(messages.get("settings.idleMinutes"));
        minutesLabel.setLabelFor(minutes);
        minutes.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && chosen != settings.idleMinutes()) {
                persist(() -> settings.setIdleMinutes(chosen), saved);
            }
        });

        ChoiceBox<String> key = new ChoiceBox<>();
        key.setId("quickHideKey");
        key.getItems().setAll(KEYS);
        if (!KEYS.contains(settings.quickHideKey())) {
            key.getItems().add(settings.quickHideKey());
        }
        key.setConverter(Messages.shown(k -> k == null ? "" : k.isEmpty() ? messages.get("settings.quickHideNone")
                : k));
        key.setValue(settings.quickHideKey());
        key.setAccessibleText(messages.get("settings.quickHideKey"));
        Label keyLabel = new Label(messages.get("settings.quickHideKey"));
        keyLabel.setLabelFor(key);
        key.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && !chosen.equals(settings.quickHideKey())) {
                persist(() -> settings.setQuickHideKey(chosen), saved);
            }
        });
        minutes.setPrefWidth(240);
        key.setPrefWidth(240);
        return List.of(new Separator(), title, hint, minutesLabel, minutes, keyLabel, key);
    }

    private void persist(IoAction action, Label saved) {
        background.run(() -> {
            action.run();
            return null;
        }, done -> saved.setText(messages.get("settings.saved")), dialogs::failed);
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
