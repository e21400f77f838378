package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.hearth.service.CaseDetails;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.ui.settings.BackupSection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Settings > Backups, driven as a worker would: the day's backup, Back up now, and a restore with its preview. */
class BackupScreenTest extends HearthUiTest {

    private Path fridayBackup;
    private Path usb;

    /** The first start in a cold JVM on a busy machine can outlast TestFX's setup time: warm up first. */
    @BeforeAll
    static void warmUp() {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(120_000);
        Vault.warmUp();
    }

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.demo().create());
        fridayBackup = home.resolve("friday.hearthbackup");
        usb = home.resolve("USB STICK");
        window.useChooser(new BackupSection.Chooser() {
            @Override
            public Optional<Path> backupToRestore(Window owner, Path start) {
                return Optional.of(fridayBackup);
            }

            @Override
            public Optional<Path> folder(Window owner, Path start) {
                return Optional.of(usb);
            }
        });
    }

    private long backupsIn(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".hearthbackup")).count();
        }
    }

    @Test
    void theDaysBackupIsMadeAndABackupIsRestoredAfterItsPreview(FxRobot robot) throws Exception {
        // before the worker unlocks: a backup that holds the demo case only, then a case made after it
        try (OpenVault open = new Vault(folder, clock()).open(PASSPHRASE.toCharArray(), () -> "Setup")) {
            open.backups().backUpTo(fridayBackup);
            open.cases().create(new CaseDetails("HF-9", "Family After The Backup", null, LocalDate.of(2027, 1, 5),
                    null));
        }
        unlock(robot);
        Path own = home.resolve("backups");
        waitUntil(() -> backupsIn(own) == 1);

        robot.clickOn("#navSettings");
        waitFor(robot, "#backupSection");
        assertEveryControlIsNamed(robot);
        assertThat(text(robot, "#backupFolder")).isEqualTo(own.toString());
        assertThat(text(robot, "#lastBackup")).startsWith("Last backup:");
        press(robot, "#backUpNow");
        waitUntil(() -> text(robot, "#backupStatus").startsWith("Backup made"));
        assertThat(text(robot, "#backupStatus")).isEqualTo("Backup made: 2 cases (2 open).");
        assertThat(backupsIn(own)).isEqualTo(2);
        assertThat(text(robot, "#lastBackup")).matches("Last backup: Nov 2[89], 2026, \\d\\d:\\d\\d");
        robot.interact(() -> ((javafx.scene.control.ScrollPane) robot.lookup(".scroll-pane").match(
                n -> n.lookup("#backupSection") != null).query()).setVvalue(1));
        screenshot("settings-backups");

        press(robot, "#restoreBackup");
        waitFor(robot, "#backupPassphrase");
        assertThat(robot.lookup("#backupPassphrase").query().getAccessibleText()).isEqualTo("Passphrase or recovery key");
        robot.clickOn("#backupPassphrase").write("not the passphrase at all");
        clickDialogButton(robot, "Open backup");
        waitUntil(() -> !text(robot, "#backupPassphraseProblem").isEmpty());
        assertThat(text(robot, "#backupPassphraseProblem")).contains("does not open the backup");
        screenshot("restore-wrong-passphrase");
        robot.doubleClickOn("#backupPassphrase").eraseText(40).write(PASSPHRASE);
        clickDialogButton(robot, "Open backup");
        waitUntil(() -> robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains("holds")));
        String preview = robot.lookup(".dialog-pane .content").queryAll().stream()
                .filter(n -> n instanceof Labeled).map(n -> ((Labeled) n).getText()).findFirst().orElse("");
        assertThat(preview).contains("holds 1 case (1 open)").contains("replaced-");
        screenshot("restore-preview");
        clickDialogButton(robot, "Restore");
        waitUntil(() -> robot.lookup(".dialog-pane .content").queryAll().stream()
                .anyMatch(n -> n instanceof Labeled l && l.getText() != null && l.getText().contains("restored")));
        screenshot("restore-done");
        clickDialogButton(robot, "OK");

        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        assertThat(robot.lookup("Family Bakker (demo)").tryQuery()).isPresent();
        assertThat(robot.lookup("Family After The Backup").tryQuery()).as("made after the backup").isEmpty();
        try (Stream<Path> files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("replaced-"))
                    .noneMatch(n -> n.startsWith(".restore-"));
        }
    }

    @Test
    void aChosenFolderThatIsNotThereIsSaidCalmlyInTheWindow(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#backupSection");
        Files.createDirectories(usb);
        press(robot, "#chooseBackupFolder");
        waitUntil(() -> text(robot, "#backupFolder").equals(usb.toString()));
        assertThat(robot.lookup("#useDefaultBackupFolder").tryQuery()).isPresent();
        Files.delete(usb); // the stick is pulled out

        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        robot.clickOn("#passphrase").write(PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        waitFor(robot, "#backupNotice");
        assertThat(text(robot, "#backupNotice")).contains("could not be made").contains("USB stick")
                .contains("next unlock");
        assertThat(usb).as("not made on the laptop's own disk").doesNotExist();
        screenshot("backup-notice");
    }
}
