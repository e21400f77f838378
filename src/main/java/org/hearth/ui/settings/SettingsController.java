package org.hearth.ui.settings;

import java.io.IOException;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.hearth.domain.TextRules;
import org.hearth.service.Settings;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/** Settings: interface language, the worker's name, light or dark theme, and the demo case for practice. */
public final class SettingsController {

    private final Settings settings;
    private final org.hearth.ui.Background background;
    private final Messages messages;
    private final DialogService dialogs;
    private final Consumer<Locale> languageChanged;
    private final Consumer<Boolean> themeChanged;
    private final Runnable addDemo;

    @FXML private ChoiceBox<Locale> language;
    @FXML private TextField workerName;
    @FXML private Label workerProblem;
    @FXML private CheckBox dark;
    @FXML private Button demo;
    @FXML private Label saved;
    @FXML private TextField organisationName;
    @FXML private TextField organisationPhone;
    @FXML private Label logoFile;
    @FXML private Button removeLogo;

    public SettingsController(Settings settings, org.hearth.ui.Background background, Messages messages,
                              DialogService dialogs,
                              Consumer<Locale> languageChanged, Consumer<Boolean> themeChanged, Runnable addDemo) {
        this.settings = settings;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
        this.languageChanged = languageChanged;
        this.themeChanged = themeChanged;
        this.addDemo = addDemo;
    }

    public Parent view() {
        Parent view = Views.load(SettingsController.class, "SettingsView.fxml", this, messages);
        sections.forEach(section -> ((javafx.scene.layout.Pane) view).getChildren().addAll(
                new javafx.scene.control.Separator(), section));
        return view;
    }

    private final java.util.List<javafx.scene.Node> sections = new java.util.ArrayList<>();

    /** A settings section that is its own small class (privacy, backups, security), at the end of the page. */
    public void addSection(javafx.scene.Node section) {
        if (saved != null && saved.getParent() instanceof javafx.scene.layout.Pane page) {
            page.getChildren().addAll(new javafx.scene.control.Separator(), section);
        } else {
            sections.add(section);
        }
    }

    private String serverWorker;

    /**
     * On a team server the history records the name the worker signs in with: the field shows it and
     * cannot be changed here.
     */
    public void showServerWorker(String name) {
        this.serverWorker = name;
    }

    @FXML
    private void initialize() {
        language.getItems().setAll(Locale.ENGLISH, Locale.forLanguageTag("nl"));
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : messages.get("settings.language." + locale.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.setValue(settings.language());
        language.valueProperty().addListener((o, old, chosen) -> {
            if (chosen != null && !chosen.getLanguage().equals(settings.language().getLanguage())) {
                persist(() -> settings.setLanguage(chosen), () -> languageChanged.accept(chosen));
            }
        });
        workerName.setText(settings.workerName().orElse(""));
        workerName.textProperty().addListener((o, old, text) -> workerProblem.setText(
                TextRules.checkLine(text, true, TextRules.MAX_CHARACTERS).map(p -> messages.get(
                        org.hearth.domain.FieldProblem.of("worker", p).messageKey())).orElse("")));
        workerName.setOnAction(e -> saveWorkerName());
        workerName.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                saveWorkerName();
            }
        });
        if (serverWorker != null) {
            workerName.setText(serverWorker);
            workerName.setEditable(false);
            workerName.setOnAction(null);
            workerName.setTooltip(new javafx.scene.control.Tooltip(messages.get("server.workerName")));
            workerName.setAccessibleHelp(messages.get("server.workerName"));
        }
        workerProblem.visibleProperty().bind(workerProblem.textProperty().isNotEmpty());
        workerProblem.managedProperty().bind(workerProblem.visibleProperty());
        organisationName.setText(settings.organisationName().orElse(""));
        organisationPhone.setText(settings.organisationPhone().orElse(""));
        saveWhenLeft(organisationName, () -> settings.organisationName().orElse(""), settings::setOrganisationName);
        saveWhenLeft(organisationPhone, () -> settings.organisationPhone().orElse(""),
                settings::setOrganisationPhone);
        showLogo();
        new ScreenSafetySection(settings, background, messages, dialogs).addAfter(dark, saved);
        dark.setSelected(settings.darkTheme());
        dark.selectedProperty().addListener((o, old, on) -> {
            themeChanged.accept(on);
            persist(() -> settings.setDarkTheme(on), () -> { });
        });
    }

    /** Saves the worker's name once they have finished typing it (leaving the field, or Enter). */
    private void saveWorkerName() {
        if (serverWorker != null) {
            return;
        }
        String name = workerName.getText();
        if (workerProblem.getText().isEmpty() && !name.strip().equals(settings.workerName().orElse(""))) {
            persist(() -> settings.setWorkerName(name), () -> { });
        }
    }

    /** Writes the preferences file away from the JavaFX thread; then says so and carries on. */
    private void persist(IoAction action, Runnable then) {
        background.run(() -> {
            action.run();
            return null;
        }, done -> {
            saved.setText(messages.get("settings.saved"));
            then.run();
        }, dialogs::failed);
    }

    /** A field saved once the worker has finished typing it (leaving the field, or Enter). */
    private void saveWhenLeft(TextField field, java.util.function.Supplier<String> stored, TextSetter setter) {
        Runnable store = () -> {
            String text = field.getText() == null ? "" : field.getText().strip();
            if (!text.equals(stored.get()) && text.length() <= org.hearth.domain.TextRules.MAX_CHARACTERS) {
                persist(() -> setter.set(text), () -> { });
            }
        };
        field.setOnAction(e -> store.run());
        field.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                store.run();
            }
        });
    }

    private interface TextSetter {
        void set(String text) throws IOException;
    }

    private void showLogo() {
        var logo = settings.organisationLogo();
        logoFile.setText(logo.map(p -> p.getFileName().toString()).orElse(messages.get("settings.noLogo")));
        removeLogo.setDisable(logo.isEmpty());
    }

    @FXML
    private void chooseLogo() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("settings.chooseLogo"));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG, JPEG", "*.png",
                "*.jpg", "*.jpeg"));
        java.io.File file = chooser.showOpenDialog(logoFile.getScene().getWindow());
        if (file != null) {
            persist(() -> settings.setOrganisationLogo(file.toPath()), this::showLogo);
        }
    }

    @FXML
    private void removeLogo() {
        persist(() -> settings.setOrganisationLogo(null), this::showLogo);
    }

    @FXML
    private void addDemo() {
        addDemo.run();
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
