package org.hearth.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.store.DataFolder;
import org.hearth.store.FailingDisk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The disk fails while the worker saves the household. The worker reads a plain message, what
 * they typed stays in the field and unsaved, and once the disk works Ctrl+S saves it, without locking first.
 */
class SaveOnAFailingDiskTest extends HearthUiTest {

    private static final String TYPED = "Call after 19:00 — مرحبا 🌱 שלום 👩🏽‍👧🏽";

    @Start
    void start(Stage stage) throws Exception {
        FailingDisk.install();
        start(stage, true, open -> open.demo().create());
    }

    @Override
    protected DataFolder dataFolder(Path home) {
        return new DataFolder(home).reachedThrough(FailingDisk.SCHEME);
    }

    @AfterEach
    void heal() {
        FailingDisk.heal();
    }

    @Test
    void aSaveOnAFullDiskKeepsWhatWasTypedAndSucceedsOnceTheDiskWorks(FxRobot robot) throws Exception {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        TextArea notes = robot.lookup("#notes").queryAs(TextArea.class);
        robot.interact(() -> notes.setText(""));
        robot.clickOn("#notes").write(TYPED);
        waitUntil(() -> "Unsaved changes".equals(text(robot, "#saveStatus")));

        FailingDisk.failAfter(0);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        String cannotSave = "The disk is full, so nothing was saved. Free some space (empty the recycle bin, remove large"
                + " files), then try again.";
        waitUntil(() -> cannotSave.equals(text(robot, "#saveStatus")));
        assertThat(FailingDisk.failures()).isPositive();
        assertThat(notes.getText()).isEqualTo(TYPED);
        assertThat(robot.lookup("#save").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(stage.getTitle()).isEqualTo("Hearth");
        screenshot("household-save-failed");

        FailingDisk.heal();
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> "All changes saved".equals(text(robot, "#saveStatus")));

        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitFor(robot, "#passphrase");
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> again = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> again.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        assertThat(robot.lookup("#notes").queryAs(TextArea.class).getText()).isEqualTo(TYPED);
    }
}
