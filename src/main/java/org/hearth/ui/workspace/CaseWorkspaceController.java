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
    private final org.hearth.ui.plan.PlanViewModel plan;
    private final org.hearth.ui.plan.PlanController planView;
    private final org.hearth.ui.plan.PlanHistoryController history;
    private final org.hearth.ui.home.HomeViewModel home;
    private final org.hearth.ui.home.HomeController homeView;
    private final org.hearth.ui.network.NetworkController network;
    private final org.hearth.ui.handout.HandoutsController handouts;
    private final org.hearth.ui.handout.HandoutRecordsList handoutRecords;
    /** This case's code words, masked until revealed; a new case (or reopening) starts masked. */
    private final org.hearth.ui.control.CodeWordMask codeWords = new org.hearth.ui.control.CodeWordMask();

    @FXML private javafx.scene.control.Button share;
    private Runnable onShare;
    @FXML private Label reference;
    @FXML private Label displayName;
    @FXML private Label status;
    @FXML private Label nextReview;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private Tab overview;
    @FXML private Tab followUpTab;
    @FXML private Tab planTab;
    @FXML private Tab homeTab;
    @FXML private Tab networkTab;
    @FXML private Tab historyTab;
    @FXML private Tab handoutsTab;

    /** The tabs of a case workspace, so a case can be opened at the right place. */
    public enum WorkspaceTab { OVERVIEW, NETWORK, PLAN, HOME, FOLLOW_UP, HANDOUTS, HISTORY }

    public CaseWorkspaceController(CaseSummary summary, HouseholdViewModel household,
                                   org.hearth.ui.plan.PlanViewModel plan,
                                   org.hearth.ui.home.HomeViewModel home,
                                   org.hearth.ui.plan.PlanHistoryController history,
                                   org.hearth.ui.followup.FollowUpController followUp,
                                   org.hearth.ui.handout.HandoutsController handouts,
                                   org.hearth.ui.handout.HandoutRecordsList handoutRecords, WorkspaceTab firstTab,
                                   Messages messages, DialogService dialogs, org.hearth.ui.Background background,
                                   Runnable onClose) {
        this.handouts = handouts;
        this.handoutRecords = handoutRecords;
        this.plan = plan;
        this.network = new org.hearth.ui.network.NetworkController(plan, messages, background, dialogs)
                .maskingCodeWordsWith(codeWords);
        this.planView = new org.hearth.ui.plan.PlanController(plan, messages, codeWords);
        this.history = history;
        this.home = home;
        this.homeView = new org.hearth.ui.home.HomeController(home, messages);
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
        sharing(onShare);
        reference.setText(summary.reference());
        displayName.setText(summary.displayName());
        status.setText(messages.of("status", summary.status()));
        status.getStyleClass().add(summary.status() == CaseStatus.OPEN ? "status-open" : "status-closed");
        nextReview.setText(summary.nextReview() == null ? messages.get("workspace.noReview")
                : messages.format("workspace.nextReview", messages.date(summary.nextReview())));
        overview.setContent(householdView.view());
        planTab.setContent(planView.view());
        // the Home tab is built (and its agreements loaded) the first time it is shown
        homeTab.setOnSelectionChanged(e -> {
            if (homeTab.isSelected() && homeTab.getContent() == null) {
                homeTab.setContent(homeView.view());
            }
        });
        // the map is drawn when the worker first looks at it
        networkTab.setOnSelectionChanged(e -> {
            if (networkTab.isSelected() && networkTab.getContent() == null) {
                networkTab.setContent(network.view());
            }
        });
        followUpTab.setContent(followUp.view());
        // the handouts are laid out when the worker first looks at them
        handoutsTab.setOnSelectionChanged(e -> {
            if (handoutsTab.isSelected() && handoutsTab.getContent() == null) {
                handoutsTab.setContent(handouts.view());
            }
        });
        javafx.scene.Parent historyView = history.view();
        javafx.scene.layout.VBox.setVgrow(historyView, javafx.scene.layout.Priority.ALWAYS);
        historyTab.setContent(new javafx.scene.layout.VBox(historyView, handoutRecords.view()));
        historyTab.setOnSelectionChanged(e -> {
            if (historyTab.isSelected()) {
                history.refresh();
                handoutRecords.refresh();
            }
        });
        switch (firstTab) {
            case PLAN -> tabs.getSelectionModel().select(planTab);
            case HOME -> tabs.getSelectionModel().select(homeTab);
            case NETWORK -> tabs.getSelectionModel().select(networkTab);
            case FOLLOW_UP -> tabs.getSelectionModel().select(followUpTab);
            case HANDOUTS -> tabs.getSelectionModel().select(handoutsTab);
            case HISTORY -> tabs.getSelectionModel().select(historyTab);
            default -> tabs.getSelectionModel().select(overview);
        }
    }

    /** The plan and the network map edit the same draft: saving or undoing on either acts on both. */
    private boolean onPlan() {
        Tab current = tabs.getSelectionModel().getSelectedItem();
        return current == planTab || current == networkTab;
    }

    /** The Network tab, once drawn; for tests. */
    public org.hearth.ui.network.NetworkController network() {
        return network;
    }

    /** The Handouts tab; for tests. */
    public org.hearth.ui.handout.HandoutsController handouts() {
        return handouts;
    }

    private boolean onHome() {
        return tabs.getSelectionModel().getSelectedItem() == homeTab;
    }

    /** Saves the work on the current tab. */
    public void save() {
        if (onPlan()) {
            planView.save();
        } else if (onHome()) {
            homeView.save();
        } else {
            householdView.save();
        }
    }

    public void undo() {
        if (onPlan()) {
            planView.undo();
        } else if (onHome()) {
            homeView.undo();
        } else {
            householdView.undo();
        }
    }

    public void redo() {
        if (onPlan()) {
            planView.redo();
        } else if (onHome()) {
            homeView.redo();
        } else {
            householdView.redo();
        }
    }

    /** Covers the code words again (on lock and quick hide). */
    public void coverCodeWords() {
        codeWords.cover();
    }

    /** Whether any tab holds changes not saved yet; asks nothing. */
    public boolean hasUnsavedChanges() {
        return household.dirty().get() || plan.dirty().get() || home.dirty().get();
    }

    /**
     * Asks what to do with unsaved changes before the case is closed; true when the case may close now
     * (saving happens first when the worker chose to save).
     */
    public boolean mayClose(Runnable afterSave) {
        boolean householdChanged = household.dirty().get();
        boolean planChanged = plan.dirty().get();
        boolean homeChanged = home.dirty().get();
        if (!householdChanged && !planChanged && !homeChanged) {
            return true;
        }
        var answer = dialogs.askToSave(messages.get("unsaved.question"));
        if (answer.isEmpty()) {
            return false;
        }
        if (answer.get()) {
            if ((householdChanged && !household.valid().get()) || (planChanged && !plan.valid().get())
                    || (homeChanged && !home.valid().get())) {
                dialogs.inform(messages.get("unsaved.fixFirst"));
                return false;
            }
            Runnable saveHomeThenLeave = () -> {
                if (homeChanged) {
                    home.save(afterSave);
                } else {
                    afterSave.run();
                }
            };
            Runnable savePlanThenLeave = () -> {
                if (planChanged) {
                    plan.save(saveHomeThenLeave);
                } else {
                    saveHomeThenLeave.run();
                }
            };
            if (householdChanged) {
                household.save(savePlanThenLeave);
            } else {
                savePlanThenLeave.run();
            }
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

    // --- team server: sharing the case ---

    /** On a team server: shows "Share case…" in the header, which runs the given action. */
    public void sharing(Runnable action) {
        this.onShare = action;
        if (share != null) {
            share.setVisible(action != null);
            share.setManaged(action != null);
        }
    }

    @FXML
    private void share() {
        if (onShare != null) {
            onShare.run();
        }
    }

    // --- privacy: a person's own data ---

    /** Gives the Overview tab the personal-data actions (export, erase); afterErasing reopens the case. */
    public void privacy(org.hearth.ui.privacy.PersonalDataActions actions, Runnable afterErasing) {
        householdView.privacy(actions, afterErasing);
        network.privacy(actions, afterErasing);
    }
}
