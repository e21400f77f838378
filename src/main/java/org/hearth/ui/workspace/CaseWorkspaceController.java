package org.hearth.ui.workspace;

import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CaseSummary;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;
import org.hearth.ui.household.HouseholdController;
import org.hearth.ui.household.HouseholdViewModel;

/** An open case: a header with reference, name, status and next review, and a tab per part of the work. */
public final class CaseWorkspaceController {

    private final CaseSummary summary;
    private final HouseholdViewModel household;
    private final HouseholdController householdView;
    private final Messages messages;
    private final DialogService dialogs;
    private final Runnable onClose;
    private final org.hearth.ui.followup.FollowUpController followUp;
    private final WorkspaceTab firstTab;

    @FXML private Label reference;
    @FXML private Label displayName;
    @FXML private Label status;
    @FXML private Label nextReview;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private Tab overview;
    @FXML private Tab followUpTab;

    /** The tabs of a case workspace, so a case can be opened at the right place. */
    public enum WorkspaceTab { OVERVIEW, FOLLOW_UP }

    public CaseWorkspaceController(CaseSummary summary, HouseholdViewModel household,
                                   org.hearth.ui.followup.FollowUpController followUp, WorkspaceTab firstTab,
                                   Messages messages, DialogService dialogs, Runnable onClose) {
        this.followUp = followUp;
        this.firstTab = firstTab;
        this.summary = summary;
        this.household = household;
        this.householdView = new HouseholdController(household, messages);
        this.messages = messages;
        this.dialogs = dialogs;
        this.onClose = onClose;
    }

    public Parent view() {
        return Views.load(CaseWorkspaceController.class, "CaseWorkspaceView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        reference.setText(summary.reference());
        displayName.setText(summary.displayName());
        status.setText(messages.of("status", summary.status()));
        status.getStyleClass().add(summary.status() == CaseStatus.OPEN ? "status-open" : "status-closed");
        nextReview.setText(summary.nextReview() == null ? messages.get("workspace.noReview")
                : messages.format("workspace.nextReview", messages.date(summary.nextReview())));
        overview.setContent(householdView.view());
        followUpTab.setContent(followUp.view());
        if (firstTab == WorkspaceTab.FOLLOW_UP) {
            tabs.getSelectionModel().select(followUpTab);
        }
    }

    /** Saves the work on the current tab. */
    public void save() {
        householdView.save();
    }

    public void undo() {
        householdView.undo();
    }

    public void redo() {
        householdView.redo();
    }

    /**
     * Asks what to do with unsaved changes before the case is closed; true when the case may close now
     * (saving happens first when the worker chose to save).
     */
    public boolean mayClose(Runnable afterSave) {
        if (!household.dirty().get()) {
            return true;
        }
        var answer = dialogs.askToSave(messages.get("unsaved.question"));
        if (answer.isEmpty()) {
            return false;
        }
        if (answer.get()) {
            if (!household.valid().get()) {
                return false;
            }
            household.save(afterSave);
            return false;
        }
        return true;
    }

    @FXML
    private void close() {
        if (mayClose(onClose)) {
            onClose.run();
        }
    }
}
