package org.hearth.ui.settings;

import java.util.Arrays;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hearth.service.Failures;
import org.hearth.service.WrongPassphrase;
import org.hearth.ui.Messages;
import org.hearth.ui.unlock.NewPassphrase;

/**
 * Settings → Security: change the passphrase. The current passphrase, the new one twice; the data is then
 * re-encrypted with a new key in the background, with progress shown, and opened again.
 */
public final class SecuritySection {

    /** Does the change (HearthWindow: it closes and reopens the data), reporting progress and the outcome. */
    public interface PassphraseChanger {
        void change(char[] oldPassphrase, char[] newPassphrase, DoubleConsumer progress, Runnable done,
                    Consumer<Throwable> failed);
    }

    private final Messages messages;
    private final PassphraseChanger changer;
    private final NewPassphrase fresh;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty currentProblem = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final javafx.beans.property.DoubleProperty progress = new javafx.beans.property.SimpleDoubleProperty();

    public SecuritySection(Messages messages, PassphraseChanger changer) {
        this.messages = messages;
        this.changer = changer;
        this.fresh = new NewPassphrase(messages);
        current.addListener((o, old, text) -> currentProblem.set(""));
    }

    public Parent view() {
        Label title = new Label(messages.get("security.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(messages.get("security.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        PasswordField old = field("currentPassphrase", "security.current", current);
        PasswordField neu = field("changedPassphrase", "security.new", fresh.passphraseProperty());
        PasswordField repeat = field("changedRepeat", "unlock.repeat", fresh.repeatProperty());
        Button change = new Button(messages.get("security.change"));
        change.setId("changePassphrase");
        change.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        change.disableProperty().bind(busy.or(current.isEmpty()).or(fresh.ready().not()));
        change.setOnAction(e -> change());
        for (PasswordField field : new PasswordField[] {old, neu, repeat}) {
            field.setOnAction(e -> change());
            field.disableProperty().bind(busy);
        }
        ProgressBar bar = new ProgressBar();
        bar.setId("changeProgress");
        bar.setAccessibleText(messages.get("security.changing"));
        bar.progressProperty().bind(progress);
        bar.visibleProperty().bind(busy);
        bar.managedProperty().bind(busy);
        bar.setPrefWidth(200);
        bar.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label statusLabel = problem("changeStatus", "hint", status);
        HBox actions = new HBox(12, change, bar, statusLabel);
        actions.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(statusLabel, javafx.scene.layout.Priority.ALWAYS);
        VBox box = new VBox(8, new Separator(), title, hint,
                labelled("security.current", old), problem("currentProblem", "field-problem", currentProblem),
                labelled("security.new", neu), problem("changedProblem", "field-problem", fresh.passphraseProblem()),
                labelled("unlock.repeat", repeat), problem("changedRepeatProblem", "field-problem",
                        fresh.repeatProblem()),
                actions);
        box.setId("securitySection");
        return box;
    }

    private void change() {
        if (busy.get() || current.get().isEmpty() || !fresh.ready().get()) {
            return;
        }
        char[] oldPassphrase = current.get().toCharArray();
        char[] newPassphrase = fresh.passphraseProperty().get().toCharArray();
        busy.set(true);
        progress.set(-1);
        status.set(messages.get("security.changing"));
        changer.change(oldPassphrase, newPassphrase, progress::set, () -> {
            wipe(oldPassphrase, newPassphrase);
            busy.set(false);
            current.set("");
            fresh.clear();
            status.set(messages.get("security.changed"));
        }, problem -> {
            wipe(oldPassphrase, newPassphrase);
            busy.set(false);
            status.set("");
            current.set("");
            if (problem instanceof WrongPassphrase) {
                currentProblem.set(messages.get("security.wrongCurrent"));
            } else {
                status.set(messages.get(Failures.messageKey(problem)));
            }
        });
    }

    private static void wipe(char[]... secrets) {
        for (char[] secret : secrets) {
            Arrays.fill(secret, '\0');
        }
    }

    private PasswordField field(String id, String labelKey, StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setAccessibleText(messages.get(labelKey));
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private VBox labelled(String labelKey, PasswordField field) {
        Label label = new Label(messages.get(labelKey));
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    private static Label problem(String id, String style, javafx.beans.value.ObservableStringValue text) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        label.textProperty().bind(text);
        label.managedProperty().bind(label.textProperty().isNotEmpty());
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        return label;
    }
}
