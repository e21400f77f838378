package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.service.CaseDetails;
import org.hearth.service.OpenVault;
import org.hearth.service.Settings;
import org.hearth.service.TeamServer;
import org.hearth.service.Vault;
import org.hearth.store.TestPostgres;
import org.hearth.ui.shell.DatabaseMode;
import org.hearth.ui.shell.HearthWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Hearth on a team server, against a real PostgreSQL server (skipped without one): signing in, and
 * sharing a case with a colleague who then sees it.
 */
class TeamServerScreenTest extends HearthUiTest {

    private TestPostgres db;
    private String wendy;
    private String colin;
    private CaseSummary visser;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        db = TestPostgres.freshDatabase();
        wendy = db.worker("wendy", false);
        colin = db.worker("colin", false);
        TeamServer server = new TeamServer(db.address(), CLOCK);
        try (OpenVault open = server.signIn(wendy, db.password(wendy), () -> wendy)) {
            visser = open.cases().create(new CaseDetails("HF-2026-411", "Family Visser", "Wendy", null, null));
        }
        home = Files.createTempDirectory("hearth-ui-");
        folder = new org.hearth.store.DataFolder(home);
        Settings settings = new Settings(folder.settingsFile());
        settings.setLanguage(java.util.Locale.ENGLISH);
        background = new Background();
        window = new HearthWindow(stage, new Vault(folder, CLOCK), settings, CLOCK, background,
                CompletableFuture.completedFuture(null),
                DatabaseMode.decide(db.address().toString(), java.util.Optional.empty(), CLOCK));
        window.show();
    }

    private void signIn(FxRobot robot, String name, char[] password) {
        robot.clickOn("#signInName").write(name);
        robot.clickOn("#password").write(new String(password)).type(KeyCode.ENTER);
    }

    @Test
    void aWrongPasswordSaysSoAtTheFieldAndTheRightOneOpensTheCases(FxRobot robot) throws Exception {
        waitFor(robot, "#signInScreen");
        assertThat(text(robot, "#title")).isEqualTo("Sign in to your team server");
        assertThat(text(robot, "#serverName")).isEqualTo("Server: " + db.address().host() + ":" + db.address().port()
                + "/" + db.address().database());
        assertThat(text(robot, "#serverIdentity")).startsWith("The server's identity is checked");
        assertThat(robot.lookup("#forgot").tryQuery()).as("no forgotten passphrase on a server").isEmpty();
        assertEveryControlIsNamed(robot);

        signIn(robot, wendy, "not her password".toCharArray());
        waitFor(robot, "#failure");
        assertThat(text(robot, "#failure")).isEqualTo(new Messages(java.util.Locale.ENGLISH).get("error.wrongSignIn"));
        assertThat(robot.lookup("#password").queryAs(PasswordField.class).getText()).isEmpty();
        // the message stands right under the password field
        Node password = robot.lookup("#password").query();
        Node failure = robot.lookup("#failure").query();
        assertThat(failure.getParent()).isSameAs(password.getParent());
        assertThat(stage.getTitle()).isEqualTo("Hearth");
        screenshot("team-sign-in");

        robot.clickOn("#password").write(new String(db.password(wendy))).type(KeyCode.ENTER);
        waitFor(robot, "#navCases");
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1);
        assertThat(((CaseSummary) robot.lookup("#table").queryAs(TableView.class).getItems().get(0)).reference())
                .isEqualTo("HF-2026-411");

        // on a server: no backups and no passphrase in Settings, the Database section is there
        robot.clickOn("#navSettings");
        waitFor(robot, "#teamServerSection");
        assertThat(robot.lookup("#backupSection").tryQuery()).isEmpty();
        assertThat(robot.lookup("#securitySection").tryQuery()).isEmpty();

        // the lock screen asks the server for the password; the work stays open behind it
        robot.clickOn("#navLock");
        waitFor(robot, "#lockScreen");
        assertThat(text(robot, "#lockIntro")).contains(wendy).contains("team server password");
        robot.clickOn("#passphrase").write("wrong").type(KeyCode.ENTER);
        waitUntil(() -> !text(robot, "#failure").isEmpty());
        assertThat(text(robot, "#failure")).isEqualTo(new Messages(java.util.Locale.ENGLISH).get("error.wrongSignIn"));
        robot.clickOn("#passphrase").write(new String(db.password(wendy))).type(KeyCode.ENTER);
        waitFor(robot, "#teamServerSection");
        assertThat(window.isLocked()).isFalse();
        assertThat(new Settings(folder.settingsFile()).lastSignInName()).as("offered at the next start")
                .contains(wendy);
    }

    @Test
    void theShareDialogSharesACaseAndTheColleagueThenSeesIt(FxRobot robot) throws Exception {
        TeamServer server = new TeamServer(db.address(), CLOCK);
        try (OpenVault open = server.signIn(colin, db.password(colin), () -> colin)) {
            assertThat(open.cases().cases()).as("not shared yet").isEmpty();
        }
        waitFor(robot, "#signInScreen");
        signIn(robot, wendy, db.password(wendy));
        waitFor(robot, "#navCases");
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1);
        robot.doubleClickOn("Family Visser");
        waitFor(robot, "#share");
        assertThat(text(robot, "#share")).isEqualTo("Share case\u2026");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.H).release(KeyCode.H, KeyCode.SHIFT, KeyCode.CONTROL);
        waitFor(robot, "#shareDialog");
        waitFor(robot, "#sharedWithNobody");
        assertEveryControlIsNamed(robot);
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#colleagues")
                .queryAs(javafx.scene.control.ComboBox.class).setValue(colin)).get();
        robot.clickOn("#shareWith");
        waitUntil(() -> text(robot, "#shareStatus").equals("Shared with " + colin + "."));
        waitUntil(() -> robot.lookup("#sharedWith .label").queryAll().stream()
                .anyMatch(n -> colin.equals(((Labeled) n).getText())));
        screenshot("share-dialog");

        try (OpenVault open = server.signIn(colin, db.password(colin), () -> colin)) {
            assertThat(open.cases().cases()).extracting(CaseSummary::reference).containsExactly("HF-2026-411");
        }

        // stop sharing again: the colleague no longer sees it
        robot.clickOn("Stop sharing");
        waitUntil(() -> text(robot, "#shareStatus").equals("No longer shared with " + colin + "."));
        try (OpenVault open = server.signIn(colin, db.password(colin), () -> colin)) {
            assertThat(open.cases().cases()).isEmpty();
        }
    }

    @Test
    void aCaseNotOneOwnCannotBeSharedByAColleagueAndTheDialogSaysSo(FxRobot robot) throws Exception {
        // Colin gets the case shared; he may work on it but not share it further: the server refuses
        TeamServer server = new TeamServer(db.address(), CLOCK);
        try (OpenVault open = server.signIn(wendy, db.password(wendy), () -> wendy)) {
            open.sharing().share(visser.id(), colin);
        }
        String third = db.worker("tessa", false);
        waitFor(robot, "#signInScreen");
        signIn(robot, colin, db.password(colin));
        waitFor(robot, "#navCases");
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1);
        robot.doubleClickOn("Family Visser");
        waitFor(robot, "#share");
        robot.clickOn("#share");
        waitFor(robot, "#shareDialog");
        waitUntil(() -> robot.lookup("#colleagues").queryAs(javafx.scene.control.ComboBox.class).getItems()
                .contains(third));
        // the server lists every worker who may sign in to it (test roles of other classes too): pick directly
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#colleagues")
                .queryAs(javafx.scene.control.ComboBox.class).setValue(third)).get();
        robot.clickOn("#shareWith");
        waitUntil(() -> !text(robot, "#shareStatus").isEmpty());
        assertThat(text(robot, "#shareStatus")).isEqualTo(new Messages(java.util.Locale.ENGLISH)
                .get("share.notAllowed"));
        screenshot("share-dialog-refused");
    }

    @Test
    void aColleaguesNewerSaveIsShownWithTheirRealNameAndKeepingMineSavesMine(FxRobot robot) throws Exception {
        TeamServer server = new TeamServer(db.address(), CLOCK);
        try (OpenVault open = server.signIn(wendy, db.password(wendy), () -> wendy)) {
            open.sharing().share(visser.id(), colin);
        }
        waitFor(robot, "#signInScreen");
        signIn(robot, wendy, db.password(wendy));
        waitFor(robot, "#navCases");
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
        waitUntil(() -> robot.lookup("#table").queryAs(TableView.class).getItems().size() == 1);
        robot.doubleClickOn("Family Visser");
        waitFor(robot, "#share");
        robot.clickOn("Safety plan");
        waitFor(robot, "#signalsList");
        press(robot, "#ownRiskFactor");
        robot.write("Wendy's risk: debts");
        press(robot, "#addRiskFactor");
        waitUntil(() -> text(robot, "#planSaveStatus").equals("Unsaved changes"));

        // Colin, on his own laptop, saves the same plan first; his laptop claims another name
        try (OpenVault his = server.signIn(colin, db.password(colin), () -> "Not Colin")) {
            org.hearth.service.PlanDraft plan = his.plans().load(visser.id());
            his.plans().save(visser.id(), org.hearth.ui.plan.PlanEdits.riskFactors(plan,
                    l -> org.hearth.ui.plan.PlanEdits.put(l, -1, new org.hearth.service.PlanDraft.RiskFactorItem(
                            org.hearth.domain.RiskFactorKind.OWN, "Colin's risk: a new partner", true))));
        }
        press(robot, "#planSave");
        waitFor(robot, "#conflictIntro");
        assertThat(text(robot, "#conflictIntro")).contains(colin).doesNotContain("Not Colin");
        assertThat(robot.lookup("#conflictTheirs").queryAs(javafx.scene.control.ListView.class).getItems())
                .extracting(Object::toString).containsExactly("+ Risk factors: Colin's risk: a new partner");

        robot.clickOn("#conflictKeepMine");
        waitUntil(() -> text(robot, "#planSaveStatus").equals("All changes saved"));
        try (OpenVault his = server.signIn(colin, db.password(colin), () -> colin)) {
            assertThat(his.plans().load(visser.id()).riskFactors()).extracting(
                    org.hearth.service.PlanDraft.RiskFactorItem::ownText).contains("Wendy's risk: debts")
                    .doesNotContain("Colin's risk: a new partner");
            assertThat(his.plans().history(visser.id())).extracting(org.hearth.service.PlanDraft.Revision::worker)
                    .endsWith(colin, wendy);
        }
    }
}
