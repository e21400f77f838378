package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.hearth.service.OpenVault;
import org.hearth.service.Settings;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.hearth.ui.shell.HearthWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real Hearth window on a real encrypted database in a temporary folder, headless. */
@ExtendWith(ApplicationExtension.class)
public abstract class HearthUiTest {

    public static final String PASSPHRASE = "blue kettle on the stove";
    public static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(9, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);

    protected Path home;
    protected DataFolder folder;
    protected Stage stage;
    protected HearthWindow window;
    protected Background background;

    /** Starts Hearth; when {@code existing} is true, a database (with the given cases made by the setup) exists. */
    protected void start(Stage stage, boolean existing, VaultSetup setup) throws Exception {
        this.stage = stage;
        home = Files.createTempDirectory("hearth-ui-");
        folder = dataFolder(home);
        Settings settings = new Settings(folder.settingsFile());
        settings.setLanguage(java.util.Locale.ENGLISH);
        settings.setWorkerName("Wendy Worker");
        if (existing) {
            try (OpenVault open = recoveryKey() == null
                    ? new Vault(folder, clock()).create(PASSPHRASE.toCharArray(), () -> "Setup")
                    : new Vault(folder, clock()).create(PASSPHRASE.toCharArray(), recoveryKey(), () -> "Setup")) {
                setup.fill(open);
            }
        }
        background = new Background();
        window = new HearthWindow(stage, new Vault(folder, clock()), settings, clock(), background,
                CompletableFuture.completedFuture(null), databaseMode(), operatingSystem());
        window.show();
    }

    /** Where the cases are in this test: this laptop's file unless a test says otherwise. */
    protected org.hearth.ui.shell.DatabaseMode databaseMode() {
        return org.hearth.ui.shell.DatabaseMode.laptop();
    }

    /** The system whose menus and shortcut names the window shows: this machine's unless a test says otherwise. */
    protected org.hearth.domain.OperatingSystem operatingSystem() {
        return org.hearth.domain.OperatingSystem.current();
    }

    /** The recovery key the existing database is made with; none unless a test says so. */
    protected org.hearth.domain.RecoveryKey recoveryKey() {
        return null;
    }

    /** The data folder Hearth uses in this test (a test may reach its database through a failing disk). */
    protected DataFolder dataFolder(Path home) {
        return new DataFolder(home);
    }

    /** The clock Hearth runs on in this test. */
    protected Clock clock() {
        return CLOCK;
    }

    protected interface VaultSetup {
        void fill(OpenVault open) throws Exception;
    }

    @AfterEach
    void stopBackground() {
        if (background != null) {
            background.close();
        }
    }

    /** Waits until a node matching the query is showing. */
    protected static <T extends Node> T waitFor(FxRobot robot, String query) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                    () -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("Nothing showed up for " + query, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    protected static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("The condition did not come true in time", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Opens a drop-down (ComboBox or ChoiceBox) and picks the entry with this text from its popup. */
    protected void choose(FxRobot robot, String control, String entry) {
        for (int attempt = 0; attempt < 3 && popupEntry(robot, entry) == null; attempt++) {
            robot.clickOn(control);
            try {
                WaitForAsyncUtils.waitFor(2, java.util.concurrent.TimeUnit.SECONDS,
                        () -> popupEntry(robot, entry) != null);
            } catch (java.util.concurrent.TimeoutException e) {
                // the first click after a screen change can be taken by the window; click again
            }
        }
        Node found = popupEntry(robot, entry);
        assertThat(found).as("entry %s in the drop-down %s", entry, control).isNotNull();
        robot.clickOn(found);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node popupEntry(FxRobot robot, String entry) {
        return robot.lookup(n -> n.getScene() != stage.getScene() && n.isVisible()
                && ((n instanceof javafx.scene.control.ListCell<?> cell && entry.equals(cell.getText()))
                || (n.getStyleClass().contains("menu-item") && n.lookup(".label") instanceof Labeled l
                && entry.equals(l.getText())))).tryQuery().orElse(null);
    }

    /** Clicks a control on a scrolling page: it gets the focus first, which scrolls it into view. */
    protected static void press(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        try {
            WaitForAsyncUtils.asyncFx(node::requestFocus).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node);
    }

    /** Clicks the dialog button with this text once it can be clicked. */
    protected static void clickDialogButton(FxRobot robot, String label) {
        waitUntil(() -> robot.lookup(".dialog-pane .button").queryAll().stream()
                .anyMatch(b -> label.equals(((Labeled) b).getText()) && !b.isDisabled() && b.isVisible()));
        robot.clickOn((Node) robot.lookup(".dialog-pane .button").match(b -> label.equals(((Labeled) b).getText()))
                .query());
    }

    /**
     * Every control a worker can reach must have a name a screen reader can say: its own text, an accessible
     * text, or a label pointing at it.
     */
    protected static void assertEveryControlIsNamed(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Set<Node> labelled = new java.util.HashSet<>();
        robot.lookup(".label").queryAll().forEach(n -> {
            if (n instanceof javafx.scene.control.Label label && label.getLabelFor() != null) {
                labelled.add(label.getLabelFor());
            }
        });
        java.util.List<String> unnamed = new java.util.ArrayList<>();
        for (Node node : robot.lookup(n -> n instanceof javafx.scene.control.Control && n.isVisible()
                && !(n instanceof javafx.scene.control.Label) && !(n instanceof javafx.scene.control.ScrollBar)
                && !(n instanceof javafx.scene.control.ScrollPane) && !(n instanceof javafx.scene.control.TabPane)
                && !(n instanceof javafx.scene.control.MenuBar) && !(n instanceof javafx.scene.control.ButtonBar) && !(n instanceof javafx.scene.control.ListCell)
                && !(n instanceof javafx.scene.control.TableCell) && !(n instanceof javafx.scene.control.TableRow)
                && !(n instanceof javafx.scene.control.ProgressIndicator) && !(n instanceof javafx.scene.control.Separator)
                && !n.getStyleClass().contains("column-header") && isOwnControl(n)).queryAll()) {
            boolean named = (node.getAccessibleText() != null && !node.getAccessibleText().isBlank())
                    || labelled.contains(node)
                    || (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank());
            if (!named) {
                unnamed.add(node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()));
            }
        }
        assertThat(unnamed).as("controls without a name for screen readers").isEmpty();
    }

    /** Skips the inner parts of composite controls (a DatePicker's text field, a ComboBox's list). */
    private static boolean isOwnControl(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof javafx.scene.control.ComboBoxBase || parent instanceof javafx.scene.control.Spinner
                    || parent instanceof javafx.scene.control.TableView || parent instanceof javafx.scene.control.ListView
                    || parent instanceof javafx.scene.control.ChoiceBox) {
                return false;
            }
        }
        return true;
    }

    protected static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    /**
     * Unlocks with the test passphrase and goes to the case list: from Today at the first unlock, or from wherever
     * the worker was when Hearth locked (the lock keeps the open work).
     */
    protected void unlock(FxRobot robot) {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        waitFor(robot, "#navCases");
        robot.clickOn("#navCases");
        waitFor(robot, "#search");
    }

    /** Unlocks with the test passphrase and waits for the Today screen, the first screen after unlocking. */
    protected void unlockToToday(FxRobot robot) {
        robot.clickOn("#passphrase").write(PASSPHRASE).type(javafx.scene.input.KeyCode.ENTER);
        waitFor(robot, "#items");
    }

    /** Saves a picture of the whole window as a worker would see it, for looking at and for the README. */
    protected void screenshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var showing = javafx.stage.Window.getWindows().filtered(javafx.stage.Window::isShowing);
        Scene scene = showing.isEmpty() ? stage.getScene() : showing.get(showing.size() - 1).getScene();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", target.toFile());
        assertThat(Files.size(target)).isGreaterThan(1000);
    }
}
