package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.service.Settings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** Settings → Database: choosing a team server, with the address checked at the field. */
class TeamServerSettingsTest extends HearthUiTest {

    private Path ca;

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> { });
        ca = Files.createFile(home.resolve("organisation-ca.crt"));
        window.useCaChooser(owner -> Optional.of(ca));
    }

    private Optional<String> kept() {
        return new Settings(folder.settingsFile()).teamServer();
    }

    @Test
    void aBadAddressIsRefusedAtTheFieldAndAGoodOneIsKept(FxRobot robot) throws Exception {
        unlock(robot);
        robot.clickOn("#navSettings");
        waitFor(robot, "#teamServerSection");
        assertThat(robot.lookup("#laptopChoice").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(robot.lookup("#caWarning").query().isVisible()).isFalse();
        // on the laptop's own file the backups and the passphrase stay
        assertThat(robot.lookup("#backupSection").tryQuery()).isPresent();

        press(robot, "#serverChoice");
        assertThat(robot.lookup("#serverAddressProblem").query().isVisible()).isFalse();
        press(robot, "#serverAddress");
        robot.write("http://db.example.org/hearth").type(KeyCode.ENTER);
        assertThat(text(robot, "#serverAddressProblem")).isEqualTo(
                "A server address starts with postgresql://, such as postgresql://db.example.org/hearth.");
        assertThat(kept()).isEmpty();

        robot.lookup("#serverAddress").queryAs(TextField.class);
        robot.doubleClickOn("#serverAddress").eraseText(40).write("postgresql://wendy:secret@db.example.org/hearth")
                .type(KeyCode.ENTER);
        assertThat(text(robot, "#serverAddressProblem")).startsWith("Leave your name and password out of the address");
        assertThat(kept()).isEmpty();

        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#serverAddress").queryAs(TextField.class)
                .setText("")).get();
        press(robot, "#serverAddress");
        robot.write("postgresql://db.example.org:6543/hearth").type(KeyCode.ENTER);
        waitUntil(() -> kept().isPresent());
        assertThat(kept()).contains("postgresql://db.example.org:6543/hearth");
        assertThat(robot.lookup("#serverAddressProblem").query().isVisible()).isFalse();
        waitFor(robot, "#serverSaved");
        assertThat(text(robot, "#serverSaved")).isEqualTo("Saved. Hearth signs in to the team server from the next start.");
        assertThat(robot.lookup("#caWarning").query().isVisible()).isTrue();
        assertThat(text(robot, "#caWarning")).contains("the server's identity is not checked");
        assertThat(text(robot, "#serverNote")).contains("next time you start Hearth");
        assertEveryControlIsNamed(robot);
        scrollToEnd(robot);
        screenshot("settings-team-server-no-ca");

        // a bad address typed after a good one: the good one stays kept
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#serverAddress").queryAs(TextField.class)
                .setText("postgresql://db.example.org:99999/hearth")).get();
        press(robot, "#serverAddress");
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#serverAddressProblem")).startsWith("The port after the server's name");
        assertThat(kept()).contains("postgresql://db.example.org:6543/hearth");
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#serverAddress").queryAs(TextField.class)
                .setText("postgresql://db.example.org:6543/hearth")).get();

        // the organisation's CA file: the server is then checked, and the warning goes
        press(robot, "#chooseCa");
        waitUntil(() -> kept().orElse("").contains("sslrootcert="));
        assertThat(org.hearth.service.TeamServer.at(kept().get(), CLOCK).caFile()).contains(ca.toAbsolutePath());
        assertThat(text(robot, "#caFile")).isEqualTo(ca.getFileName().toString());
        assertThat(robot.lookup("#caWarning").query().isVisible()).isFalse();
        scrollToEnd(robot);
        screenshot("settings-team-server");

        // back to the laptop
        press(robot, "#laptopChoice");
        waitUntil(() -> kept().isEmpty());
        assertThat(text(robot, "#serverSaved")).isEqualTo(
                "Saved. Hearth uses this laptop's encrypted file from the next start.");
    }

    /** Scrolls the settings page so that the Database section starts at the top. */
    private static void scrollToEnd(FxRobot robot) throws Exception {
        javafx.scene.Node section = robot.lookup("#teamServerSection").query();
        org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.scene.Node n = section.getParent(); n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane scroll) {
                    javafx.scene.Node content = scroll.getContent();
                    double top = content.sceneToLocal(section.localToScene(0, 0)).getY() - 16;
                    double room = content.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
                    scroll.setVvalue(Math.max(0, Math.min(1, top / room)));
                    return;
                }
            }
        }).get();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
