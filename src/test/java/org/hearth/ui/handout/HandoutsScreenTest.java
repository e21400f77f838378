package org.hearth.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.domain.CaseSummary;
import org.hearth.ui.HearthUiTest;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A worker prints handouts for the demo family: the safety plan, then a member card for the neighbour in Dutch and
 * Arabic side by side, discreet; sees the variant and the preview change, saves it as PDF and finds it in the history.
 */
class HandoutsScreenTest extends HearthUiTest {

    @Start
    void start(Stage stage) throws Exception {
        start(stage, true, open -> open.demo().create());
    }

    private HandoutsController controller(FxRobot robot) {
        for (javafx.scene.Node n = robot.lookup("#handoutPageList").query(); n != null; n = n.getParent()) {
            Object found = n.getProperties().get(HandoutsController.class);
            if (found != null) {
                return (HandoutsController) found;
            }
        }
        throw new AssertionError("No Handouts tab");
    }

    private VBox pages(FxRobot robot) {
        return robot.lookup("#handoutPageList").queryAs(VBox.class);
    }

    private String variant(FxRobot robot) {
        return text(robot, "#handoutVariant");
    }

    @Test
    void theWorkerChoosesPreviewsSavesAndFindsItInTheHistory(FxRobot robot) throws Exception {
        unlock(robot);
        @SuppressWarnings("unchecked")
        TableView<CaseSummary> table = robot.lookup("#table").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 1);
        robot.doubleClickOn("Family Bakker (demo)");
        waitFor(robot, "#people");
        robot.clickOn("Handouts");
        waitFor(robot, "#handoutKind");
        // the family's language (Dutch) and the safety plan come first, plain
        waitUntil(() -> !pages(robot).getChildren().isEmpty() && !text(robot, "#handoutVariant").isEmpty());
        assertThat(variant(robot)).startsWith("Plain variant").contains("Mijn veiligheidsplan")
                .contains("Add your organisation in Settings");
        assertThat(text(robot, "#handoutNotReviewed")).contains("Nederlands");
        @SuppressWarnings("unchecked")
        ComboBox<String> language = robot.lookup("#handoutLanguage").queryAs(ComboBox.class);
        assertThat(language.getValue()).isEqualTo("nl");
        // who holds the chosen handout, and where it is kept
        assertThat(text(robot, "#handoutAudience")).startsWith("Sanne Bakker's own copy");
        screenshot("handouts-tab");

        choose(robot, "#handoutKind", "Card for a network member");
        waitUntil(() -> robot.lookup("#handoutFor").query().isVisible());
        choose(robot, "#handoutFor", "Fatima El Amrani");
        waitUntil(() -> variant(robot).contains("Jouw rol in het plan"));
        assertThat(text(robot, "#handoutAudience")).startsWith("This card goes to Fatima El Amrani's home");
        int plainPages = pages(robot).getChildren().size();
        assertThat(plainPages).isGreaterThanOrEqualTo(1);

        choose(robot, "#handoutSecondLanguage", "العربية (not yet checked by a native speaker)");
        press(robot, "#handoutDiscreet");
        assertThat(robot.lookup("#handoutDiscreet").queryAs(CheckBox.class).isSelected()).isTrue();
        waitUntil(() -> variant(robot).startsWith("Discreet variant") && variant(robot).contains("Onze afspraken"));
        assertThat(text(robot, "#handoutNotReviewed")).contains("العربية");
        assertThat(text(robot, "#handoutPages")).matches("\\d+ pages?");

        double before = controller(robot).zoom();
        press(robot, "#handoutZoomIn");
        assertThat(controller(robot).zoom()).isGreaterThan(before);
        assertEveryControlIsNamed(robot);
        screenshot("handouts-member-card-discreet");

        Path target = Files.createTempDirectory("hearth-handout-ui").resolve("card.pdf");
        WaitForAsyncUtils.asyncFx(() -> {
            controller(robot).setAskWhere(suggested -> {
                assertThat(suggested).isEqualTo("contacts.pdf");
                return Optional.of(target);
            });
            robot.lookup("#handoutSave").queryButton().fire();
        }).get();
        waitUntil(() -> Files.exists(target) && text(robot, "#handoutStatus").startsWith("Saved")
                || !text(robot, "#handoutFailure").isEmpty());
        assertThat(text(robot, "#handoutFailure")).isEmpty();
        String text;
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Onze afspraken").contains("Fatima El Amrani").contains("Did you water the plants?")
                .doesNotContain("The cat is sick").doesNotContain("codewoord").doesNotContain("veiligheidsplan");

        // no printer on this machine: Hearth says so plainly, and nothing is recorded
        press(robot, "#handoutPrint");
        waitUntil(() -> text(robot, "#handoutFailure").startsWith("No printer is set up"));

        // the network map with the picture drawn from the Network tab's own code, plain again
        press(robot, "#handoutDiscreet");
        choose(robot, "#handoutKind", "Network map with legend");
        waitUntil(() -> variant(robot).contains("Ons netwerk") && !robot.lookup("#handoutBusy").query().isVisible());
        screenshot("handouts-network-map");
        Path map = target.resolveSibling("map.pdf");
        WaitForAsyncUtils.asyncFx(() -> controller(robot).saveTo(map)).get();
        waitUntil(() -> Files.exists(map) && text(robot, "#handoutStatus").startsWith("Saved"));
        Files.copy(map, Path.of("target", "screenshots", "handout-network-map.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        robot.clickOn("History");
        @SuppressWarnings("unchecked")
        ListView<String> records = robot.lookup("#handoutRecords").queryAs(ListView.class);
        waitUntil(() -> records.getItems().size() == 2);
        assertThat(records.getItems().get(0)).contains("Network map with legend").contains("Nederlands + العربية")
                .doesNotContain("discreet");
        assertThat(records.getItems().get(1)).contains("Card for a network member").contains("Fatima El Amrani")
                .contains("Nederlands + العربية").contains("discreet").contains("saved as PDF")
                .doesNotContain("water the plants");
    }
}
