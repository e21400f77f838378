package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.service.DemoCase;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case file brings home agreements whose time-out has no maximum yet, and a private time that clashes with
 * another. The Home tab shows the missing maximum as a to-do, at the time-out and in the tab's to-do list, and
 * removing the clashing private time saves all the same. Its buddy pair names no professional yet: the Safety plan
 * tab lists that as a to-do, and the plan cannot be marked agreed until it is done.
 */
class HomeToDoScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            open.demo().create();
            Path exported = Path.of(home.toString(), "demo.json");
            open.caseFile().export(DemoCase.REFERENCE, exported);
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode file = (ObjectNode) mapper.readTree(exported.toFile());
            ((ObjectNode) file.get("case")).put("reference", "HF-2026-090").put("displayName", "Family Visser");
            ((ObjectNode) file.at("/homeAgreement/timeOut")).remove("maxMinutes");
            // a draft plan whose buddy pair has no professional yet
            ((ObjectNode) file.at("/safetyPlan")).put("status", "DRAFT").remove(List.of("agreedOn", "agreedBy"));
            ((ObjectNode) file.at("/safetyPlan/buddyPairs/0")).remove(List.of("professionalName",
                    "professionalPhone"));
            // the father in the bedroom while it is the mother's for yoga: a clash
            ObjectNode clash = ((ArrayNode) file.at("/homeAgreement/privateTimes")).addObject();
            clash.put("person", "p2").put("room", "r1").put("start", "19:30").put("end", "20:30")
                    .put("activity", "Reading").putArray("days").add("TUESDAY");
            Path changed = Path.of(home.toString(), "to-import.json");
            mapper.writeValue(changed.toFile(), file);
            open.caseFile().importCase(changed);
        });
    }

    @Test
    void theMissingMaximumIsAToDoAndRemovingTheClashingPrivateTimeSaves(FxRobot robot) throws Exception {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.doubleClickOn("Family Visser");
        waitFor(robot, "#people");
        robot.clickOn("Home");
        waitFor(robot, "#roomsList");

        waitFor(robot, "#homeToDos");
        assertThat(text(robot, "#homeToDos")).contains("Time-out: Agree how long a time-out lasts at most.");
        assertThat(text(robot, "#timeOutProblems")).isEqualTo("Agree how long a time-out lasts at most.");
        ListView<?> times = robot.lookup("#privateTimesList").queryAs(ListView.class);
        int clash = times.getItems().size() - 1;
        interact(() -> times.scrollTo(clash));
        waitUntil(() -> robot.lookup("#conflict-privateTimes-" + clash).tryQuery().isPresent());
        screenshot("home-to-do");

        interact(() -> times.getSelectionModel().select(clash));
        press(robot, "#remove-privateTimes");
        waitUntil(() -> times.getItems().size() == clash);
        Button save = robot.lookup("#homeSave").queryAs(Button.class);
        waitUntil(() -> !save.isDisabled());
        press(robot, "#homeSave");
        waitUntil(() -> text(robot, "#homeSaveStatus").equals("All changes saved"));

        assertThat(text(robot, "#homeToDos")).contains("Time-out: Agree how long a time-out lasts at most.");
        assertThat(robot.lookup("#conflict-privateTimes-" + (clash - 1)).tryQuery()).isEmpty();

        // the plan's to-do: it saves as a draft, but cannot be marked agreed until the professional is named
        robot.clickOn("Safety plan");
        waitFor(robot, "#planToDos");
        assertThat(text(robot, "#planToDos")).contains(
                "Buddy pair 1: Name the professional (and their phone) the buddies call when worried.");
        assertThat(text(robot, "#buddiesProblems")).contains("Name the professional");
        assertThat(text(robot, "#planSaveStatus")).isEqualTo("All changes saved");
        press(robot, "#markAgreed");
        robot.clickOn((javafx.scene.Node) waitFor(robot, ".dialog-pane .text-field")).write("Sanne");
        clickDialogButton(robot, "OK");
        waitFor(robot, "#statusProblems");
        assertThat(text(robot, "#statusProblems")).startsWith("The plan cannot be agreed while something is "
                + "still to do");
        assertThat(robot.lookup("#planSave").queryAs(Button.class).isDisabled()).isTrue();
        screenshot("plan-to-do-blocks-agreeing");
    }

    private static void interact(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
