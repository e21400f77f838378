package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.stage.Stage;
import org.hearth.service.Settings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class SettingsScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.demo().create());
    }

    @Test
    void theWorkerSwitchesToDutchAndHearthRemembersIt(FxRobot robot) throws Exception {
        assertEveryControlIsNamed(robot);
        unlock(robot);
        assertEveryControlIsNamed(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#language");
        assertEveryControlIsNamed(robot);
        choose(robot, "#language", "Nederlands");
        waitUntil(() -> robot.lookup("Dossiers").tryQuery().isPresent());
        waitFor(robot, "#language");
        assertThat(robot.lookup("Dossiers").tryQuery()).as("the rail speaks Dutch").isPresent();
        assertThat(robot.lookup("Instellingen").tryQuery()).isPresent();
        screenshot("settings-nl");
        assertThat(new Settings(folder.settingsFile()).language()).isEqualTo(Locale.forLanguageTag("nl"));

        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        assertThat(text(robot, "#newCase")).isEqualTo("Nieuw dossier");
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        assertEveryControlIsNamed(robot);
        assertThat(text(robot, "#saveStatus")).isEqualTo("Alle wijzigingen opgeslagen");
        screenshot("case-overview-nl");

        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        assertThat(text(robot, "#title")).isEqualTo("Hearth is vergrendeld");
    }

    @Test
    void theDarkThemeIsChosenAndKept(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#dark");
        robot.clickOn("#dark");
        waitUntil(() -> new Settings(folder.settingsFile()).darkTheme());
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        screenshot("case-list-dark");
        robot.clickOn("#navSettings");
        waitFor(robot, "#dark");
        robot.clickOn("#dark");
        waitUntil(() -> !new Settings(folder.settingsFile()).darkTheme());
    }
}
