package org.hearth.ui.plan;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import org.hearth.service.Failures;
import org.hearth.service.PlanDraft;
import org.hearth.service.SafetyPlanService;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/**
 * The History tab: every saved version of the safety plan, who saved it and when; two versions side by side,
 * with the lines that differ marked.
 */
public final class PlanHistoryController {

    private final SafetyPlanService plans;
    private final Background background;
    private final Messages messages;
    private final long caseId;

    @FXML private ListView<PlanDraft.Revision> revisions;
    @FXML private Button compare;
    @FXML private ListView<String> older;
    @FXML private ListView<String> newer;
    @FXML private Label olderTitle;
    @FXML private Label newerTitle;
    @FXML private Label failure;

    public PlanHistoryController(SafetyPlanService plans, Background background, Messages messages, long caseId) {
        this.plans = plans;
        this.background = background;
        this.messages = messages;
        this.caseId = caseId;
    }

    public Parent view() {
        return Views.load(PlanHistoryController.class, "PlanHistoryView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
        revisions.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        revisions.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PlanDraft.Revision item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.format("history.revision", when.format(item.savedAt()),
                        item.worker()));
            }
        });
        Label empty = new Label(messages.get("history.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        revisions.setPlaceholder(empty);
        compare.disableProperty().bind(javafx.beans.binding.Bindings.size(
                revisions.getSelectionModel().getSelectedItems()).isNotEqualTo(2));
        for (ListView<String> side : List.of(older, newer)) {
            side.setCellFactory(list -> new ListCell<>() {
                @Override
                protected void updateItem(String line, boolean isEmpty) {
                    super.updateItem(line, isEmpty);
                    getStyleClass().remove("changed-line");
                    setText(isEmpty || line == null ? null : line.substring(1));
                    if (!isEmpty && line != null && line.charAt(0) == '*') {
                        getStyleClass().add("changed-line");
                    }
                }
            });
        }
        failure.visibleProperty().bind(failure.textProperty().isNotEmpty());
        failure.managedProperty().bind(failure.visibleProperty());
    }

    /** Loads the revisions; called when the tab is shown, so a save made meanwhile appears. */
    public void refresh() {
        background.run(() -> plans.history(caseId), list -> {
            revisions.getItems().setAll(list);
            if (list.size() >= 2) {
                revisions.getSelectionModel().clearSelection();
                revisions.getSelectionModel().selectIndices(list.size() - 2, list.size() - 1);
            }
        }, problem -> failure.setText(messages.get(Failures.messageKey(problem))));
    }

    @FXML
    private void compare() {
        List<PlanDraft.Revision> chosen = revisions.getSelectionModel().getSelectedItems().stream()
                .sorted(java.util.Comparator.comparingLong(PlanDraft.Revision::number)).toList();
        if (chosen.size() != 2) {
            return;
        }
        background.run(() -> List.of(plans.planAt(caseId, chosen.get(0).number()),
                plans.planAt(caseId, chosen.get(1).number())), texts -> {
            List<String> left = texts.get(0).lines().toList();
            List<String> right = texts.get(1).lines().toList();
            Set<String> leftSet = new HashSet<>(left);
            Set<String> rightSet = new HashSet<>(right);
            older.getItems().setAll(left.stream().map(l -> (rightSet.contains(l) ? " " : "*") + l).toList());
            newer.getItems().setAll(right.stream().map(l -> (leftSet.contains(l) ? " " : "*") + l).toList());
            olderTitle.setText(messages.format("history.version",
                    chosen.get(0).worker()));
            newerTitle.setText(messages.format("history.version", chosen.get(1).worker()));
        }, problem -> failure.setText(messages.get(Failures.messageKey(problem))));
    }
}
