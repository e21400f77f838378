package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.service.CaseDetails;
import org.hearth.service.HouseholdMember;
import org.hearth.ui.home.WeekGrid;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A worker makes the home agreements with a family: the rooms, private times drawn in the week grid with the
 * mouse, a time-out; Hearth names the conflicts at the agreements, and they go once resolved. It all survives
 * locking and shows in the history.
 */
class HomeScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            long id = open.cases().create(new CaseDetails("HF-2026-078", "Family Haddad", "Wendy Worker",
                    LocalDate.of(2027, 1, 15), "ar")).id();
            open.cases().saveHousehold(id, open.cases().open(id).version(), List.of(
                    new HouseholdMember(null, "Maryam Haddad", HouseholdRole.PARENT, 1987, null, null, null,
                            RiskRole.AT_RISK, 0),
                    new HouseholdMember(null, "Samir Haddad", HouseholdRole.PARENT, 1984, null, null, null,
                            RiskRole.USES_VIOLENCE, 1),
                    new HouseholdMember(null, "Lina Haddad", HouseholdRole.CHILD, 2019, null, null, null,
                            RiskRole.NOT_KNOWN, 2)));
            open.demo().create();
        });
    }

    private void openHome(FxRobot robot, String family) {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.doubleClickOn(family);
        waitFor(robot, "#people");
        robot.clickOn("Home");
        waitFor(robot, "#roomsList");
    }

    private static ListView<?> list(FxRobot robot, String section) {
        return robot.lookup("#" + section + "List").queryAs(ListView.class);
    }

    private void type(FxRobot robot, String field, String text) {
        Node node = robot.lookup(n -> ("#" + field).equals("#" + n.getId()) && n.getScene() != stage.getScene())
                .query();
        interact(node::requestFocus);
        robot.clickOn(node);
        if (node instanceof javafx.scene.control.TextInputControl input && !input.getText().isEmpty()) {
            interact(input::clear);
        }
        robot.write(text);
    }

    /** Chooses in a drop-down that may lie outside the visible part of a page or dialog: focused first. */
    private void pick(FxRobot robot, String query, String entry) {
        Node node = robot.lookup(query).match(Node::isVisible).query();
        interact(node::requestFocus);
        choose(robot, query, entry);
    }

    private void tick(FxRobot robot, String text) {
        Node box = robot.lookup(n -> n instanceof CheckBox c && text.equals(c.getText())
                && n.getScene() != stage.getScene() && n.isVisible()).query();
        interact(box::requestFocus);
        robot.clickOn(box);
    }

    private void addRoom(FxRobot robot, String name, boolean outside) {
        int before = list(robot, "rooms").getItems().size();
        press(robot, "#add-rooms");
        waitFor(robot, "#outside");
        type(robot, "name", name);
        if (outside) {
            robot.clickOn("#outside");
            robot.clickOn("#childAloneAllowed");
        }
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "rooms").getItems().size() == before + 1);
    }

    /** Scrolls the page so that a moment in the week grid is in the middle of the view. */
    private void reveal(FxRobot robot, LocalTime time) {
        WeekGrid grid = robot.lookup("#weekGrid").queryAs(WeekGrid.class);
        ScrollPane page = (ScrollPane) robot.lookup(n -> n instanceof ScrollPane s && s.getContent() != null
                && s.getContent().lookup("#weekGrid") != null).query();
        interact(() -> {
            Point2D at = grid.pointAt(DayOfWeek.MONDAY, time);
            double y = page.getContent().sceneToLocal(grid.localToScene(at)).getY();
            double viewport = page.getViewportBounds().getHeight();
            double content = page.getContent().getLayoutBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, (y - viewport / 2) / (content - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page so that the week grid starts at the top of the view (its days showing). */
    private void showGridFromTop(FxRobot robot) {
        WeekGrid grid = robot.lookup("#weekGrid").queryAs(WeekGrid.class);
        ScrollPane page = (ScrollPane) robot.lookup(n -> n instanceof ScrollPane s && s.getContent() != null
                && s.getContent().lookup("#weekGrid") != null).query();
        interact(() -> {
            double y = page.getContent().sceneToLocal(grid.localToScene(0, 0)).getY() - 8;
            double viewport = page.getViewportBounds().getHeight();
            double content = page.getContent().getLayoutBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, y / (content - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Scrolls the page so that a node is in the middle of the view, and clicks it. */
    private void scrollAndClick(FxRobot robot, String query) {
        robot.clickOn(scrollTo(robot, query));
    }

    private Node scrollTo(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        ScrollPane page = (ScrollPane) robot.lookup(n -> n instanceof ScrollPane s && s.getContent() != null
                && s.getContent().lookup(query) != null).query();
        interact(() -> {
            double y = page.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double viewport = page.getViewportBounds().getHeight();
            double content = page.getContent().getLayoutBounds().getHeight();
            page.setVvalue(Math.max(0, Math.min(1, (y - viewport / 2) / (content - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    private static Point2D onScreen(FxRobot robot, DayOfWeek day, LocalTime time) {
        WeekGrid grid = robot.lookup("#weekGrid").queryAs(WeekGrid.class);
        return grid.localToScreen(grid.pointAt(day, time));
    }

    /** Draws a private time in the grid with the mouse: press at the start, drag down to the end, release. */
    private void draw(FxRobot robot, DayOfWeek day, LocalTime from, LocalTime to) {
        reveal(robot, from);
        int before = list(robot, "privateTimes").getItems().size();
        robot.drag(onScreen(robot, day, from).add(0, 3), MouseButton.PRIMARY)
                .moveTo(onScreen(robot, day, from.plusMinutes(30)))
                .moveTo(onScreen(robot, day, to)).release(MouseButton.PRIMARY);
        waitUntil(() -> list(robot, "privateTimes").getItems().size() == before + 1);
    }

    private String conflictAt(FxRobot robot, String section, int index) {
        return robot.lookup("#conflict-" + section + "-" + index).tryQuery()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL).press(keys).release(keys).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theWorkerMakesTheHomeAgreementsAndSeesConflictsComeAndGo(FxRobot robot) throws Exception {
        openHome(robot, "Family Haddad");
        assertThat(robot.lookup("#roomsList").queryAs(ListView.class).getPlaceholder().isVisible()).isTrue();
        addRoom(robot, "Bedroom", false);
        addRoom(robot, "Attic", false);
        addRoom(robot, "Lina's room", false);
        addRoom(robot, "A walk outside", true);
        assertThat(list(robot, "rooms").getItems().toString()).contains("A walk outside");

        // Maryam's yoga: Tuesday 19:00-20:00 in the bedroom, drawn with the mouse
        pick(robot, "#drawPerson", "Maryam Haddad");
        pick(robot, "#drawRoom", "Bedroom");
        draw(robot, DayOfWeek.TUESDAY, LocalTime.of(19, 0), LocalTime.of(20, 0));
        assertThat(list(robot, "privateTimes").getItems().get(0).toString())
                .contains("TUESDAY").contains("19:00").contains("20:00");
        waitUntil(() -> text(robot, "#privateTimesProblems").contains("Samir Haddad has no private time"));

        // Samir in the same room at overlapping times: a conflict, named at both agreements
        pick(robot, "#drawPerson", "Samir Haddad");
        draw(robot, DayOfWeek.TUESDAY, LocalTime.of(18, 30), LocalTime.of(19, 30));
        waitUntil(() -> conflictAt(robot, "privateTimes", 1).contains(
                "Maryam Haddad and Samir Haddad both have Bedroom at the same time"));
        assertThat(conflictAt(robot, "privateTimes", 1)).contains("First clash: Tuesday at 19:00.");
        assertThat(conflictAt(robot, "privateTimes", 0)).contains("both have Bedroom");
        assertThat(robot.lookup("#slot-1-TUESDAY").query().getStyleClass()).contains("week-grid-conflict");
        screenshot("home-conflict");
        scrollTo(robot, "#privateTimesList");
        screenshot("home-conflict-list");

        // resolved: Samir's time moves to Wednesday, dragged with the mouse
        reveal(robot, LocalTime.of(19, 0));
        javafx.geometry.Bounds block = robot.lookup("#slot-1-TUESDAY").query().localToScreen(
                robot.lookup("#slot-1-TUESDAY").query().getBoundsInLocal());
        double column = onScreen(robot, DayOfWeek.WEDNESDAY, LocalTime.NOON).getX()
                - onScreen(robot, DayOfWeek.TUESDAY, LocalTime.NOON).getX();
        Point2D grab = new Point2D(block.getCenterX(), block.getMinY() + 8);
        robot.drag(grab, MouseButton.PRIMARY).moveTo(grab.add(column / 2, 0)).moveTo(grab.add(column, 0))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> list(robot, "privateTimes").getItems().get(1).toString().contains("WEDNESDAY"));
        waitUntil(() -> conflictAt(robot, "privateTimes", 1).isEmpty());
        assertThat(list(robot, "privateTimes").getItems().get(1).toString()).contains("start=18:30, end=19:30");

        // undo brings the conflict back, redo resolves it again
        shortcut(robot, KeyCode.Z);
        waitUntil(() -> conflictAt(robot, "privateTimes", 1).contains("both have Bedroom"));
        shortcut(robot, KeyCode.SHIFT, KeyCode.Z);
        waitUntil(() -> conflictAt(robot, "privateTimes", 1).isEmpty());

        // with the keyboard: Lina's time alone on a walk, which the family agreed a child may not do
        press(robot, "#add-privateTimes");
        waitFor(robot, "#start");
        pick(robot, "#person", "Lina Haddad");
        pick(robot, "#room", "A walk outside");
        tick(robot, "Saturday");
        type(robot, "start", "10:00");
        type(robot, "end", "11:00");
        type(robot, "activity", "Drawing");
        clickDialogButton(robot, "OK");
        waitUntil(() -> conflictAt(robot, "privateTimes", 2).contains(
                "Lina Haddad would be alone in A walk outside"));
        waitUntil(() -> text(robot, "#privateTimesProblems").isEmpty());
        interact(() -> list(robot, "privateTimes").getSelectionModel().select(2));
        press(robot, "#edit-privateTimes");
        waitFor(robot, "#start");
        pick(robot, "#room", "Lina's room");
        clickDialogButton(robot, "OK");
        waitUntil(() -> conflictAt(robot, "privateTimes", 2).isEmpty());

        // the time-out: a maximum and a return are required; two people sent to the same place is a conflict
        press(robot, "#editTimeOut");
        waitFor(robot, "#signal");
        type(robot, "signal", "\"Pause\" and a T with the hands");
        type(robot, "acknowledgement", "\"OK, pause\"");
        type(robot, "maxMinutes", "");
        waitFor(robot, "#maxMinutesProblem");
        assertThat(text(robot, "#maxMinutesProblem")).isEqualTo("Agree how long a time-out lasts at most.");
        type(robot, "maxMinutes", "45");
        type(robot, "comingBack", "At the kitchen table after 45 minutes at most; we talk calmly or park it.");
        waitUntil(() -> !robot.lookup("#maxMinutesProblem").query().isVisible());
        pick(robot, "#childrenCaredBy", "Maryam Haddad");
        pick(robot, "#responsibleAdult", "Samir Haddad");
        type(robot, "whenItFails", "Maryam uses the code word with her sister.");
        String maryam = "place-" + keyOf(robot, "Maryam Haddad");
        String samir = "place-" + keyOf(robot, "Samir Haddad");
        pick(robot, "#" + maryam, "Attic");
        pick(robot, "#" + samir, "Attic");
        type(robot, "calming-" + keyOf(robot, "Samir Haddad"), "Breathing. No alcohol, no driving.");
        screenshot("home-time-out-dialog");
        clickDialogButton(robot, "OK");
        waitUntil(() -> text(robot, "#timeOutConflicts").contains(
                "The time-out sends Maryam Haddad and Samir Haddad both to Attic"));
        scrollAndClick(robot, "#editTimeOut");
        waitFor(robot, "#signal");
        pick(robot, "#" + samir, "A walk outside");
        clickDialogButton(robot, "OK");
        waitUntil(() -> text(robot, "#timeOutConflicts").isEmpty());
        assertThat(text(robot, "#timeOutSummary")).contains("Lasts at least 15 and at most 45 minutes")
                .contains("Samir Haddad goes to A walk outside: Breathing. No alcohol, no driving.");

        // an activity, a respect rule and a logged time-out
        scrollAndClick(robot, "#add-activities");
        waitFor(robot, "#what");
        pick(robot, "#person", "Samir Haddad");
        type(robot, "what", "Football with his brother");
        tick(robot, "Thursday");
        type(robot, "start", "19:00");
        type(robot, "place", "Sports park");
        waitFor(robot, "#endProblem");
        assertThat(text(robot, "#endProblem")).isEqualTo("Fill in both the start and the end, or neither.");
        type(robot, "end", "21:00");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "activities").getItems().size() == 1);
        scrollTo(robot, "#respectRuleText");
        robot.clickOn("#respectRuleText").write("We knock and wait for an answer.").type(KeyCode.ENTER);
        waitUntil(() -> list(robot, "respectRules").getItems().size() == 1);
        scrollAndClick(robot, "#add-timeOutUses");
        waitFor(robot, "#usedAt");
        type(robot, "usedAt", "20:15");
        waitFor(robot, "#usedAtProblem");
        assertThat(text(robot, "#usedAtProblem")).isEqualTo("This moment lies in the future. Check the date and time.");
        type(robot, "usedAt", "08:15");
        pick(robot, "#calledBy", "Maryam Haddad");
        pick(robot, "#helped", "Yes, it helped");
        type(robot, "note", "Back at the table after 30 minutes.");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "timeOutUses").getItems().size() == 1);

        assertEveryControlIsNamed(robot);
        reveal(robot, LocalTime.of(15, 0));
        screenshot("home-haddad");
        shortcut(robot, KeyCode.S);
        waitUntil(() -> "All changes saved".equals(text(robot, "#homeSaveStatus")));

        // after locking, everything is there again, and the save is in the history under the worker's name
        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        openHome(robot, "Family Haddad");
        waitUntil(() -> list(robot, "privateTimes").getItems().size() == 3);
        assertThat(list(robot, "rooms").getItems()).hasSize(4);
        assertThat(list(robot, "privateTimes").getItems().toString()).contains("WEDNESDAY").contains("Drawing");
        assertThat(list(robot, "activities").getItems().toString()).contains("Football with his brother")
                .contains("Sports park");
        assertThat(list(robot, "respectRules").getItems().toString()).isEqualTo("[We knock and wait for an answer.]");
        assertThat(list(robot, "timeOutUses").getItems().toString()).contains("helped=true")
                .contains("Back at the table after 30 minutes.");
        assertThat(text(robot, "#timeOutSummary")).contains("\"Pause\" and a T with the hands")
                .contains("Maryam Haddad goes to Attic");
        assertThat(robot.lookup("#homeSave").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("History");
        waitFor(robot, "#revisions");
        ListView<?> revisions = robot.lookup("#revisions").queryAs(ListView.class);
        waitUntil(() -> revisions.getItems().size() == 1);
        assertThat(revisions.getItems().get(0).toString()).contains("Wendy Worker").contains("home");
    }

    @Test
    void theDemoFamilyHasRealisticAgreementsWithoutConflicts(FxRobot robot) throws Exception {
        openHome(robot, "Family Bakker (demo)");
        waitUntil(() -> list(robot, "privateTimes").getItems().size() == 6);
        assertThat(list(robot, "rooms").getItems()).hasSize(8);
        assertThat(list(robot, "activities").getItems()).hasSize(3);
        assertThat(list(robot, "respectRules").getItems()).hasSize(3);
        assertThat(list(robot, "timeOutUses").getItems()).hasSize(2);
        assertThat(robot.lookup(n -> n.getId() != null && n.getId().startsWith("conflict-")).queryAll()).isEmpty();
        assertThat(text(robot, "#timeOutSummary")).contains("Lasts at least 20 and at most 60 minutes");
        // Tuesday and Thursday 19:00-20:00 the bedroom is Sanne's, for yoga
        assertThat(robot.lookup("#slot-0-TUESDAY").tryQuery()).isPresent();
        assertThat(robot.lookup("#slot-0-THURSDAY").tryQuery()).isPresent();
        // a time past midnight shows on both days
        assertThat(robot.lookup("#slot-3-SATURDAY").tryQuery()).isPresent();
        assertThat(robot.lookup("#slot-3-SUNDAY").tryQuery()).isPresent();
        assertEveryControlIsNamed(robot);
        showGridFromTop(robot);
        screenshot("home-week-grid");

        // with the keyboard: choose Sanne's yoga and move it an hour later
        interact(() -> list(robot, "privateTimes").getSelectionModel().select(0));
        interact(() -> robot.lookup("#weekGrid").query().requestFocus());
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> list(robot, "privateTimes").getItems().get(0).toString().contains("20:00, end=21:00"));
        waitUntil(() -> !robot.lookup("#homeSave").queryAs(Button.class).isDisabled());
    }

    private String keyOf(FxRobot robot, String name) {
        return robot.lookup(n -> n.getId() != null && n.getId().startsWith("place-p")
                && n.getAccessibleText() != null && n.getAccessibleText().contains(name)).query().getId()
                .substring("place-".length());
    }

    private static void interact(Runnable action) {
        try {
            WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
