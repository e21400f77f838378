package org.hearth.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.ui.HearthUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Esc closes an open menu as on every system, and only Esc pressed twice hides Hearth. */
class EscInMenuTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> { });
    }

    @Test
    void oneEscClosesAnOpenMenuAndHidesNothingWhileEscTwiceStillHides(FxRobot robot) {
        unlockToToday(robot);
        robot.clickOn("File");
        waitFor(robot, "New case");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isLocked()).as("one Esc in a menu").isFalse();
        assertThat(robot.lookup("New case").tryQuery()).as("the menu closed").isEmpty();

        robot.clickOn("File");
        waitFor(robot, "New case");
        robot.type(KeyCode.ESCAPE).type(KeyCode.ESCAPE);
        waitUntil(window::isLocked);
    }
}
