package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseDetails;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

class CaseListScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            open.cases().create(new CaseDetails("HF-2026-014", "Family Öztürk", "Wendy Worker",
                    LocalDate.of(2026, 11, 20), "tr"));
            open.cases().create(new CaseDetails("HF-2026-031", "Family Jansen", "Wendy Worker",
                    LocalDate.of(2027, 2, 1), "nl"));
            open.demo().create();
        });
    }

    @SuppressWarnings("unchecked")
    private static TableView<CaseSummary> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @Test
    void theWorkerCreatesSearchesAndClosesCases(FxRobot robot) throws Exception {
        unlock(robot);
        TableView<CaseSummary> table = table(robot);
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(CaseSummary::reference)
                .as("soonest review first").containsExactly("HF-2026-014", "DEMO-001", "HF-2026-031");
        screenshot("case-list");

        robot.clickOn("#newCase");
        waitFor(robot, "#reference");
        robot.clickOn("#reference").write("HF-2026-031");
        robot.clickOn("#displayName").write("Family Haddad");
        screenshot("case-form-new");
        clickDialogButton(robot, "Save");
        waitFor(robot, "#referenceProblem");
        assertThat(text(robot, "#referenceProblem"))
                .isEqualTo("Another case already has this reference. Choose a different one.");
        robot.doubleClickOn("#reference").eraseText(20).write("HF-2026-040");
        assertThat(robot.lookup("#referenceProblem").query().isVisible()).isFalse();
        robot.clickOn("#nextReview").eraseText(12).write("2027-13-45");
        waitFor(robot, "#nextReviewProblem");
        assertThat(text(robot, "#nextReviewProblem")).startsWith("Type the date as year-month-day");
        screenshot("case-form-problem");
        robot.eraseText(10).write("2026-12-10");
        waitUntil(() -> !robot.lookup("#nextReviewProblem").query().isVisible());
        clickDialogButton(robot, "Save");
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(table.getItems()).extracting(CaseSummary::reference).contains("HF-2026-040");
        CaseSummary made = table.getItems().stream().filter(c -> c.reference().equals("HF-2026-040")).findFirst()
                .orElseThrow();
        assertThat(made.displayName()).isEqualTo("Family Haddad");
        assertThat(made.nextReview()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(made.responsibleWorker()).isEqualTo("Wendy Worker");

        robot.clickOn("#search").write("ozturk");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).displayName()).isEqualTo("Family Öztürk");
        robot.eraseText(6).write("HF-2026");
        waitUntil(() -> table.getItems().size() == 3);
        robot.eraseText(7).write("nobody like this");
        waitUntil(table.getItems()::isEmpty);
        assertThat(text(robot, "#emptyText")).startsWith("No case matches this search.");
        robot.eraseText(16);
        waitUntil(() -> table.getItems().size() == 4);

        robot.clickOn("Family Jansen");
        robot.clickOn("#closeCase");
        waitFor(robot, ".dialog-pane");
        screenshot("case-close-confirm");
        clickDialogButton(robot, "Cancel");
        assertThat(table.getItems()).extracting(CaseSummary::displayName).contains("Family Jansen");
        robot.clickOn("#closeCase");
        waitFor(robot, ".dialog-pane");
        clickDialogButton(robot, "Close case");
        waitUntil(() -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(CaseSummary::displayName).doesNotContain("Family Jansen");

        choose(robot, "#filter", "Closed cases");
        waitUntil(() -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).status()).isEqualTo(CaseStatus.CLOSED);
        robot.clickOn("Family Jansen");
        assertThat(robot.lookup("#closeCase").queryAs(Button.class).getText()).isEqualTo("Reopen case");
        robot.clickOn("#closeCase");
        waitUntil(table.getItems()::isEmpty);
        choose(robot, "#filter", "Open cases");
        waitUntil(() -> table.getItems().size() == 4);
        robot.type(KeyCode.ESCAPE);
    }
}
