package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseDetails;
import org.hearth.service.MovableClock;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Settings, privacy: a case closed six years ago comes up for review after five years (the default) and not after
 * ten; a bad number of years is refused at the field.
 */
class RetentionScreenTest extends HearthUiTest {

    private final MovableClock clock = new MovableClock(LocalDate.of(2020, 3, 2).atTime(9, 0));

    @Override
    protected Clock clock() {
        return clock;
    }

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            open.demo().create();
            CaseSummary old = open.cases().create(new CaseDetails("OLD-2020", "Family Visser", null, null, null));
            open.cases().close(old.id());
            clock.passDays(6 * 366);
        });
    }

    @Test
    void oldClosedCasesAreListedForReview(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("Settings");
        ListView<?> due = waitFor(robot, "#retentionList");
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> due.getItems().size() == 1);
        assertThat(((CaseSummary) due.getItems().get(0)).reference()).isEqualTo("OLD-2020");
        assertThat(robot.lookup("#retentionErase").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> due.getSelectionModel().select(0));
        assertThat(robot.lookup("#retentionErase").queryAs(Button.class).isDisabled()).isFalse();
        Node years = robot.lookup("#retentionYears").query();
        robot.interact(() -> {
            years.requestFocus();
            for (javafx.scene.Parent up = years.getParent(); up != null; up = up.getParent()) {
                if (up instanceof javafx.scene.control.ScrollPane scroll) {
                    scroll.setVvalue(1);
                }
            }
        });
        screenshot("privacy-retention-settings");

        robot.interact(() -> ((TextField) years).setText("0"));
        assertThat(robot.lookup("#retentionYearsProblem").query().isVisible()).isTrue();
        robot.interact(() -> ((TextField) years).setText("10"));
        assertThat(robot.lookup("#retentionYearsProblem").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> due.getItems().isEmpty());
        assertEveryControlIsNamed(robot);
    }
}
