package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class HouseholdScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.demo().create());
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> people(FxRobot robot) {
        return robot.lookup("#people").queryAs(ListView.class);
    }

    @Test
    void theWorkerEditsTheHouseholdAndFindsItAgainAfterLocking(FxRobot robot) throws Exception {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        assertThat(stage.getTitle()).isEqualTo("Hearth");
        assertThat(people(robot).getItems()).hasSize(4);
        screenshot("case-overview");

        robot.clickOn("Add person");
        robot.write("Yara");
        robot.clickOn("#birthYear").write("20x9");
        waitFor(robot, "#birthYearProblem");
        assertThat(text(robot, "#birthYearProblem")).isEqualTo("Type a year between 1900 and this year, for example 2014.");
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#phone").write("ring me");
        assertThat(text(robot, "#phoneProblem")).isEqualTo("Type a phone number with digits, spaces and + ( ) - only.");
        screenshot("case-overview-problems");
        robot.eraseText(7).write("+31 6 5555 0000");
        robot.clickOn("#birthYear").eraseText(4).write("2021");
        robot.clickOn("#notes").write("Speaks Arabic at home: مرحبا 🌱");
        waitUntil(() -> !robot.lookup("#save").queryAs(Button.class).isDisabled());
        assertThat(text(robot, "#saveStatus")).isEqualTo("Unsaved changes");

        robot.clickOn("Noor Bakker");
        robot.clickOn("#remove");
        assertThat(people(robot).getItems()).hasSize(4);
        robot.clickOn("#undo");
        assertThat(people(robot).getItems()).hasSize(5);
        robot.clickOn("#redo");
        assertThat(people(robot).getItems()).hasSize(4);
        robot.clickOn("#undo");
        assertThat(people(robot).getItems()).hasSize(5);

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> "All changes saved".equals(text(robot, "#saveStatus")));

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor(robot, "#passphrase");
        assertThat(robot.lookup("#people").tryQuery()).isEmpty();
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> again = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> again.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        assertThat(people(robot).getItems()).hasSize(5);
        robot.clickOn("Yara");
        assertThat(robot.lookup("#birthYear").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("2021");
        assertThat(robot.lookup("#phone").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("+31 6 5555 0000");
        assertThat(robot.lookup("#notes").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("Speaks Arabic at home: مرحبا 🌱");
    }

    @Test
    void leavingACaseWithUnsavedChangesAsksFirst(FxRobot robot) {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        robot.clickOn("#name").write(" Jr");
        waitUntil(() -> "Unsaved changes".equals(text(robot, "#saveStatus")));
        robot.clickOn("Back to cases");
        waitFor(robot, ".dialog-pane");
        clickDialogButton(robot, "Cancel");
        assertThat(robot.lookup("#people").tryQuery()).isPresent();
        robot.clickOn("Back to cases");
        waitFor(robot, ".dialog-pane");
        clickDialogButton(robot, "Discard changes");
        waitFor(robot, "#search");
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        assertThat(people(robot).getItems()).extracting(Object::toString).hasSize(4);
        assertThat(robot.lookup("#name").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("Sanne Bakker");
    }
}
