package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A new worker's first click: Settings → "Add the demo case" before the case list was ever opened. */
class DemoFromSettingsTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> { });
    }

    @Test
    void theDemoCaseAddedFromSettingsFirstIsShownInTheCaseList(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#demo");
        // below the fold of the settings page: pressed as the keyboard would, without scrolling to it
        robot.interact(() -> robot.lookup("#demo").queryButton().fire());
        waitUntil(() -> robot.lookup("Family Bakker (demo)").tryQuery().isPresent());
        assertThat(robot.lookup("#search").tryQuery()).as("the case list is shown").isPresent();
        assertThat(robot.lookup("Something went wrong").tryQuery()).as("no failure shown").isEmpty();
    }
}
