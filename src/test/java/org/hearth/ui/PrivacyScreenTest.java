package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The worker keeps a safe place from Mark in its dialog and sees the mark in the list; and erases a household
 * member for good only after reading what goes and typing the confirm word.
 */
class PrivacyScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.demo().create());
    }

    private void openDemo(FxRobot robot) {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        slowly(robot, "#people");
    }

    /** Waits longer than usual: opening a case and erasing (which compacts the file) take a while on a busy machine. */
    private static void slowly(FxRobot robot, String query) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(150, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Nothing showed up for " + query, e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> list(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ListView.class);
    }

    @Test
    void aSafePlaceIsKeptFromMarkInItsDialogAndMarkedInTheList(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("Safety plan");
        waitFor(robot, "#safePlacesList");
        ListView<Object> places = list(robot, "#safePlacesList");
        waitUntil(() -> places.getItems().size() == 1);
        robot.interact(() -> places.getSelectionModel().select(0));
        press(robot, "#edit-safePlaces");
        waitFor(robot, "#address");
        Node keep = robot.lookup(n -> n instanceof CheckBox c && "Mark Bakker".equals(c.getText())
                && n.getId() != null && n.getId().startsWith("keptFrom-") && n.isVisible()).query();
        assertThat(((CheckBox) keep).getAccessibleText()).isEqualTo("Keep from: Mark Bakker");
        robot.clickOn(keep);
        screenshot("privacy-keep-from-dialog");
        clickDialogButton(robot, "OK");
        waitUntil(() -> places.getItems().size() == 1);
        WaitForText.inList(robot, "#safePlacesList", "Confidential: kept from Mark Bakker");
        press(robot, "#save");
        waitUntil(() -> robot.lookup("#save").queryAs(Button.class).isDisabled());
        screenshot("privacy-kept-place-in-list");
        assertEveryControlIsNamed(robot);
    }

    @Test
    void erasingAPersonAsksForTheConfirmWordAndNamesWhatGoes(FxRobot robot) throws Exception {
        openDemo(robot);
        ListView<Object> people = list(robot, "#people");
        assertThat(people.getItems()).hasSize(4);
        robot.clickOn("Mark Bakker");
        screenshot("privacy-household-actions");
        robot.clickOn("#eraseData");
        slowly(robot, "#eraseConfirm");
        assertThat(text(robot, "#eraseHeading")).isEqualTo("Erase Mark Bakker for good?");
        assertThat(text(robot, "#eraseCounts")).matches(
                "\\d+ plan and agreement items, 1 contact line; saved versions in the history: \\d+");
        Button erase = robot.lookup("#eraseButton").queryAs(Button.class);
        assertThat(erase.isDisabled()).isTrue();
        robot.clickOn("#eraseConfirm").write("erase");
        assertThat(erase.isDisabled()).as("the word must be typed exactly").isTrue();
        screenshot("privacy-erase-confirm-wrong");
        robot.clickOn("#eraseCancel");
        waitUntil(() -> robot.lookup("#eraseConfirm").tryQuery().isEmpty());
        assertThat(people.getItems()).hasSize(4);

        robot.clickOn("#eraseData");
        slowly(robot, "#eraseConfirm");
        robot.clickOn("#eraseConfirm").write("ERASE");
        waitUntil(() -> !erase(robot).isDisabled());
        screenshot("privacy-erase-confirm");
        robot.clickOn("#eraseButton");
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(150, java.util.concurrent.TimeUnit.SECONDS, () -> robot
                    .lookup("#people").tryQuery().map(n -> ((ListView<?>) n).getItems().size() == 3).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The household still shows four people", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(list(robot, "#people").getItems()).extracting(o -> ((org.hearth.ui.household.PersonRow) o).getName())
                .noneMatch(name -> name.contains("Mark"));
    }

    @Test
    void aNetworkMemberIsErasedForGoodFromTheMap(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.clickOn("Network");
        slowly(robot, "#networkCanvas");
        java.util.function.Predicate<Node> riaOnTheMap = n -> n.getId() != null && n.getId().startsWith("node-")
                && robot.from(n).lookup((java.util.function.Predicate<Node>) t
                        -> "Ria de Wit".equals(t.getAccessibleText())
                        || (t instanceof javafx.scene.text.Text text && "Ria de Wit".equals(text.getText()))
                        || (t instanceof javafx.scene.control.Labeled label && "Ria de Wit".equals(label.getText())))
                .tryQuery().isPresent();
        waitUntil(() -> robot.lookup(riaOnTheMap).tryQuery().isPresent());
        robot.clickOn(robot.lookup(riaOnTheMap).<Node>query());
        waitUntil(() -> text(robot, "#selectedName").contains("Ria de Wit"));
        waitUntil(() -> !robot.lookup("#eraseMemberData").queryAs(Button.class).isDisabled());
        assertEveryControlIsNamed(robot);
        screenshot("privacy-network-member-actions");
        robot.clickOn("#eraseMemberData");
        slowly(robot, "#eraseConfirm");
        assertThat(text(robot, "#eraseHeading")).isEqualTo("Erase Ria de Wit for good?");
        robot.clickOn("#eraseConfirm").write("ERASE");
        waitUntil(() -> !erase(robot).isDisabled());
        robot.clickOn("#eraseButton");
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(150, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup("#people").tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The case did not open again after erasing", e);
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try (var open = new org.hearth.service.Vault(folder, clock()).open(PASSPHRASE.toCharArray(), () -> "Check")) {
            long id = open.cases().cases().get(0).id();
            assertThat(open.plans().load(id).members()).extracting(org.hearth.service.PlanDraft.Member::name)
                    .isNotEmpty().doesNotContain("Ria de Wit");
        }
    }

    private static Button erase(FxRobot robot) {
        return robot.lookup("#eraseButton").queryAs(Button.class);
    }

    /** Waits for a list cell with this text. */
    static final class WaitForText {
        static void inList(FxRobot robot, String list, String text) {
            waitUntil(() -> robot.lookup(list + " .list-cell").queryAll().stream().anyMatch(cell ->
                    cell instanceof javafx.scene.control.Labeled l && l.getText() != null
                            && l.getText().contains(text)
                    || cell.lookupAll(".label").stream().anyMatch(label -> label instanceof javafx.scene.control.Label
                    lb && lb.getText() != null && lb.getText().contains(text))));
        }
    }
}
