package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class UnlockScreenTest {

    @Nested
    class FirstStart extends HearthUiTest {

        @Start
        void start(Stage stage) throws Exception {
            start(stage, false, open -> { });
        }

        @Test
        void theWorkerChoosesAPassphraseTypedTwiceAndLandsOnTheCaseList(FxRobot robot) throws Exception {
            assertThat(text(robot, "#title")).isEqualTo("Set up Hearth on this laptop");
            assertThat(stage.getTitle()).isEqualTo("Hearth");
            robot.clickOn("#passphrase").write("short");
            assertThat(text(robot, "#passphraseProblem")).isEqualTo("Use at least 10 characters; this one has 5.");
            assertThat(robot.lookup("#submit").queryAs(Button.class).isDisabled()).isTrue();

            robot.write(" but now long enough");
            assertThat(robot.lookup("#passphraseProblem").query().isVisible()).isFalse();
            robot.clickOn("#repeat").write("short but now long enougH");
            assertThat(text(robot, "#repeatProblem"))
                    .isEqualTo("The two passphrases are not the same. Type the same passphrase twice.");
            assertThat(robot.lookup("#submit").queryAs(Button.class).isDisabled()).isTrue();
            screenshot("unlock-first-start");

            robot.type(KeyCode.BACK_SPACE).write("h");
            assertThat(robot.lookup("#repeatProblem").query().isVisible()).isFalse();
            assertThat(robot.lookup("#submit").queryAs(Button.class).isDisabled()).isFalse();
            robot.clickOn("#submit");

            // the recovery key, shown once; nothing is on disk until the worker says they kept it
            waitFor(robot, "#recoveryKey");
            assertThat(text(robot, "#recoveryTitle")).isEqualTo("Your organisation's recovery key");
            assertThat(text(robot, "#recoveryIntro")).contains("Without your passphrase or this recovery key nobody"
                    + " can read the data");
            String key = text(robot, "#recoveryKey").replace("\n", "");
            assertThat(org.hearth.domain.RecoveryKey.read(key).ok()).isTrue();
            assertThat(robot.lookup("#continue").queryAs(Button.class).isDisabled()).isTrue();
            robot.type(KeyCode.ENTER);
            assertThat(folder.holdsDatabase()).as("nothing is made before the key is kept").isFalse();
            assertEveryControlIsNamed(robot);
            screenshot("first-start-recovery-key");
            robot.clickOn("#keptKey");
            assertThat(robot.lookup("#continue").queryAs(Button.class).isDisabled()).isFalse();
            screenshot("first-start-recovery-key-kept");
            robot.clickOn("#continue");
            // making the database (Flyway, Hibernate) can take long on a busy build machine
            org.testfx.util.WaitForAsyncUtils.waitFor(120, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#items").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
            waitFor(robot, "#items");
            // the key shown opens the data, and it was written nowhere but the key file's sealed slot
            byte[] keyFile = Files.readAllBytes(folder.keyFile());
            assertThat(org.hearth.store.KeyFile.unlock(keyFile, key.toCharArray()))
                    .isEqualTo(org.hearth.store.KeyFile.unlock(keyFile, "short but now long enough".toCharArray()));
            try (var files = Files.walk(home)) {
                for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                    if (Files.isRegularFile(file)) {
                        byte[] bytes;
                        try {
                            bytes = Files.readAllBytes(file);
                        } catch (java.nio.file.NoSuchFileException gone) {
                            continue; // a temporary file of the day's first backup, running meanwhile
                        }
                        String content = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
                        assertThat(content).as("%s", file.getFileName()).doesNotContain(key)
                                .doesNotContain(key.replace("-", ""));
                    }
                }
            }
            assertThat(text(robot, "#count")).isEqualTo("Nothing to follow up");
            robot.clickOn("#navCases");
            waitFor(robot, "#search");
            assertThat(folder.holdsDatabase()).isTrue();
            waitFor(robot, "#emptyText");
            assertThat(text(robot, "#emptyText")).startsWith("No cases yet.");
            screenshot("case-list-empty");
        }
    }

    @Nested
    class LaterStart extends HearthUiTest {

        @Start
        void start(Stage stage) throws Exception {
            start(stage, true, open -> { });
        }

        @Test
        void aWrongPassphraseSaysSoAndChangesNothingThenTheRightOneOpens(FxRobot robot) throws Exception {
            assertThat(text(robot, "#title")).isEqualTo("Welcome back");
            byte[] key = Files.readAllBytes(folder.keyFile());
            byte[] data = Files.readAllBytes(folder.databaseFile());

            robot.clickOn("#passphrase").write("blue kettle on the stove?").type(KeyCode.ENTER);
            waitFor(robot, "#failure");
            assertThat(text(robot, "#failure")).startsWith("That passphrase does not open this Hearth database");
            assertThat(robot.lookup("#passphrase").queryAs(PasswordField.class).getText()).isEmpty();
            assertThat(Files.readAllBytes(folder.keyFile())).isEqualTo(key);
            assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(data);
            screenshot("unlock-wrong-passphrase");

            unlock(robot);
            assertThat(robot.lookup("#table").tryQuery()).isPresent();
        }

        @Test
        void fiveWrongTriesInARowMakeTheWorkerWait(FxRobot robot) {
            for (int i = 1; i <= 5; i++) {
                robot.clickOn("#passphrase").write("wrong passphrase " + i).type(KeyCode.ENTER);
                final int tries = i;
                waitUntil(() -> robot.lookup("#failure").query().isVisible()
                        && !robot.lookup("#progress").query().isVisible() && tries > 0);
                if (i < 5) {
                    assertThat(robot.lookup("#waiting").query().isVisible()).isFalse();
                }
            }
            waitFor(robot, "#waiting");
            assertThat(text(robot, "#waiting")).matches("Too many wrong tries\\. You can try again in \\d+ seconds\\.");
            assertThat(robot.lookup("#passphrase").query().isDisabled()).isTrue();
            assertThat(robot.lookup("#submit").queryAs(Button.class).isDisabled()).isTrue();
        }
    }
}
