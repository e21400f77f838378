package org.hearth.ui.settings;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hearth.service.BackupFacts;
import org.hearth.service.OpenVault;
import org.hearth.service.RestorePreview;
import org.hearth.service.Settings;
import org.hearth.service.Vault;
import org.hearth.service.WrongPassphrase;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;

/**
 * The Backups part of the settings screen (decision 0012): where the daily backups go, when the last one was
 * made, "Back up now", and "Restore from backup…" (choose the file, type the passphrase, see what it holds, confirm).
 */
public final class BackupSection {

    /** What the main window does around a restore. */
    public interface Host {
        /** The open data, closed by the restore before its files are replaced. */
        OpenVault current();

        /** The data is being replaced: nothing else may touch it now. */
        void restoring();

        /** The backup is in place and open. */
        void restored(OpenVault reopened);

        /** The restore failed after the open data was closed: the worker unlocks again. */
        void restoreFailed();
    }

    /** The file and folder choosers (the system's own; a test gives its answers directly). */
    public interface Chooser {
        Optional<Path> backupToRestore(Window owner, Path start);

        Optional<Path> folder(Window owner, Path start);

        static Chooser system(Messages messages) {
            return new Chooser() {
                @Override
                public Optional<Path> backupToRestore(Window owner, Path start) {
                    FileChooser chooser = new FileChooser();
                    chooser.setTitle(messages.get("backup.chooseBackup"));
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("backup.fileType"),
                            "*.hearthbackup"));
                    if (Files.isDirectory(start)) {
                        chooser.setInitialDirectory(start.toFile());
                    }
                    return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
                }

                @Override
                public Optional<Path> folder(Window owner, Path start) {
                    DirectoryChooser chooser = new DirectoryChooser();
                    chooser.setTitle(messages.get("backup.chooseFolderTitle"));
                    if (Files.isDirectory(start)) {
                        chooser.setInitialDirectory(start.toFile());
                    }
                    return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
                }
            };
        }
    }

    private final Vault vault;
    private final Settings settings;
    private final Host host;
    private final Background background;
    private final Messages messages;
    private final DialogService dialogs;
    private final Supplier<String> worker;
    private final Chooser chooser;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Label folder = new Label();
    private final Label folderHint = new Label();
    private final Button useDefault = new Button();
    private final Label lastBackup = new Label();
    private final Label status = new Label();
    private final ProgressIndicator working = new ProgressIndicator();
    private final Button backUpNow = new Button();
    private final Button restore = new Button();
    private VBox root;

    public BackupSection(Vault vault, Settings settings, Host host, Background background, Messages messages,
                         DialogService dialogs, Supplier<String> worker, Chooser chooser) {
        this.vault = vault;
        this.settings = settings;
        this.host = host;
        this.background = background;
        this.messages = messages;
        this.dialogs = dialogs;
        this.worker = worker;
        this.chooser = chooser;
    }

    public Node view() {
        Label title = new Label(messages.get("backup.title"));
        title.getStyleClass().add("title-4");
        Label hint = hint(messages.get("backup.hint"));
        Label folderLabel = new Label(messages.get("backup.folder"));
        folder.setId("backupFolder");
        folder.setWrapText(true);
        folder.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        folderLabel.setLabelFor(folder);
        Button choose = new Button(messages.get("backup.chooseFolder"));
        choose.setId("chooseBackupFolder");
        choose.setOnAction(e -> chooseFolder());
        useDefault.setText(messages.get("backup.useDefaultFolder"));
        useDefault.setId("useDefaultBackupFolder");
        useDefault.setOnAction(e -> saveFolder(null));
        folderHint.setText(messages.get("backup.defaultFolderHint"));
        folderHint.getStyleClass().add("hint");
        folderHint.setWrapText(true);
        folderHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        folderHint.managedProperty().bind(folderHint.visibleProperty());
        lastBackup.setId("lastBackup");
        backUpNow.setText(messages.get("backup.now"));
        backUpNow.setId("backUpNow");
        backUpNow.setOnAction(e -> backUpNow());
        restore.setText(messages.get("backup.restore"));
        restore.setId("restoreBackup");
        restore.setOnAction(e -> restore());
        working.setMaxSize(20, 20);
        working.setVisible(false);
        working.setAccessibleText(messages.get("backup.working"));
        status.setId("backupStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox folderButtons = new HBox(8, choose, useDefault);
        folderButtons.setAlignment(Pos.CENTER_LEFT);
        HBox actions = new HBox(8, backUpNow, restore, working);
        actions.setAlignment(Pos.CENTER_LEFT);
        root = new VBox(8, title, hint, folderLabel, folder, folderHint, folderButtons, lastBackup, actions, status);
        root.setId("backupSection");
        showFolderAndLast();
        return root;
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private void showFolderAndLast() {
        folder.setText(settings.backupFolder().toString());
        boolean chosen = settings.chosenBackupFolder().isPresent();
        folderHint.setVisible(!chosen);
        useDefault.setVisible(chosen);
        useDefault.setManaged(chosen);
        lastBackup.setText(settings.lastBackup().map(made -> messages.format("backup.last", moment(made)))
                .orElse(messages.get("backup.never")));
    }

    /** A moment as the worker reads dates elsewhere in Hearth, with the time: "Nov 29, 2026, 09:00". */
    private String moment(Instant instant) {
        var local = instant.atZone(ZoneId.systemDefault());
        return messages.date(local.toLocalDate()) + ", " + TIME.format(local);
    }

    private void chooseFolder() {
        chooser.folder(root.getScene().getWindow(), settings.backupFolder()).ifPresent(this::saveFolder);
    }

    private void saveFolder(Path chosen) {
        background.run(() -> {
            settings.setBackupFolder(chosen);
            return null;
        }, done -> showFolderAndLast(), dialogs::failed);
    }

    private void busy(boolean busy, String text) {
        working.setVisible(busy);
        backUpNow.setDisable(busy);
        restore.setDisable(busy);
        status.setText(text);
    }

    private void backUpNow() {
        OpenVault open = host.current();
        if (open == null) {
            return;
        }
        busy(true, messages.get("backup.working"));
        Path target = settings.backupFolder();
        boolean own = settings.chosenBackupFolder().isEmpty();
        background.run(() -> {
            BackupFacts made = open.backups().backUpNow(target, own);
            settings.setLastBackup(made.made());
            return made;
        }, made -> {
            busy(false, messages.format("backup.done", made.cases(), made.openCases()));
            showFolderAndLast();
        }, failure -> {
            busy(false, "");
            dialogs.failed(failure);
        });
    }

    private void restore() {
        Optional<Path> file = chooser.backupToRestore(root.getScene().getWindow(), settings.backupFolder());
        if (file.isEmpty()) {
            return;
        }
        char[][] secret = new char[1][];
        Optional<RestorePreview> preview = openBackup(file.get(), secret);
        if (preview.isEmpty()) {
            return;
        }
        String text = messages.format("backup.preview", moment(preview.get().made()), preview.get().cases(),
                preview.get().openCases());
        if (!dialogs.confirm(messages.get("backup.previewTitle"), text, messages.get("backup.confirmRestore"))) {
            Arrays.fill(secret[0], '\0');
            background.run(() -> {
                preview.get().discard();
                return null;
            }, done -> { }, dialogs::failed);
            return;
        }
        OpenVault current = host.current();
        busy(true, messages.get("backup.restoring"));
        host.restoring();
        background.run(() -> {
            try {
                Optional<Path> aside = vault.restore(preview.get(), current);
                return new Restored(vault.open(secret[0], worker), aside);
            } finally {
                Arrays.fill(secret[0], '\0');
            }
        }, restored -> {
            busy(false, "");
            host.restored(restored.open());
            dialogs.inform(restored.aside().map(p -> messages.format("backup.restored", p.getFileName().toString()))
                    .orElse(messages.get("backup.restoredNothingReplaced")));
        }, failure -> {
            busy(false, "");
            host.restoreFailed();
            dialogs.failed(failure);
        });
    }

    private record Restored(OpenVault open, Optional<Path> aside) {
    }

    /**
     * Asks for the passphrase (or recovery key) and checks the whole backup in the background. A passphrase that
     * does not open it is said at the field and may be typed again; a damaged or foreign file closes the dialog
     * with a plain message. Nothing in the data folder changes until the worker confirms.
     */
    private Optional<RestorePreview> openBackup(Path file, char[][] secret) {
        Dialog<RestorePreview> dialog = new Dialog<>();
        dialog.initOwner(root.getScene().getWindow());
        dialog.setTitle(messages.get("backup.passphraseTitle"));
        dialog.setHeaderText(null);
        ButtonType open = new ButtonType(messages.get("backup.open"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(open, cancel);
        Label text = hint(messages.get("backup.passphraseText"));
        Label label = new Label(messages.get("backup.passphrase"));
        PasswordField passphrase = new PasswordField();
        passphrase.setId("backupPassphrase");
        passphrase.setAccessibleText(messages.get("backup.passphrase"));
        label.setLabelFor(passphrase);
        Label problem = new Label();
        problem.setId("backupPassphraseProblem");
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        ProgressIndicator checking = new ProgressIndicator();
        checking.setMaxSize(18, 18);
        checking.setAccessibleText(messages.get("backup.checking"));
        Label checkingText = new Label(messages.get("backup.checking"));
        HBox progress = new HBox(8, checking, checkingText);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.setVisible(false);
        progress.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(8, text, label, passphrase, problem, progress);
        content.setPrefWidth(440);
        dialog.getDialogPane().setContent(content);
        dialog.setResultConverter(button -> null);
        Node openButton = dialog.getDialogPane().lookupButton(open);
        Node cancelButton = dialog.getDialogPane().lookupButton(cancel);
        openButton.disableProperty().bind(passphrase.textProperty().isEmpty().or(progress.visibleProperty()));
        cancelButton.disableProperty().bind(progress.visibleProperty());
        openButton.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            char[] typed = passphrase.getText().toCharArray();
            problem.setText("");
            progress.setVisible(true);
            background.run(() -> vault.prepareRestore(file, typed), ready -> {
                secret[0] = typed;
                dialog.setResult(ready);
                dialog.close();
            }, failure -> {
                progress.setVisible(false);
                Arrays.fill(typed, '\0');
                if (failure instanceof WrongPassphrase) {
                    problem.setText(messages.get("backup.wrongPassphrase"));
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                    passphrase.selectAll();
                    passphrase.requestFocus();
                } else {
                    dialog.setResult(null);
                    dialog.close();
                    dialogs.failed(failure);
                }
            });
        });
        javafx.application.Platform.runLater(passphrase::requestFocus);
        Optional<RestorePreview> answer = dialog.showAndWait();
        passphrase.clear();
        return answer;
    }
}
