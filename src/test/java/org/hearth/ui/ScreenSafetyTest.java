package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.hearth.service.DemoCase;
import org.hearth.service.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Hearth locks after the idle time and on Ctrl+L with the worker's unsaved work kept behind the lock,
 * hides at once on Esc Esc (or the quick-hide key), clears what it put on the clipboard after a minute, and keeps
 * code words masked until the worker reveals them. Runs on the real window and a real encrypted database; the
 * time of the idle lock and the clipboard comes from a clock the test moves.
 */
class ScreenSafetyTest extends HearthUiTest {

    /** Everything about the demo family that must never be on a locked or hidden screen. */
    private static final List<String> FAMILY = List.of("Bakker", DemoCase.REFERENCE, "Sanne", "Noor", "Fatima",
            "The cat is sick", "water the plants", "No, it rained", "teddy");

    private final MovingClock moving = new MovingClock(CLOCK.instant());

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.demo().create());
        window.useScreenTime(moving::millis);
    }

    @AfterEach
    void emptyClipboard() {
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> Clipboard.getSystemClipboard().clear());
    }

    private void openPlan(FxRobot robot) {
        unlock(robot);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        robot.clickOn("Safety plan");
        waitFor(robot, "#signalsList");
        waitUntil(() -> list(robot, "signals").getItems().size() == 3);
    }

    private static ListView<?> list(FxRobot robot, String section) {
        return robot.lookup("#" + section + "List").queryAs(ListView.class);
    }

    /** Every text the main window shows now: labels, buttons, list cells, fields, and what screen readers hear. */
    private List<String> textsOnScreen() {
        List<String> texts = new ArrayList<>();
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> collect(stage.getScene().getRoot(), texts));
        texts.add(stage.getTitle());
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input && input.getText() != null) {
            texts.add(input.getText());
        }
        if (node instanceof javafx.scene.text.Text text && text.getText() != null) {
            texts.add(text.getText());
        }
        if (node.getAccessibleText() != null) {
            texts.add(node.getAccessibleText());
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, texts);
            }
        }
    }

    private void assertNothingAboutTheFamily() {
        String all = String.join("\n", textsOnScreen());
        for (String secret : FAMILY) {
            assertThat(all).as("text on the locked or hidden screen").doesNotContain(secret);
        }
    }

    private void typePassphrase(FxRobot robot, String passphrase) {
        robot.clickOn("#passphrase").write(passphrase).type(KeyCode.ENTER);
    }

    private static void shortcut(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    /** Lets a few of the once-a-second checks run. */
    private static void letTicksRun() {
        WaitForAsyncUtils.sleep(2500, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void afterTheIdleTimeHearthLocksAndTheUnsavedDraftWithItsUndoComesBack(FxRobot robot) throws Exception {
        openPlan(robot);
        int signs = list(robot, "warningSigns").getItems().size();
        press(robot, "#warningText");
        robot.write("Mark checks her phone").type(KeyCode.ENTER);
        waitUntil(() -> list(robot, "warningSigns").getItems().size() == signs + 1);
        press(robot, "#ownRiskFactor");
        robot.write("Debts from the move");
        assertThat(text(robot, "#planSaveStatus")).isEqualTo("Unsaved changes");
        assertThat(robot.lookup("#planUndo").queryAs(Button.class).isDisabled()).isFalse();

        moving.pass(Duration.ofMinutes(4));
        letTicksRun();
        assertThat(window.isLocked()).as("locked before the five minutes are up").isFalse();

        moving.pass(Duration.ofMinutes(1).plusSeconds(1));
        waitUntil(() -> window.isLocked());
        waitFor(robot, "#lockScreen");
        assertThat(text(robot, "#title")).isEqualTo("Hearth is locked");
        assertThat(robot.lookup("#signalsList").tryQuery()).as("the plan is not in the window").isEmpty();
        assertNothingAboutTheFamily();
        assertEveryControlIsNamed(robot);
        screenshot("lock-screen");

        typePassphrase(robot, "blue kettle on the hob");
        waitFor(robot, "#failure");
        assertThat(text(robot, "#failure")).startsWith("That passphrase does not open this Hearth database");
        assertThat(window.isLocked()).isTrue();
        assertThat(robot.lookup("#signalsList").tryQuery()).isEmpty();

        typePassphrase(robot, PASSPHRASE);
        waitFor(robot, "#signalsList");
        assertThat(window.isLocked()).isFalse();
        assertThat(text(robot, "#planSaveStatus")).isEqualTo("Unsaved changes");
        assertThat(list(robot, "warningSigns").getItems().toString()).contains("Mark checks her phone");
        assertThat(robot.lookup("#ownRiskFactor").queryAs(TextField.class).getText())
                .as("even the half-typed field is kept").isEqualTo("Debts from the move");
        press(robot, "#planUndo");
        waitUntil(() -> list(robot, "warningSigns").getItems().size() == signs);
        assertThat(list(robot, "warningSigns").getItems().toString()).doesNotContain("Mark checks her phone");
    }

    @Test
    void ctrlLLocksAtOnceNothingCanBeSavedWhileLockedAndTheCodeWordsAreMaskedAgainAfter(FxRobot robot)
            throws Exception {
        openPlan(robot);
        assertThat(String.join("\n", textsOnScreen())).doesNotContain("The cat is sick")
                .doesNotContain("water the plants").doesNotContain("No, it rained").contains("••••••");
        assertEveryControlIsNamed(robot);
        screenshot("plan-code-words-masked");
        press(robot, "#revealCodeWords");
        waitUntil(() -> String.join("\n", textsOnScreen()).contains("The cat is sick"));
        assertThat(String.join("\n", textsOnScreen())).contains("Did you water the plants?").contains("No, it rained.");
        screenshot("plan-code-words-shown");
        press(robot, "#warningText");
        robot.write("Shouting at night").type(KeyCode.ENTER);
        waitUntil(() -> "Unsaved changes".equals(text(robot, "#planSaveStatus")));

        shortcut(robot, KeyCode.L);
        waitFor(robot, "#lockScreen");
        assertNothingAboutTheFamily();
        shortcut(robot, KeyCode.S); // the menu's Save must not act behind the lock
        shortcut(robot, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();

        typePassphrase(robot, PASSPHRASE);
        waitFor(robot, "#signalsList");
        assertThat(text(robot, "#planSaveStatus")).as("nothing was saved or undone while locked")
                .isEqualTo("Unsaved changes");
        assertThat(list(robot, "warningSigns").getItems().toString()).contains("Shouting at night");
        assertThat(String.join("\n", textsOnScreen())).as("code words masked again after the lock")
                .doesNotContain("The cat is sick").contains("••••••");
    }

    @Test
    void escTwiceHidesAtOnceBehindAPlainPageWhileOneEscDoesNot(FxRobot robot) throws Exception {
        openPlan(robot);
        press(robot, "#revealCodeWords");
        waitUntil(() -> String.join("\n", textsOnScreen()).contains("The cat is sick"));

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.sleep(900, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isLocked()).as("single Esc presses, far apart, do not hide").isFalse();
        assertThat(robot.lookup("#signalsList").tryQuery()).isPresent();

        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isLocked()).isTrue();
        assertThat(stage.getScene().getRoot().getId()).isEqualTo("neutralScreen");
        assertThat(stage.getTitle()).isEqualTo("Hearth");
        assertNothingAboutTheFamily();
        assertThat(textsOnScreen().stream().filter(t -> t != null && !t.isBlank()).distinct().toList())
                .as("the plain page says nothing but the name").containsOnly("Hearth", "Hearth. Press Enter to go on.");
        screenshot("quick-hide");

        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE).type(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getId()).as("other keys leave the plain page up")
                .isEqualTo("neutralScreen");
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#lockScreen");
        assertNothingAboutTheFamily();
        typePassphrase(robot, PASSPHRASE);
        waitFor(robot, "#signalsList");
        assertThat(String.join("\n", textsOnScreen())).doesNotContain("The cat is sick").contains("••••••");

        robot.type(KeyCode.F12);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getId()).as("F12 hides too").isEqualTo("neutralScreen");
    }

    @Test
    void whatHearthPutOnTheClipboardIsGoneAfterAMinuteButWhatCameLaterStays(FxRobot robot) {
        unlock(robot);
        robot.clickOn("#search").write("06 1111 2222");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboardText()).isEqualTo("06 1111 2222");

        moving.pass(Duration.ofSeconds(40));
        letTicksRun();
        assertThat(clipboardText()).as("still there within the minute").isEqualTo("06 1111 2222");
        moving.pass(Duration.ofSeconds(21));
        waitUntil(() -> clipboardText() == null);

        shortcut(robot, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboardText()).isEqualTo("06 1111 2222");
        // the worker copies something in another program: Hearth no longer owns the clipboard
        WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            ClipboardContent other = new ClipboardContent();
            other.putString("minutes of the team meeting");
            Clipboard.getSystemClipboard().setContent(other);
        });
        moving.pass(Duration.ofSeconds(61));
        letTicksRun();
        assertThat(clipboardText()).isEqualTo("minutes of the team meeting");
    }

    @Test
    void lockingClearsHearthsTextFromTheClipboard(FxRobot robot) {
        unlock(robot);
        robot.clickOn("#search").write("Bakker");
        shortcut(robot, KeyCode.A);
        shortcut(robot, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(clipboardText()).isEqualTo("Bakker");
        shortcut(robot, KeyCode.L);
        waitFor(robot, "#lockScreen");
        assertThat(clipboardText()).isNull();
    }

    @Test
    void theIdleTimeAndTheQuickHideKeyAreChosenInTheSettings(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#idleMinutes");
        assertEveryControlIsNamed(robot);
        assertThat(((javafx.scene.control.ChoiceBox<?>) robot.lookup("#idleMinutes").query()).getValue())
                .isEqualTo(5);
        choose(robot, "#idleMinutes", "1 minute");
        waitUntil(() -> new Settings(folder.settingsFile()).idleMinutes() == 1);
        choose(robot, "#quickHideKey", "F9");
        waitUntil(() -> "F9".equals(new Settings(folder.settingsFile()).quickHideKey()));
        screenshot("settings-locking");

        moving.pass(Duration.ofSeconds(61));
        waitUntil(() -> window.isLocked());
        typePassphrase(robot, PASSPHRASE);
        waitFor(robot, "#idleMinutes");
        robot.type(KeyCode.F12);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isLocked()).as("F12 is no longer the quick-hide key").isFalse();
        robot.type(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getRoot().getId()).isEqualTo("neutralScreen");
    }

    @Test
    void closingWhileLockedWithUnsavedChangesAsksWithoutNamingAnyone(FxRobot robot) throws Exception {
        openPlan(robot);
        press(robot, "#warningText");
        robot.write("Slams doors").type(KeyCode.ENTER);
        waitUntil(() -> "Unsaved changes".equals(text(robot, "#planSaveStatus")));
        shortcut(robot, KeyCode.L);
        waitFor(robot, "#lockScreen");

        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        Node question = waitFor(robot, ".dialog-pane .content");
        String asked = ((Labeled) question).getText();
        assertThat(asked).startsWith("Hearth is locked and some changes are not saved yet.");
        for (String secret : FAMILY) {
            assertThat(asked).doesNotContain(secret);
        }
        screenshot("close-while-locked");
        robot.type(KeyCode.ENTER); // Enter keeps Hearth open: Cancel is the default
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertThat(stage.isShowing()).isTrue();
        assertThat(window.isLocked()).isTrue();
        typePassphrase(robot, PASSPHRASE);
        waitFor(robot, "#signalsList");
        assertThat(text(robot, "#planSaveStatus")).isEqualTo("Unsaved changes");
    }

    @Test
    void theNetworkMapsSidePanelMasksTheCodeWordAPersonReceivesAndShowsItTogetherWithThePlan(FxRobot robot)
            throws Exception {
        openPlan(robot);
        robot.clickOn("Network");
        waitFor(robot, "#networkCanvas");
        java.util.function.Predicate<Node> riaOnTheMap = n -> {
            if (n.getId() == null || !n.getId().startsWith("node-")) {
                return false;
            }
            List<String> texts = new ArrayList<>();
            collect(n, texts);
            return texts.contains("Ria de Wit");
        };
        waitUntil(() -> robot.lookup(riaOnTheMap).tryQuery().isPresent());
        robot.clickOn((Node) robot.lookup(riaOnTheMap).query());
        waitUntil(() -> text(robot, "#selectedName").equals("Ria de Wit"));
        waitFor(robot, "#revealCodeWordsNetwork");
        assertThat(String.join("\n", textsOnScreen())).contains("Receives \"••••••\"")
                .doesNotContain("The cat is sick");
        assertEveryControlIsNamed(robot);
        screenshot("network-code-word-masked");
        press(robot, "#revealCodeWordsNetwork");
        waitUntil(() -> String.join("\n", textsOnScreen()).contains("Receives \"The cat is sick\""));
        robot.clickOn("Safety plan");
        waitFor(robot, "#signalsList");
        assertThat(String.join("\n", textsOnScreen())).as("shown on the map, shown in the plan too")
                .contains("The cat is sick");
        assertThat(robot.lookup("#revealCodeWords").queryAs(javafx.scene.control.ToggleButton.class).isSelected())
                .isTrue();
        robot.clickOn("Back to cases");
        waitFor(robot, "#search");
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        robot.clickOn("Safety plan");
        waitFor(robot, "#signalsList");
        waitUntil(() -> list(robot, "signals").getItems().size() == 3);
        assertThat(String.join("\n", textsOnScreen())).as("masked again after leaving the case")
                .doesNotContain("The cat is sick").contains("••••••");
    }

    private static String clipboardText() {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, () -> {
            Clipboard clipboard = Clipboard.getSystemClipboard();
            return clipboard.hasString() && !clipboard.getString().isEmpty() ? clipboard.getString() : null;
        });
    }

    /** A clock the test moves on by hand: minutes pass without waiting for them. */
    private static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void pass(Duration time) {
            now = now.plus(time);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
