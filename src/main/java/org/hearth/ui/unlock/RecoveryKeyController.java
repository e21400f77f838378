package org.hearth.ui.unlock;

import java.io.File;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.print.PrinterJob;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.hearth.service.OpenVault;
import org.hearth.ui.Messages;

/**
 * The screen that shows the recovery key once at first start, says plainly that without the passphrase or this
 * key nobody can read the data, lets the worker print or save it, and goes on only when they confirm they kept it.
 */
public final class RecoveryKeyController {

    private final RecoveryKeyViewModel model;
    private final Messages messages;
    private final Consumer<OpenVault> onOpen;

    public RecoveryKeyController(RecoveryKeyViewModel model, Messages messages, Consumer<OpenVault> onOpen) {
        this.model = model;
        this.messages = messages;
        this.onOpen = onOpen;
    }

    public Parent view() {
        Label brand = new Label(messages.get("app.name"));
        brand.getStyleClass().add("brand");
        Label title = new Label(messages.get("recovery.title"));
        title.setId("recoveryTitle");
        title.getStyleClass().add("title-2");
        title.setWrapText(true);
        Label intro = wrapped(messages.get("recovery.intro"), "intro");
        intro.setId("recoveryIntro");
        Label key = new Label(inTwoLines(model.keyText()));
        key.setId("recoveryKey");
        key.getStyleClass().add("recovery-key");
        key.setWrapText(true);
        Label keep = wrapped(messages.get("recovery.sheet.keep"), "hint");

        Button print = new Button(messages.get("recovery.print"));
        print.setId("printKey");
        print.setOnAction(e -> print());
        Button save = new Button(messages.get("recovery.save"));
        save.setId("saveKey");
        save.setOnAction(e -> save());
        HBox actions = new HBox(8, print, save);
        actions.setAlignment(Pos.CENTER_LEFT);
        Label status = wrapped("", "hint");
        status.setId("recoveryStatus");
        status.textProperty().bind(model.statusProperty());
        Label failure = wrapped("", "failure");
        failure.setId("recoveryFailure");
        failure.textProperty().bind(model.failureProperty());
        for (Label label : new Label[] {status, failure}) {
            label.managedProperty().bind(label.textProperty().isNotEmpty());
            label.visibleProperty().bind(label.textProperty().isNotEmpty());
        }

        CheckBox kept = new CheckBox(messages.get("recovery.kept"));
        kept.setId("keptKey");
        kept.setWrapText(true);
        kept.setAccessibleText(messages.get("recovery.kept"));
        kept.selectedProperty().bindBidirectional(model.keptProperty());
        kept.disableProperty().bind(model.busyProperty());
        Button next = new Button(messages.get("recovery.continue"));
        next.setId("continue");
        next.getStyleClass().add("accent");
        next.setDefaultButton(true);
        next.disableProperty().bind(model.canContinue().not());
        next.setOnAction(e -> model.create(onOpen));
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(24, 24);
        progress.setAccessibleText(messages.get("unlock.opening"));
        progress.visibleProperty().bind(model.busyProperty());
        HBox go = new HBox(12, next, progress);
        go.setAlignment(Pos.CENTER_LEFT);

        VBox card = new VBox(16, brand, title, intro, key, keep, actions, status, failure, kept, go);
        card.getStyleClass().add("unlock-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(560);
        card.setMaxHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        StackPane screen = new StackPane(card);
        screen.getStyleClass().add("unlock-screen");
        screen.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                javafx.application.Platform.runLater(print::requestFocus);
            }
        });
        return screen;
    }

    /** Five groups, then four, so that a line never breaks inside a group. */
    static String inTwoLines(String key) {
        return key.replaceFirst("^((?:[^-]+-){5})", "$1\n");
    }

    private static Label wrapped(String text, String style) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(style);
        return label;
    }

    /** Prints one sheet with the key and what it is for; the print job has a neutral name. */
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            model.noPrinter();
            return;
        }
        job.getJobSettings().setJobName(messages.get("app.name"));
        var window = printSheetOwner();
        if (!job.showPrintDialog(window)) {
            job.cancelJob();
            return;
        }
        boolean sent = job.printPage(sheet()) && job.endJob();
        model.printed(sent);
    }

    private javafx.stage.Window printSheetOwner() {
        return javafx.stage.Window.getWindows().stream().filter(javafx.stage.Window::isFocused).findFirst()
                .orElse(null);
    }

    /** The printed sheet: black on white, nothing about any family (none exists yet). */
    private VBox sheet() {
        Label heading = new Label(messages.get("recovery.sheet.title"));
        heading.setStyle("-fx-font-size: 18px; -fx-font-weight: bold; -fx-text-fill: black;");
        Label key = new Label(inTwoLines(model.keyText()));
        key.setStyle("-fx-font-family: \"Monospaced\"; -fx-font-size: 16px; -fx-text-fill: black;");
        key.setWrapText(true);
        Label what = new Label(messages.get("recovery.sheet.what"));
        Label keep = new Label(messages.get("recovery.sheet.keep"));
        for (Label label : new Label[] {what, keep}) {
            label.setWrapText(true);
            label.setStyle("-fx-font-size: 12px; -fx-text-fill: black;");
        }
        VBox sheet = new VBox(16, heading, key, what, keep);
        sheet.setPrefWidth(440);
        sheet.setStyle("-fx-background-color: white;");
        return sheet;
    }

    private void save() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("recovery.save"));
        chooser.setInitialFileName(messages.get("recovery.fileName") + ".txt");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("recovery.textFiles"),
                "*.txt"));
        File file = chooser.showSaveDialog(javafx.stage.Window.getWindows().stream()
                .filter(javafx.stage.Window::isShowing).findFirst().orElse(null));
        if (file != null) {
            model.saveTo(file.toPath());
        }
    }
}
