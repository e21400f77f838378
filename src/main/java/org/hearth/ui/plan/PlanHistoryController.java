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
 * The History tab: every saved version of the safety plan and of the home agreements, who saved it and when; two
 * versions side by side, with the lines that differ marked.
 */
public final class PlanHistoryController {

    private final SafetyPlanService plans;
    private final org.hearth.service.HomeAgreementService homes;
    private final Background background;
    private final Messages messages;
    private final long caseId;

    /** One saved change: when, by whom, and which parts of the case it saved (safety plan, home agreements). */
    record Entry(long number, java.time.Instant savedAt, String worker, List<String> parts) {
    }

    @FXML private ListView<Entry> revisions;
    @FXML private Button compare;
    @FXML private ListView<String> older;
    @FXML private ListView<String> newer;
    @FXML private Label olderTitle;
    @FXML private Label newerTitle;
    @FXML private Label failure;

    public PlanHistoryController(SafetyPlanService plans, Background background, Messages messages, long caseId) {
        this(plans, null, background, messages, caseId);
    }

    /** The history of the safety plan and, when {@code homes} is given, of the home agreements too. */
    public PlanHistoryController(SafetyPlanService plans, org.hearth.service.HomeAgreementService homes,
                                 Background background, Messages messages, long caseId) {
        this.plans = plans;
        this.homes = homes;
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
            protected void updateItem(Entry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.format("history.revisionOf",
                        when.format(item.savedAt()), item.worker(), String.join(", ", item.parts().stream()
                                .map(part -> messages.get("history.part." + part)).toList())));
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
        background.run(this::entries, list -> {
            revisions.getItems().setAll(list);
            if (list.size() >= 2) {
                revisions.getSelectionModel().clearSelection();
                revisions.getSelectionModel().selectIndices(list.size() - 2, list.size() - 1);
            }
        }, problem -> failure.setText(messages.get(Failures.messageKey(problem))));
    }

    /** The saves of the plan and of the home agreements, oldest first; runs in the background. */
    private List<Entry> entries() {
        java.util.Map<Long, Entry> byNumber = new java.util.TreeMap<>();
        for (PlanDraft.Revision r : plans.history(caseId)) {
            byNumber.put(r.number(), new Entry(r.number(), r.savedAt(), r.worker(), List.of("plan")));
        }
        if (homes != null) {
            for (org.hearth.service.HomeDraft.Revision r : homes.history(caseId)) {
                Entry plan = byNumber.get(r.number());
                byNumber.put(r.number(), plan == null ? new Entry(r.number(), r.savedAt(), r.worker(), List.of("home"))
                        : new Entry(r.number(), r.savedAt(), r.worker(), List.of("plan", "home")));
            }
        }
        return List.copyOf(byNumber.values());
    }

    /** The case's plan and home agreements at a revision as lines of text; runs in the background. */
    private String textAt(long revision, boolean hasPlan) {
        String plan = hasPlan ? plans.planAt(caseId, revision) : "";
        String home = homes == null ? "" : homes.homeAt(caseId, revision);
        return plan.isEmpty() ? home : home.isEmpty() ? plan : plan + "\n" + home;
    }

    @FXML
    private void compare() {
        List<Entry> chosen = revisions.getSelectionModel().getSelectedItems().stream()
                .sorted(java.util.Comparator.comparingLong(Entry::number)).toList();
        if (chosen.size() != 2) {
            return;
        }
        background.run(() -> {
            boolean hasPlan = !plans.history(caseId).isEmpty();
            return List.of(textAt(chosen.get(0).number(), hasPlan), textAt(chosen.get(1).number(), hasPlan));
        }, texts -> {
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
