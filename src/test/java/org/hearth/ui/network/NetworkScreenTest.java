package org.hearth.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.Closeness;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskRole;
import org.hearth.service.CaseDetails;
import org.hearth.service.HouseholdMember;
import org.hearth.ui.HearthUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A worker draws the family's network with them: adds people, drags one to another ring, gives a role, marks someone
 * who must not know, undoes, saves, and finds it all again after locking.
 */
class NetworkScreenTest extends HearthUiTest {

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

    private void openNetwork(FxRobot robot, String family) {
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 2);
        robot.doubleClickOn(family);
        waitFor(robot, "#people");
        robot.clickOn("Network");
        waitFor(robot, "#networkCanvas");
    }

    private NetworkMap map(FxRobot robot) {
        return (NetworkMap) robot.lookup("#networkCanvas").query().getProperties().get(NetworkMap.class);
    }

    @SuppressWarnings("unchecked")
    private TableView<NetworkList.Row> rows(FxRobot robot) {
        return robot.lookup("#networkTable").queryAs(TableView.class);
    }

    private NetworkList.Row row(FxRobot robot, String name) {
        return rows(robot).getItems().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private boolean hasRow(FxRobot robot, String name) {
        return rows(robot).getItems().stream().anyMatch(r -> r.name().equals(name));
    }

    private Node node(FxRobot robot, String name) {
        String key = row(robot, name).key();
        return robot.lookup("#node-" + key).query();
    }

    private void type(FxRobot robot, String field, String text) {
        Node node = robot.lookup(n -> ("#" + field).equals("#" + n.getId()) && n.getScene() != stage.getScene())
                .query();
        try {
            WaitForAsyncUtils.asyncFx(node::requestFocus).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        robot.clickOn(node).write(text);
    }

    private void tickInDialog(FxRobot robot, String id) {
        Node box = robot.lookup(n -> n instanceof CheckBox && ("#" + id).equals("#" + n.getId())
                && n.getScene() != stage.getScene()).query();
        robot.clickOn(box);
    }

    private List<String> gaps(FxRobot robot) {
        VBox gaps = robot.lookup("#networkGaps").queryAs(VBox.class);
        return gaps.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }

    private void addPerson(FxRobot robot, String name, String phone, boolean consent) {
        press(robot, "#addPerson");
        waitFor(robot, "#relation");
        type(robot, "name", name);
        if (phone != null) {
            type(robot, "phone", phone);
        }
        if (consent) {
            tickInDialog(robot, "consent");
        }
        clickDialogButton(robot, "OK");
        waitUntil(() -> hasRow(robot, name));
    }

    private void chooseMenu(FxRobot robot, String menu, String itemId) {
        robot.clickOn(menu);
        MenuButton button = robot.lookup(menu).queryAs(MenuButton.class);
        var item = button.getItems().stream().filter(i -> itemId.equals(i.getId())).findFirst().orElseThrow();
        robot.clickOn(item.getText());
    }

    @Test
    void theWorkerDrawsTheNetworkAndFindsItAgainAfterLocking(FxRobot robot) throws Exception {
        unlock(robot);
        openNetwork(robot, "Family Haddad");
        assertThat(gaps(robot)).contains("No one outside the household receives a signal.",
                "Lina Haddad has no trusted adult outside the home.");

        addPerson(robot, "Amira (aunt)", "06 2222 3333", true);
        addPerson(robot, "Karim", null, false);
        assertThat(row(robot, "Amira (aunt)").closeness()).isEqualTo("Close");

        // double-click the outer ring in the neighbours' sector: the new person is a neighbour, further away
        NetworkLayout.Place neighbours = new NetworkLayout.Place(
                NetworkLayout.sectorStart(RelationKind.NEIGHBOURS) + NetworkLayout.sectorTurns() / 2, 3.5);
        Point2D there = WaitForAsyncUtils.asyncFx(() -> map(robot).screenPoint(neighbours)).get();
        robot.doubleClickOn(there);
        waitFor(robot, "#relation");
        type(robot, "name", "Mr. Visser");
        clickDialogButton(robot, "OK");
        waitUntil(() -> hasRow(robot, "Mr. Visser"));
        assertThat(row(robot, "Mr. Visser").kind()).isEqualTo("Neighbours");
        assertThat(row(robot, "Mr. Visser").closeness()).isEqualTo("Further away");

        // drag Amira into the inner ring of the friends' sector
        NetworkLayout.Place inner = new NetworkLayout.Place(
                NetworkLayout.sectorStart(RelationKind.FRIENDS) + NetworkLayout.sectorTurns() / 2, 1.45);
        Point2D target = WaitForAsyncUtils.asyncFx(() -> map(robot).screenPoint(inner)).get();
        robot.drag(node(robot, "Amira (aunt)")).moveTo(target).drop();
        waitUntil(() -> row(robot, "Amira (aunt)").closeness().equals("Very close"));
        assertThat(row(robot, "Amira (aunt)").kind()).isEqualTo("Friends");

        // a role given on the map: Amira checks in with Lina every week
        robot.clickOn(node(robot, "Amira (aunt)"));
        waitUntil(() -> text(robot, "#selectedName").equals("Amira (aunt)"));
        chooseMenu(robot, "#giveRole", "giveCheckIn");
        waitFor(robot, "#coverStory");
        choose(robot, "#person", "Lina Haddad");
        clickDialogButton(robot, "OK");
        waitUntil(() -> row(robot, "Amira (aunt)").roles().equals("Checks in"));
        assertThat(gaps(robot)).doesNotContain("Lina Haddad has no trusted adult outside the home.");
        assertThat(text(robot, "#activeCount")).isEqualTo("1 of 3 people around the family have a role in the plan.");

        // Amira and Maryam talk every day
        press(robot, "#connect");
        waitFor(robot, "#frequency");
        choose(robot, "#person", "Maryam Haddad");
        choose(robot, "#frequency", "daily");
        clickDialogButton(robot, "OK");
        waitUntil(() -> row(robot, "Amira (aunt)").inTouchWith().equals("Maryam Haddad (daily)"));
        assertThat(gaps(robot)).doesNotContain("No one outside the household is in daily contact with the family.");

        // Karim must not know: the map warns, and he cannot be given a role
        robot.clickOn(node(robot, "Karim"));
        waitUntil(() -> text(robot, "#selectedName").equals("Karim"));
        press(robot, "#editPerson");
        waitFor(robot, "#relation");
        tickInDialog(robot, "mustNotKnow");
        clickDialogButton(robot, "OK");
        waitUntil(() -> row(robot, "Karim").mustNotKnow().equals("Must not know"));
        waitFor(robot, "#mustNotKnowWarning");
        assertThat(text(robot, "#mustNotKnowWarning")).startsWith("Karim must not know about the plan");
        assertThat(gaps(robot)).contains("Karim must not know about the plan or the signals.");
        assertThat(robot.lookup("#giveRole").queryAs(MenuButton.class).isDisabled()).isTrue();
        screenshot("network-map-worker");

        // undo takes the mark away, redo brings it back
        press(robot, "#networkUndo");
        waitUntil(() -> row(robot, "Karim").mustNotKnow().isEmpty());
        press(robot, "#networkRedo");
        waitUntil(() -> row(robot, "Karim").mustNotKnow().equals("Must not know"));

        press(robot, "#networkSave");
        waitUntil(() -> text(robot, "#networkSaveStatus").equals("All changes saved"));

        // the same data in the safety plan: Amira's check-in is there
        robot.clickOn("Safety plan");
        waitFor(robot, "#checkInsList");
        assertThat(robot.lookup("#checkInsList").queryListView().getItems()).hasSize(1);

        robot.clickOn("#navLock");
        waitFor(robot, "#passphrase");
        unlock(robot);
        openNetwork(robot, "Family Haddad");
        robot.clickOn("#showList");
        waitUntil(() -> hasRow(robot, "Amira (aunt)"));
        NetworkList.Row amira = row(robot, "Amira (aunt)");
        assertThat(amira.closeness()).isEqualTo("Very close");
        assertThat(amira.kind()).isEqualTo("Friends");
        assertThat(amira.roles()).isEqualTo("Checks in");
        assertThat(amira.inTouchWith()).isEqualTo("Maryam Haddad (daily)");
        assertThat(row(robot, "Karim").mustNotKnow()).isEqualTo("Must not know");
        assertThat(row(robot, "Mr. Visser").kind()).isEqualTo("Neighbours");
        screenshot("network-list");
        assertEveryControlIsNamed(robot);
    }

    @Test
    void theDemoFamilysNetworkIsDrawnAndSavedAsAPicture(FxRobot robot) throws Exception {
        unlock(robot);
        openNetwork(robot, "Family Bakker (demo)");
        waitUntil(() -> hasRow(robot, "Ria de Wit"));
        assertThat(rows(robot).getItems()).hasSize(12);
        assertThat(text(robot, "#activeCount")).isEqualTo("5 of 12 people around the family have a role in the plan.");
        assertThat(gaps(robot)).containsExactly("Peter Bakker must not know about the plan or the signals.");
        // Peter is drawn with the must-not-know mark and no badges
        Node peter = node(robot, "Peter Bakker");
        assertThat(robot.from(peter).lookup(".map-must-not-know").tryQuery()).isPresent();
        assertThat(robot.from(peter).lookup(".map-badge").tryQuery()).isEmpty();
        assertThat(robot.from(node(robot, "Ria de Wit")).lookup(".map-badge").queryAll()).hasSize(3);
        robot.clickOn(node(robot, "Ria de Wit"));
        waitUntil(() -> text(robot, "#selectedName").equals("Ria de Wit"));
        screenshot("network-map");

        Path picture = home.resolve("network-map.png");
        var done = new java.util.concurrent.CountDownLatch(1);
        robot.interact(() -> controller(robot).exportTo(picture, done::countDown));
        assertThat(done.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        var image = javax.imageio.ImageIO.read(picture.toFile());
        assertThat(image.getWidth()).isGreaterThan(1500);
        assertThat(image.getHeight()).isEqualTo(image.getWidth());
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(picture, Path.of("target", "screenshots", "network-map-export.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var files = Files.list(home)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void theKeyboardReachesEveryPersonOnTheMap(FxRobot robot) {
        unlock(robot);
        openNetwork(robot, "Family Bakker (demo)");
        waitUntil(() -> hasRow(robot, "Ria de Wit"));
        robot.interact(() -> node(robot, "Fatima El Amrani").requestFocus());
        waitUntil(() -> text(robot, "#selectedName").equals("Fatima El Amrani"));
        robot.type(KeyCode.TAB);
        waitUntil(() -> !text(robot, "#selectedName").equals("Fatima El Amrani"));
        assertThat(Set.of("Ria de Wit", "Mrs. de Groot", "Lotte", "Joris Smit", "Coach Ahmed", "Dr. Visser",
                "Karin Mulder", "Esther Jansen", "Els", "Henk and Wil Bos", "Peter Bakker"))
                .contains(text(robot, "#selectedName"));
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#relation");
        clickDialogButton(robot, "Cancel");
    }

    private NetworkController controller(FxRobot robot) {
        return (NetworkController) robot.lookup("#networkArea").query().getProperties().get(NetworkController.class);
    }
}
