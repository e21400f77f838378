package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.security.SecureRandom;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.domain.RecoveryKey;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Forgot passphrase (recovery key) on the unlock screen, and changing the passphrase in Settings → Security. */
class RecoveryScreenTest extends HearthUiTest {

    private static final String NEW_PASSPHRASE = "green teapot by the window";

    private final RecoveryKey recovery = RecoveryKey.generate(new SecureRandom());

    @Override
    protected RecoveryKey recoveryKey() {
        return recovery;
    }

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.cases().create(new org.hearth.service.CaseDetails("HF-7",
                "Family Jansen", "Wendy Worker", null, "en")));
    }

    @Test
    void aForgottenPassphraseIsReplacedWithTheRecoveryKeyAndATypoIsCaughtAtTheField(FxRobot robot) throws Exception {
        robot.clickOn("#forgot");
        waitFor(robot, "#recoveryKeyField");
        assertThat(text(robot, "#forgotTitle")).isEqualTo("Forgot your passphrase?");
        assertEveryControlIsNamed(robot);

        String key = recovery.text();
        char wrong = key.charAt(5) == '7' ? '8' : '7';
        String typo = key.substring(0, 5) + wrong + key.substring(6);
        robot.clickOn("#recoveryKeyField").write(typo);
        assertThat(text(robot, "#recoveryKeyProblem")).startsWith("This recovery key has a typo");
        robot.clickOn("#newPassphrase").write(NEW_PASSPHRASE);
        robot.clickOn("#newRepeat").write(NEW_PASSPHRASE);
        assertThat(robot.lookup("#resetPassphrase").queryAs(Button.class).isDisabled()).isTrue();
        screenshot("forgot-passphrase-typo");

        // a well-formed key of another organisation: refused, nothing changed
        byte[] keyFile = Files.readAllBytes(folder.keyFile());
        setKey(robot, RecoveryKey.generate(new SecureRandom()).text());
        robot.clickOn("#resetPassphrase");
        waitFor(robot, "#forgotFailure");
        assertThat(text(robot, "#forgotFailure")).startsWith("This recovery key does not belong to this Hearth");
        assertThat(Files.readAllBytes(folder.keyFile())).isEqualTo(keyFile);

        setKey(robot, key.toLowerCase().replace("-", " "));
        assertThat(robot.lookup("#recoveryKeyProblem").query().isVisible()).isFalse();
        screenshot("forgot-passphrase");
        robot.clickOn("#resetPassphrase");
        waitFor(robot, "#items");

        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(robot, "#failure");
        assertThat(text(robot, "#failure")).startsWith("That passphrase does not open");
        robot.clickOn("#passphrase").write(NEW_PASSPHRASE).type(KeyCode.ENTER);
        waitFor(robot, "#items"); // back where the worker was when Hearth locked (Today)
    }

    @Test
    void changingThePassphraseReEncryptsAndTheNewOneOpensTheSameCases(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#securitySection");
        assertEveryControlIsNamed(robot);
        byte[] dataBefore = Files.readAllBytes(folder.databaseFile());

        press(robot, "#currentPassphrase");
        robot.write("not my passphrase");
        press(robot, "#changedPassphrase");
        robot.write(NEW_PASSPHRASE);
        press(robot, "#changedRepeat");
        robot.write(NEW_PASSPHRASE);
        press(robot, "#changePassphrase");
        waitFor(robot, "#currentProblem");
        assertThat(text(robot, "#currentProblem")).isEqualTo("This is not the current passphrase. Nothing was changed.");
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(dataBefore);
        screenshot("settings-change-passphrase-wrong");

        press(robot, "#currentPassphrase");
        robot.write(PASSPHRASE);
        press(robot, "#changePassphrase");
        waitUntil(() -> text(robot, "#changeStatus").startsWith("The passphrase is changed"));
        screenshot("settings-change-passphrase-done");
        assertThat(Files.readAllBytes(folder.databaseFile())).isNotEqualTo(dataBefore);

        // Hearth carries on with the reopened data
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        waitUntil(() -> robot.lookup("Family Jansen").tryQuery().isPresent());

        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        robot.clickOn("#passphrase").write(PASSPHRASE).type(KeyCode.ENTER);
        waitFor(robot, "#failure");
        robot.clickOn("#passphrase").write(NEW_PASSPHRASE).type(KeyCode.ENTER);
        waitFor(robot, "#search"); // back where the worker was when Hearth locked
        // and the recovery key still opens the re-encrypted data
        assertThat(org.hearth.store.KeyFile.unlock(Files.readAllBytes(folder.keyFile()), recovery.text().toCharArray()))
                .hasSize(32);
    }

    private static void setKey(FxRobot robot, String text) {
        TextField field = robot.lookup("#recoveryKeyField").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> field.setText(text));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
