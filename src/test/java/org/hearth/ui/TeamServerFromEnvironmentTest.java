package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.stage.Stage;
import org.hearth.service.Settings;
import org.hearth.ui.shell.DatabaseMode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** When HEARTH_DB_URL decides (here: "embedded"), Settings → Database only shows it and cannot be changed. */
class TeamServerFromEnvironmentTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> { });
    }

    @Override
    protected DatabaseMode databaseMode() {
        return DatabaseMode.decide("embedded", Optional.of("postgresql://db.example.org/hearth"), CLOCK);
    }

    @Test
    void theEnvironmentDecidesAndTheSectionIsReadOnly(FxRobot robot) {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#teamServerSection");
        assertThat(text(robot, "#environmentDecides")).isEqualTo("The variable HEARTH_DB_URL decides where the cases are:"
                + " This laptop (encrypted file). Change it there; this choice is not used meanwhile.");
        for (String control : new String[] {"#laptopChoice", "#serverChoice", "#serverAddress", "#chooseCa"}) {
            assertThat(robot.lookup(control).query().isDisabled()).as(control).isTrue();
        }
        assertThat(new Settings(folder.settingsFile()).teamServer()).isEmpty();
    }
}
