package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hearth.domain.Attention;
import org.hearth.domain.Attention.Reason;
import org.hearth.domain.CheckInOutcome;
import org.hearth.service.CaseDetails;
import org.hearth.service.FollowUp;
import org.hearth.service.MovableClock;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class TodayScreenTest extends HearthUiTest {

    private final MovableClock movable = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));

    @Override
    protected Clock clock() {
        return movable;
    }

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            open.demo().create();
            open.cases().create(new CaseDetails("HF-2026-014", "Family Öztürk", "Wendy Worker",
                    LocalDate.of(2026, 11, 29), "tr"));
        });
    }

    @SuppressWarnings("unchecked")
    private static List<Attention> items(FxRobot robot) {
        return List.copyOf(robot.lookup("#items").queryAs(ListView.class).getItems());
    }

    private static List<Reason> reasonsFor(FxRobot robot, String reference) {
        return items(robot).stream().filter(a -> a.reference().equals(reference)).map(Attention::reason).toList();
    }

    private void showTodayAgain(FxRobot robot) {
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        robot.clickOn("#navToday");
        waitFor(robot, "#items");
    }

    @SuppressWarnings("unchecked")
    private static TableView<FollowUp.Contact> log(FxRobot robot) {
        return robot.lookup("#contacts").queryAs(TableView.class);
    }

    private void logContact(FxRobot robot, String who, String outcome, String action) {
        int before = log(robot).getItems().size();
        choose(robot, "#who", who);
        if (outcome != null) {
            choose(robot, "#outcome", outcome);
        }
        if (action != null) {
            robot.clickOn("#action").write(action);
        }
        robot.clickOn("#log");
        waitUntil(() -> log(robot).getItems().size() == before + 1);
    }

    @Test
    void contactsLoggedForTheDemoCaseTakeItOffTheTodayListAsTheDaysPass(FxRobot robot) throws Exception {
        unlockToToday(robot);
        waitUntil(() -> !items(robot).isEmpty());
        assertThat(reasonsFor(robot, "HF-2026-014")).containsExactly(Reason.REVIEW_DUE);
        assertThat(reasonsFor(robot, "DEMO-001")).as("the demo's agreements are kept today").isEmpty();
        waitFor(robot, "#reminder");
        assertThat(text(robot, "#reminder")).isEqualTo("One review is due today.");

        movable.passDays(2);
        showTodayAgain(robot);
        waitUntil(() -> reasonsFor(robot, "DEMO-001").size() == 2);
        assertThat(reasonsFor(robot, "DEMO-001")).containsExactly(Reason.CHECK_IN_OVERDUE, Reason.BUDDY_SILENT);
        assertThat(reasonsFor(robot, "HF-2026-014")).containsExactly(Reason.REVIEW_OVERDUE);
        assertThat(robot.lookup("No contact logged for 3 days between Ria de Wit → Sanne Bakker (agreed: daily).")
                .tryQuery()).isPresent();
        assertEveryControlIsNamed(robot);
        screenshot("today");

        robot.doubleClickOn("No contact logged for 3 days between Ria de Wit → Sanne Bakker (agreed: daily).");
        waitFor(robot, "#contacts");
        assertThat(log(robot).getItems()).hasSize(3);
        logContact(robot, "Ria de Wit", null, "Evening call, all calm.");
        logContact(robot, "Lotte", null, null);

        choose(robot, "#who", "Fatima El Amrani");
        choose(robot, "#outcome", "Signal used");
        assertThat(text(robot, "#actionLabel")).isEqualTo("What action followed the signal? (required)");
        waitFor(robot, "#actionProblem");
        assertThat(robot.lookup("#log").query().isDisabled()).isTrue();
        robot.clickOn("#action").write("Went round with an excuse; Sanne and the children went to Ria's.");
        waitUntil(() -> !robot.lookup("#log").query().isDisabled());
        robot.clickOn("#log");
        waitUntil(() -> log(robot).getItems().size() == 6);
        FollowUp.Contact newest = log(robot).getItems().get(0);
        assertThat(newest.outcome()).isEqualTo(CheckInOutcome.SIGNAL_USED);
        assertThat(newest.who()).isEqualTo("Fatima El Amrani");
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> chart = robot.lookup(".safety-timeline").queryAs(LineChart.class);
        assertThat(chart.getData()).extracting(s -> s.getName())
                .containsExactly("Sanne Bakker", "Noor Bakker", "Contacts", "Signals used");
        assertThat(chart.getData().get(3).getData()).hasSize(1);
        assertEveryControlIsNamed(robot);
        screenshot("follow-up");

        robot.clickOn("#navToday");
        waitFor(robot, "#items");
        waitUntil(() -> reasonsFor(robot, "DEMO-001").equals(List.of(Reason.SIGNAL_USED)));

        movable.passDays(8);
        showTodayAgain(robot);
        waitUntil(() -> !items(robot).isEmpty());
        assertThat(reasonsFor(robot, "DEMO-001")).doesNotContain(Reason.SIGNAL_USED)
                .contains(Reason.CHECK_IN_OVERDUE);
    }
}
