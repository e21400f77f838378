package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.RiskRole;
import org.hearth.service.CaseDetails;
import org.hearth.service.HouseholdMember;
import org.hearth.service.OpenVault;
import org.hearth.service.PlanDraft;
import org.hearth.service.Vault;
import org.hearth.ui.plan.PlanEdits;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Two workers have the same case open; Maria saves the plan first. When Wendy saves, nothing is overwritten
 * silently: she sees what Maria changed and what she changed herself, and chooses.
 */
class SaveConflictScreenTest extends HearthUiTest {

    private long caseId;
    private OpenVault maria;

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> {
            caseId = open.cases().create(new CaseDetails("HF-2026-301", "Family Mertens", "Wendy Worker",
                    LocalDate.of(2027, 1, 15), "nl")).id();
            open.cases().saveHousehold(caseId, open.cases().open(caseId).version(), List.of(
                    new HouseholdMember(null, "Els Mertens", HouseholdRole.PARENT, 1985, null, null, null,
                            RiskRole.AT_RISK, 0)));
        });
    }

    @AfterEach
    void closeMaria() {
        if (maria != null) {
            maria.close();
        }
    }

    /** Wendy's unsaved change on screen, then Maria saves another change to the same plan from her own store. */
    private void bothChangeThePlan(FxRobot robot) throws Exception {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Mertens");
        waitFor(robot, "#people");
        robot.clickOn("Safety plan");
        waitFor(robot, "#signalsList");
        press(robot, "#ownRiskFactor");
        robot.write("Wendy's risk: debts");
        press(robot, "#addRiskFactor");
        waitUntil(() -> text(robot, "#planSaveStatus").equals("Unsaved changes"));

        maria = new Vault(folder, clock()).open(PASSPHRASE.toCharArray(), () -> "Maria Collega");
        PlanDraft hers = maria.plans().load(caseId);
        maria.plans().save(caseId, PlanEdits.riskFactors(hers, l -> PlanEdits.put(l, -1,
                new PlanDraft.RiskFactorItem(RiskFactorKind.OWN, "Maria's risk: a new partner", true))));

        press(robot, "#planSave");
        waitFor(robot, "#conflictIntro");
    }

    private static List<String> lines(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(ListView.class).getItems().stream().map(Object::toString).toList();
    }

    private List<String> ownRisksSaved() {
        return maria.plans().load(caseId).riskFactors().stream().filter(f -> f.kind() == RiskFactorKind.OWN)
                .map(PlanDraft.RiskFactorItem::ownText).toList();
    }

    @Test
    void theSecondSaveShowsWhoChangedWhatAndTakingTheirsDropsOnlyTheWorkersOwnChange(FxRobot robot)
            throws Exception {
        bothChangeThePlan(robot);
        assertThat(text(robot, "#conflictIntro")).contains("Maria Collega").contains("this safety plan");
        assertThat(lines(robot, "conflictTheirs")).containsExactly("+ Risk factors: Maria's risk: a new partner");
        assertThat(lines(robot, "conflictYours")).containsExactly("+ Risk factors: Wendy's risk: debts");
        screenshot("save-conflict");

        robot.clickOn("#conflictTakeTheirs");
        waitUntil(() -> text(robot, "#planSaveStatus").equals("All changes saved"));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.CheckBox c
                && "Maria's risk: a new partner".equals(c.getText())).tryQuery()).isPresent();
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.CheckBox c
                && "Wendy's risk: debts".equals(c.getText())).tryQuery()).isEmpty();
        assertThat(ownRisksSaved()).containsExactly("Maria's risk: a new partner");
    }

    @Test
    void keepingMineSavesTheWorkersVersionOverTheirsAndBothStayInTheHistory(FxRobot robot) throws Exception {
        bothChangeThePlan(robot);
        robot.clickOn("#conflictKeepMine");
        waitUntil(() -> text(robot, "#planSaveStatus").equals("All changes saved"));
        assertThat(ownRisksSaved()).containsExactly("Wendy's risk: debts");
        List<PlanDraft.Revision> history = maria.plans().history(caseId);
        assertThat(history).extracting(PlanDraft.Revision::worker).endsWith("Maria Collega", "Wendy Worker");
    }

    @Test
    void decidingLaterSavesNothingAndKeepsTheWorkersChangeOnScreen(FxRobot robot) throws Exception {
        bothChangeThePlan(robot);
        robot.clickOn("#conflictLater");
        waitUntil(() -> text(robot, "#planSaveStatus").startsWith("Not saved: someone else saved"));
        assertThat(robot.lookup(n -> n instanceof javafx.scene.control.CheckBox c
                && "Wendy's risk: debts".equals(c.getText())).tryQuery()).isPresent();
        assertThat(ownRisksSaved()).containsExactly("Maria's risk: a new partner");

        press(robot, "#planSave");
        waitFor(robot, "#conflictIntro");
        assertThat(lines(robot, "conflictYours")).containsExactly("+ Risk factors: Wendy's risk: debts");
        robot.clickOn("#conflictLater");
    }

    /** Wendy changes Els's phone on the Overview tab, unsaved. */
    private void wendyChangesThePhone(FxRobot robot) {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Mertens");
        waitFor(robot, "#people");
        robot.clickOn("Els Mertens");
        robot.clickOn("#phone").write("06 1234 5678");
        waitUntil(() -> text(robot, "#saveStatus").equals("Unsaved changes"));
    }

    @Test
    void aNewerPlanDoesNotStandInTheWayOfSavingTheHousehold(FxRobot robot) throws Exception {
        wendyChangesThePhone(robot);
        maria = new Vault(folder, clock()).open(PASSPHRASE.toCharArray(), () -> "Maria Collega");
        PlanDraft hers = maria.plans().load(caseId);
        maria.plans().save(caseId, PlanEdits.riskFactors(hers, l -> PlanEdits.put(l, -1,
                new PlanDraft.RiskFactorItem(RiskFactorKind.OWN, "Maria's risk: a new partner", true))));

        robot.clickOn("#save");
        waitUntil(() -> text(robot, "#saveStatus").equals("All changes saved"));
        assertThat(robot.lookup("#conflictIntro").tryQuery()).isEmpty();
        assertThat(maria.cases().open(caseId).household().get(0).phone()).isEqualTo("06 1234 5678");
        assertThat(ownRisksSaved()).containsExactly("Maria's risk: a new partner");
    }

    @Test
    void aNewerHouseholdIsShownAndTakingItShowsTheirNames(FxRobot robot) throws Exception {
        wendyChangesThePhone(robot);
        maria = new Vault(folder, clock()).open(PASSPHRASE.toCharArray(), () -> "Maria Collega");
        var theirs = maria.cases().open(caseId);
        HouseholdMember els = theirs.household().get(0);
        maria.cases().saveHousehold(caseId, theirs.version(), List.of(new HouseholdMember(els.id(),
                "Els Mertens-de Vries", els.role(), els.birthYear(), els.phone(), els.languages(), els.notes(),
                els.riskRole(), els.colour())));

        robot.clickOn("#save");
        waitFor(robot, "#conflictIntro");
        assertThat(text(robot, "#conflictIntro")).contains("Maria Collega").contains("this household");
        assertThat(lines(robot, "conflictTheirs")).containsExactly("+ Els Mertens-de Vries · Parent · 1985 · Is at risk",
                "− Els Mertens · Parent · 1985 · Is at risk");
        assertThat(lines(robot, "conflictYours")).containsExactly(
                "+ Els Mertens · Parent · 1985 · 06 1234 5678 · Is at risk", "− Els Mertens · Parent · 1985 · Is at risk");
        robot.clickOn("#conflictTakeTheirs");
        waitUntil(() -> text(robot, "#saveStatus").equals("All changes saved"));
        assertThat(robot.lookup("Els Mertens-de Vries").tryQuery()).isPresent();
        assertThat(maria.cases().open(caseId).household().get(0).phone()).isNull();
    }

    @Test
    void homeAgreementsSavedMeanwhileAreShownAndKeepingMineSavesMine(FxRobot robot) throws Exception {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Mertens");
        waitFor(robot, "#people");
        robot.clickOn("Home");
        waitFor(robot, "#respectRuleText");
        press(robot, "#respectRuleText");
        robot.write("We knock and wait for an answer.").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> text(robot, "#homeSaveStatus").equals("Unsaved changes"));

        maria = new Vault(folder, clock()).open(PASSPHRASE.toCharArray(), () -> "Maria Collega");
        org.hearth.service.HomeDraft d = maria.homes().load(caseId);
        maria.homes().save(caseId, new org.hearth.service.HomeDraft(d.agreementId(), d.version(), d.household(),
                d.rooms(), d.privateTimes(), d.activities(), List.of("Nobody shouts at the table."), d.timeOut(),
                d.timeOutUses(), d.planSignals()));

        press(robot, "#homeSave");
        waitFor(robot, "#conflictIntro");
        assertThat(text(robot, "#conflictIntro")).contains("Maria Collega").contains("these home agreements");
        assertThat(lines(robot, "conflictTheirs")).containsExactly("+ Respect rules: Nobody shouts at the table.");
        assertThat(lines(robot, "conflictYours")).containsExactly("+ Respect rules: We knock and wait for an answer.");
        robot.clickOn("#conflictKeepMine");
        waitUntil(() -> text(robot, "#homeSaveStatus").equals("All changes saved"));
        assertThat(maria.homes().load(caseId).respectRules()).containsExactly("We knock and wait for an answer.");
    }
}
