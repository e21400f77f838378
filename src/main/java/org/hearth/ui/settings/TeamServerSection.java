package org.hearth.ui.settings;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hearth.service.Settings;
import org.hearth.service.TeamServer;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;

/**
 * Settings → Database: this laptop's encrypted file, or the team's server. The address is checked as it
 * is typed, with the reason at the field; only an address that can be read is kept. Without the organisation's CA
 * file the connection is encrypted but the server's identity is not checked, which the section says plainly. The
 * choice applies at the next start. When {@value TeamServer#ENVIRONMENT_VARIABLE} is set it decides, and the
 * section only shows what it says.
 */
public final class TeamServerSection {

    /** Asks for the CA file; a headless test gives its own. */
    public interface CaChooser extends Function<Window, Optional<Path>> {

        static CaChooser system(Messages messages) {
            return owner -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get("server.chooseCa"));
                chooser.getExtensionFilters().addAll(
                        new FileChooser.ExtensionFilter(messages.get("server.caFiles"), "*.crt", "*.pem", "*.cer"),
                        new FileChooser.ExtensionFilter(messages.get("server.allFiles"), "*"));
                java.io.File file = chooser.showOpenDialog(owner);
                return Optional.ofNullable(file).map(java.io.File::toPath);
            };
        }
    }

    private final Settings settings;
    private final Background background;
    private final Messages messages;
    private final DialogService dialogs;
    private final boolean fromEnvironment;
    private final String environmentAddress;
    private final CaChooser chooser;
    private final ObjectProperty<Path> caFile = new SimpleObjectProperty<>();
    private final TextField address = new TextField();
    private final Label problem = new Label();
    private final Label saved = new Label();
    private final RadioButton laptop = new RadioButton();
    private final RadioButton server = new RadioButton();

    /**
     * @param fromEnvironment    whether {@value TeamServer#ENVIRONMENT_VARIABLE} decides this time
     * @param environmentAddress what it names: the address (written down again) or this laptop's file, in words;
     *                           null when its address cannot be read
     */
    public TeamServerSection(Settings settings, Background background, Messages messages, DialogService dialogs,
                             boolean fromEnvironment, String environmentAddress, CaChooser chooser) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
        this.fromEnvironment = fromEnvironment;
        this.environmentAddress = environmentAddress;
        this.chooser = chooser;
    }

    public Parent view() {
        Label title = new Label(messages.get("server.title"));
        title.getStyleClass().add("title-4");
        Label hint = new Label(messages.get("server.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox box = new VBox(8, title, hint);
        box.setId("teamServerSection");
        if (fromEnvironment) {
            Label decided = new Label(environmentAddress == null
                    ? messages.format("server.environmentBad", TeamServer.ENVIRONMENT_VARIABLE)
                    : messages.format("server.environment", TeamServer.ENVIRONMENT_VARIABLE, environmentAddress));
            decided.setId("environmentDecides");
            decided.setWrapText(true);
            decided.getStyleClass().add("text-bold");
            box.getChildren().add(decided);
        }

        ToggleGroup where = new ToggleGroup();
        laptop.setText(messages.get("server.laptop"));
        laptop.setId("laptopChoice");
        laptop.setToggleGroup(where);
        server.setText(messages.get("server.server"));
        server.setId("serverChoice");
        server.setToggleGroup(where);

        Label addressLabel = new Label(messages.get("server.address"));
        addressLabel.setLabelFor(address);
        address.setId("serverAddress");
        address.setAccessibleText(messages.get("server.address"));
        address.setPromptText("postgresql://db.example.org/hearth");
        problem.setId("serverAddressProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());

        Label caLabel = new Label(messages.get("server.ca"));
        Label caName = new Label();
        caName.setId("caFile");
        caName.getStyleClass().add("hint");
        caName.setWrapText(true);
        caName.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> caFile.get() == null
                ? messages.get("server.noCa") : caFile.get().getFileName().toString(), caFile));
        Button choose = new Button(messages.get("server.chooseCa"));
        choose.setId("chooseCa");
        choose.setMinWidth(Region.USE_PREF_SIZE);
        choose.setOnAction(e -> chooser.apply(box.getScene().getWindow()).ifPresent(file -> {
            caFile.set(file.toAbsolutePath());
            store();
        }));
        Button remove = new Button(messages.get("server.removeCa"));
        remove.setId("removeCa");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.disableProperty().bind(caFile.isNull());
        remove.setAccessibleText(messages.get("server.removeCa"));
        remove.setOnAction(e -> {
            caFile.set(null);
            store();
        });
        HBox caRow = new HBox(8, caName, choose, remove);
        caRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(caName, javafx.scene.layout.Priority.ALWAYS);
        Label caWarning = new Label(messages.get("server.noCaWarning"));
        caWarning.setId("caWarning");
        caWarning.getStyleClass().add("server-warning");
        caWarning.setWrapText(true);
        caWarning.visibleProperty().bind(caFile.isNull().and(server.selectedProperty()));
        caWarning.managedProperty().bind(caWarning.visibleProperty());
        Label note = new Label(messages.get("server.nextStart"));
        note.setId("serverNote");
        note.getStyleClass().add("hint");
        note.setWrapText(true);
        saved.setId("serverSaved");
        saved.getStyleClass().add("hint");
        saved.managedProperty().bind(saved.textProperty().isNotEmpty());
        saved.visibleProperty().bind(saved.textProperty().isNotEmpty());

        VBox serverFields = new VBox(8, addressLabel, address, problem, caLabel, caRow, caWarning);
        serverFields.setPadding(new javafx.geometry.Insets(0, 0, 0, 28));
        serverFields.disableProperty().bind(server.selectedProperty().not());
        box.getChildren().addAll(laptop, server, serverFields, note, saved);

        // what is kept now
        Optional<String> kept = settings.teamServer();
        if (kept.isPresent()) {
            String text = kept.get();
            int query = text.indexOf('?');
            address.setText(query < 0 ? text : text.substring(0, query));
            try {
                TeamServer.at(text, java.time.Clock.systemDefaultZone()).caFile()
                        .ifPresent(caFile::set);
            } catch (IllegalArgumentException unreadable) {
                address.setText(""); // a hand-edited file: start over rather than show what may hold a secret
            }
            server.setSelected(true);
        } else {
            laptop.setSelected(true);
        }
        address.textProperty().addListener((o, old, text) -> problem.setText(problemWith(text)));
        address.setOnAction(e -> store());
        address.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                store();
            }
        });
        where.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == laptop) {
                problem.setText("");
                persist(null);
            } else if (now == server) {
                if (!address.getText().isBlank()) {
                    store(); // a blank field is not told off before the worker has typed in it
                }
            }
        });
        if (fromEnvironment) {
            for (javafx.scene.Node node : new javafx.scene.Node[] {laptop, server, serverFields}) {
                node.disableProperty().unbind();
                node.setDisable(true);
            }
        }
        return box;
    }

    /** The address with the chosen CA file, as it is kept in the settings. */
    private String composed() {
        String text = address.getText() == null ? "" : address.getText().strip();
        if (caFile.get() == null) {
            return text;
        }
        String encoded = URLEncoder.encode(caFile.get().toString(), StandardCharsets.UTF_8).replace("+", "%20");
        return text + (text.contains("?") ? "&" : "?") + "sslrootcert=" + encoded;
    }

    private String problemWith(String text) {
        if (!server.isSelected()) {
            return "";
        }
        return TeamServer.addressProblemKey(text).map(messages::get).orElse("");
    }

    /** Keeps the team server's address if it can be read; else the reason stays at the field and nothing changes. */
    private void store() {
        if (fromEnvironment || !server.isSelected()) {
            return;
        }
        String text = composed();
        String reason = problemWith(address.getText());
        if (reason.isEmpty()) {
            reason = problemWith(text);
        }
        problem.setText(reason);
        if (!reason.isEmpty()) {
            saved.setText("");
            return;
        }
        if (!text.equals(settings.teamServer().orElse(""))) {
            persist(text);
        }
    }

    private void persist(String text) {
        if (fromEnvironment || java.util.Objects.equals(text, settings.teamServer().orElse(null))) {
            return;
        }
        background.run(() -> {
            settings.setTeamServer(text);
            return Boolean.TRUE;
        }, done -> saved.setText(messages.get(text == null ? "server.savedLaptop" : "server.savedServer")),
                dialogs::failed);
    }
}
