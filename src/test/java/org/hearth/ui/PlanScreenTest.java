package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.service.CaseDetails;
import org.hearth.service.HouseholdMember;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** A worker fills in a whole safety plan with the family, saves it, and finds it again after locking. */
class PlanScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            long id = open.cases().create(new CaseDetails("HF-2026-077", "Family Haddad", "Wendy Worker",
                    LocalDate.of(2027, 1, 15), "ar")).id();
            open.cases().saveHousehold(id, open.cases().open(id).version(), List.of(
                    new HouseholdMember(null, "Maryam Haddad", HouseholdRole.PARENT, 1987, "06 1111 2222", "العربية",
                            null, RiskRole.AT_RISK, 0),
                    new HouseholdMember(null, "Samir Haddad", HouseholdRole.PARENT, 1984, null, null, null,
                            RiskRole.USES_VIOLENCE, 1),
                    new HouseholdMember(null, "Lina Haddad", HouseholdRole.CHILD, 2015, null, null, null,
                            RiskRole.NOT_KNOWN, 2)));
            open.demo().create();
        });
    }

    private void openPlan(FxRobot robot) {
        openPlan(robot, "Family Haddad");
    }

    private void openPlan(FxRobot robot, String family) {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.doubleClickOn(family);
        waitFor(robot, "#people");
        robot.clickOn("Safety plan");
        waitFor(robot, "#signalsList");
    }

    private static ListView<?> list(FxRobot robot, String section) {
        return robot.lookup("#" + section + "List").queryAs(ListView.class);
    }

    /** Ticks the check box with this text in the open dialog. */
    private void tick(FxRobot robot, String text) {
        Node box = robot.lookup(n -> n instanceof CheckBox c && text.equals(c.getText())
                && (n.getId() == null || !n.getId().startsWith("keptFrom-"))
                && n.getScene() != stage.getScene() && n.isVisible()).query();
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(box::requestFocus).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        robot.clickOn(box);
    }

    private void type(FxRobot robot, String field, String text) {
        Node node = robot.lookup(n -> ("#" + field).equals("#" + n.getId()) && n.getScene() != stage.getScene())
                .query();
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(node::requestFocus).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        robot.clickOn(node).write(text);
    }

    private String problemText(FxRobot robot, String id) {
        waitUntil(() -> robot.lookup("#" + id).tryQuery().map(Node::isVisible).orElse(false));
        return text(robot, "#" + id);
    }

    private void addMember(FxRobot robot, String name, String phone, boolean consent, boolean mustNotKnow) {
        int before = list(robot, "members").getItems().size();
        press(robot, "#add-members");
        waitFor(robot, "#relation");

        type(robot, "name", name);
        if (phone != null) {
            type(robot, "phone", phone);
        }
        if (mustNotKnow) {
            robot.clickOn("#mustNotKnow");
        }
        if (consent) {
            robot.clickOn("#consent");
        }
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "members").getItems().size() == before + 1);
    }

    @Test
    void theWorkerFillsInAWholePlanAndFindsItAgainAfterLocking(FxRobot robot) throws Exception {
        openPlan(robot);
        assertThat(text(robot, "#planStatus")).isEqualTo("Draft");
        addMember(robot, "Amira (aunt)", "06 2222 3333", true, false);
        addMember(robot, "Mr. Visser (neighbour)", "06 4444 5555", true, false);
        addMember(robot, "Lotte (peer)", "06 7777 8888", true, false);
        addMember(robot, "Karim (Samir's brother)", null, false, true);

        press(robot, "#add-signals");
        waitFor(robot, "#word");
        type(robot, "word", "The cat is sick 🐱");
        type(robot, "meaning", "Call the police now");
        tick(robot, "Maryam Haddad");
        waitFor(robot, "#receiversProblem");
        assertThat(text(robot, "#receiversProblem")).isEqualTo("Choose at least one person who receives this signal.");
        press(robot, "#addReceiver");
        choose(robot, "#receiver1", "Amira (aunt)");
        type(robot, "steps1", "1. Say \"oh no\" and end the call calmly.\n2. Call 112.");
        type(robot, "calls1", "112, then the worker");
        waitUntil(() -> !robot.lookup("#receiversProblem").query().isVisible());
        screenshot("plan-signal-dialog");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "signals").getItems().size() == 1);

        press(robot, "#add-signals");
        waitFor(robot, "#word");
        choose(robot, "#kind", "Question with an agreed answer");
        type(robot, "word", "Did you water the plants?");
        type(robot, "answer", "No, it rained.");
        type(robot, "meaning", "Come by now with an ordinary excuse");
        tick(robot, "Maryam Haddad");
        press(robot, "#addReceiver");
        choose(robot, "#receiver1", "Mr. Visser (neighbour)");
        type(robot, "steps1", "Ring the bell within ten minutes to borrow sugar.");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "signals").getItems().size() == 2);

        press(robot, "#add-checkIns");
        waitFor(robot, "#coverStory");
        choose(robot, "#member", "Mr. Visser (neighbour)");
        choose(robot, "#person", "Lina Haddad");
        type(robot, "coverStory", "Asks Lina to help in the garden");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "checkIns").getItems().size() == 1);

        press(robot, "#add-buddies");
        waitFor(robot, "#codeWord");
        choose(robot, "#person", "Maryam Haddad");
        choose(robot, "#member", "Lotte (peer)");
        type(robot, "codeWord", "pancakes");
        waitFor(robot, "#professionalProblem");
        assertThat(text(robot, "#professionalProblem")).startsWith("Name the professional");
        type(robot, "professional", "Wendy Worker");
        type(robot, "professionalPhone", "038 111 2222");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "buddies").getItems().size() == 1);

        press(robot, "#add-reviews");
        waitFor(robot, "#note");
        type(robot, "note", "Plan made together; first agreements.");
        robot.clickOn("#afterIncident");
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "reviews").getItems().size() == 1);

        press(robot, "#markAgreed");
        robot.clickOn((Node) waitFor(robot, ".dialog-pane .text-field")).write("Maryam");
        clickDialogButton(robot, "OK");
        waitUntil(() -> text(robot, "#planStatus").startsWith("Agreed on"));
        screenshot("plan");
        assertEveryControlIsNamed(robot);
        waitUntil(() -> !robot.lookup("#planSave").queryAs(Button.class).isDisabled());
        press(robot, "#planSave");
        waitUntil(() -> "All changes saved".equals(text(robot, "#planSaveStatus")));

        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        openPlan(robot);
        waitUntil(() -> list(robot, "signals").getItems().size() == 2);
        assertThat(list(robot, "members").getItems()).hasSize(4);
        assertThat(list(robot, "checkIns").getItems()).hasSize(1);
        assertThat(list(robot, "buddies").getItems()).hasSize(1);
        assertThat(list(robot, "reviews").getItems()).hasSize(1);
        assertThat(text(robot, "#planStatus")).startsWith("Agreed on").endsWith("Maryam");
        assertThat(list(robot, "signals").getItems().toString()).contains("The cat is sick 🐱")
                .contains("Did you water the plants?").contains("No, it rained.");
    }

    @Test
    void mistakesThatPutPeopleAtRiskAreNamedAtTheFieldAndBlockSaving(FxRobot robot) throws Exception {
        openPlan(robot);
        addMember(robot, "Karim (Samir's brother)", "06 9999 0000", false, true);
        addMember(robot, "Nadia (friend, no phone)", null, true, false);
        addMember(robot, "Mr. Visser (neighbour)", "06 4444 5555", true, false);

        press(robot, "#add-signals");
        waitFor(robot, "#word");
        type(robot, "word", "Blue umbrella");
        type(robot, "meaning", "Call me now");
        press(robot, "#addReceiver");
        choose(robot, "#receiver1", "Karim (Samir's brother) (must not know)");
        assertThat(problemText(robot, "receiversProblem")).contains("must not know");
        assertThat(robot.lookup(".dialog-pane .button").match(b -> "OK".equals(((Button) b).getText()))
                .queryAs(Button.class).isDisabled()).isTrue();
        choose(robot, "#receiver1", "Nadia (friend, no phone)");
        waitUntil(() -> text(robot, "#receiversProblem").contains("no phone number"));
        // a receiver without a phone is a to-do, not a refusal: the signal may go into the draft
        assertThat(robot.lookup(".dialog-pane .button").match(b -> "OK".equals(((Button) b).getText()))
                .queryAs(Button.class).isDisabled()).isFalse();
        choose(robot, "#receiver1", "Mr. Visser (neighbour)");
        waitUntil(() -> !robot.lookup("#receiversProblem").query().isVisible());
        clickDialogButton(robot, "OK");
        waitUntil(() -> list(robot, "signals").getItems().size() == 1);

        press(robot, "#add-signals");
        waitFor(robot, "#word");
        type(robot, "word", "blue umbrella");
        type(robot, "meaning", "Come by with an excuse");
        press(robot, "#addReceiver");
        choose(robot, "#receiver1", "Mr. Visser (neighbour)");
        assertThat(problemText(robot, "wordProblem")).startsWith("Another signal uses the same word");
        screenshot("plan-signal-problem");
        assertThat(robot.lookup(".dialog-pane .button").match(b -> "OK".equals(((Button) b).getText()))
                .queryAs(Button.class).isDisabled()).isTrue();
        clickDialogButton(robot, "Cancel");

        press(robot, "#markAgreed");
        robot.clickOn((Node) waitFor(robot, ".dialog-pane .text-field")).write("Maryam");
        clickDialogButton(robot, "OK");
        waitUntil(() -> text(robot, "#planStatus").startsWith("Agreed on"));
        robot.clickOn("#planNextReview").eraseText(0);
        interact(() -> robot.lookup("#planNextReview").queryAs(javafx.scene.control.DatePicker.class).setValue(null));
        waitFor(robot, "#nextReviewProblems");
        assertThat(text(robot, "#nextReviewProblems")).isEqualTo("An agreed plan needs a review date.");
        assertThat(robot.lookup("#planSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(text(robot, "#planSaveStatus")).isEqualTo("One problem must be solved before saving");
    }

    @Test
    void theHistoryShowsWhoChangedThePlanAndWhatChanged(FxRobot robot) throws Exception {
        openPlan(robot, "Family Bakker (demo)");
        waitUntil(() -> list(robot, "signals").getItems().size() == 3);
        press(robot, "#reviewNow");
        waitUntil(() -> !robot.lookup("#planSave").queryAs(Button.class).isDisabled());
        press(robot, "#planSave");
        waitUntil(() -> "All changes saved".equals(text(robot, "#planSaveStatus")));
        robot.clickOn("History");
        waitFor(robot, "#revisions");
        ListView<?> revisions = robot.lookup("#revisions").queryAs(ListView.class);
        waitUntil(() -> revisions.getItems().size() == 2);
        assertThat(revisions.getItems().get(0).toString()).contains("Setup");
        assertThat(revisions.getItems().get(1).toString()).contains("Wendy Worker");
        robot.clickOn("#compare");
        ListView<?> newer = robot.lookup("#newer").queryAs(ListView.class);
        waitUntil(() -> !newer.getItems().isEmpty());
        List<String> changed = newer.getItems().stream().map(Object::toString).filter(l -> l.startsWith("*"))
                .toList();
        assertThat(changed).containsExactly("*Next review: 2026-11-29");
        assertThat(text(robot, "#newerTitle")).isEqualTo("Version saved by Wendy Worker");
        screenshot("plan-history");
    }

    private static void interact(Runnable action) {
        try {
            org.testfx.util.WaitForAsyncUtils.asyncFx(action).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
