package org.hearth.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.hearth.domain.OperatingSystem;
import org.hearth.ui.HearthUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The real window as a Mac shows it, on any machine: the Hearth menu first, and the lock named with Cmd. */
class MacWindowTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> { });
    }

    @Override
    protected OperatingSystem operatingSystem() {
        return OperatingSystem.MACOS;
    }

    @Test
    void theHearthMenuOpensSettingsAndAboutAndTheLockButtonNamesCmdL(FxRobot robot) throws Exception {
        unlockToToday(robot);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.isUseSystemMenuBar()).isTrue();
        Menu hearth = bar.getMenus().get(0);
        assertThat(hearth.getText()).isEqualTo("Hearth");
        assertThat(robot.lookup("#navLock").queryAs(Button.class).getTooltip().getText())
                .isEqualTo("Lock Hearth now (⌘L)");

        robot.clickOn("Hearth");
        waitFor(robot, "Quit Hearth");
        screenshot("menus-mac");
        Platform.runLater(hearth::hide);
        Platform.runLater(() -> entry(hearth, "Settings…").fire());
        waitFor(robot, "#language");

        Platform.runLater(() -> entry(hearth, "About Hearth").fire());
        DialogPane about = waitFor(robot, ".dialog-pane");
        assertThat(about.getContentText()).startsWith("Hearth development version")
                .contains("kept encrypted on this computer");
        robot.clickOn("OK");
    }

    private static MenuItem entry(Menu menu, String text) {
        return menu.getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }
}
