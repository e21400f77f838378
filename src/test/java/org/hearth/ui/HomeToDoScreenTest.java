package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
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
 * removing the clashing private time saves all the same.
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
    }

    private static void interact(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
