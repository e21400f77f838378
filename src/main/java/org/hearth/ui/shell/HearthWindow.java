package org.hearth.ui.shell;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.OperatingSystem;
import org.hearth.service.OpenVault;
import org.hearth.service.Settings;
import org.hearth.service.Vault;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.ui.cases.CaseListController;
import org.hearth.ui.cases.CaseListViewModel;
import org.hearth.ui.household.HouseholdViewModel;
import org.hearth.ui.settings.SettingsController;
import org.hearth.ui.unlock.UnlockController;
import org.hearth.ui.unlock.UnlockViewModel;
import org.hearth.ui.workspace.CaseWorkspaceController;
import org.hearth.ui.workspace.CaseWorkspaceController.WorkspaceTab;
import org.hearth.ui.followup.FollowUpController;
import org.hearth.ui.followup.FollowUpViewModel;
import org.hearth.ui.today.TodayController;
import org.hearth.ui.today.TodayViewModel;
import org.hearth.domain.Attention;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hearth's one window: the unlock screen until the passphrase opens the database, then a slim navigation rail
 * (Cases, Settings, Lock) beside the current page. The title is always just "Hearth": it never names a family.
 */
public final class HearthWindow {

    private static final Logger LOG = LoggerFactory.getLogger(HearthWindow.class);
    static final String STYLESHEET = "/org/hearth/ui/hearth.css";

    private final Stage stage;
    private final Vault vault;
    private final Settings settings;
    private final org.hearth.report.HandoutTemplates handoutTemplates = new org.hearth.report.HandoutTemplates();
    private final Clock clock;
    private final Background background;
    private final CompletableFuture<Void> warmUp;
    private final Scene scene;
    private Messages messages;
    private DialogService dialogs;
    private OpenVault open;
    private BorderPane main;
    private CaseListController caseList;
    private CaseListViewModel caseListModel;
    private CaseWorkspaceController workspace;
    private ToggleButton todayButton;
    private ToggleButton casesButton;
    private javafx.scene.layout.HBox reminder;
    private int reminderRound;
    private ToggleButton settingsButton;
    private HearthMenus menus;
    private javafx.scene.layout.Pane settingsPage;
    // ---- screen safety: lock in front of the work, quick hide, clipboard ----
    private final org.hearth.ui.lock.LockViewModel lockModel;
    private final org.hearth.ui.lock.IdleWatch idle;
    private final org.hearth.ui.lock.ClipboardGuard clipboard;
    private final org.hearth.ui.lock.ScreenWatch watch;
    private boolean locked;
    private Parent behindLock;
    private javafx.scene.Node focusBehindLock;
    private Parent lockScreen;
    private Parent neutralScreen;
    /** Time for the idle lock and the clipboard: monotonic, so a change of the computer's clock moves nothing. */
    private java.util.function.LongSupplier screenMillis = () -> System.nanoTime() / 1_000_000;

    public HearthWindow(Stage stage, Vault vault, Settings settings, Clock clock, Background background,
                        CompletableFuture<Void> warmUp) {
        this(stage, vault, settings, clock, background, warmUp, DatabaseMode.laptop(), OperatingSystem.current());
    }

    // ---- team server ----
    private final DatabaseMode mode;
    private final OperatingSystem system;
    /** On a team server: the name the server records in the history for this worker (sharing().me()). */
    private String serverWorker;
    private CaseSummary openSummary;
    private org.hearth.ui.settings.TeamServerSection.CaChooser caChooser;

    /** Hearth on this laptop's encrypted file, or on a team server, as {@code mode} says. */
    public HearthWindow(Stage stage, Vault vault, Settings settings, Clock clock, Background background,
                        CompletableFuture<Void> warmUp, DatabaseMode mode) {
        this(stage, vault, settings, clock, background, warmUp, mode, OperatingSystem.current());
    }

    /** The same, with the menus and shortcut names of the given system (tests show the Mac's on any machine). */
    public HearthWindow(Stage stage, Vault vault, Settings settings, Clock clock, Background background,
                        CompletableFuture<Void> warmUp, DatabaseMode mode, OperatingSystem system) {
        this.system = system;
        this.mode = mode;
        this.stage = stage;
        this.vault = vault;
        this.settings = settings;
        this.clock = clock;
        this.background = background;
        this.warmUp = warmUp;
        this.messages = new Messages(settings.language());
        this.dialogs = new DialogService(stage, messages);
        this.scene = new Scene(new Region(), 1200, 780);
        scene.getStylesheets().add(HearthWindow.class.getResource(STYLESHEET).toExternalForm());
        this.lockModel = new org.hearth.ui.lock.LockViewModel(vault, background, messages);
        this.idle = new org.hearth.ui.lock.IdleWatch(() -> screenMillis.getAsLong(), settings::idleMinutes,
                this::lock);
        this.clipboard = new org.hearth.ui.lock.ClipboardGuard(() -> screenMillis.getAsLong());
        this.watch = new org.hearth.ui.lock.ScreenWatch(stage, idle,
                new org.hearth.ui.lock.QuickHideKeys(System::nanoTime, this::quickHideKey, this::quickHide),
                clipboard);
    }

    /** The key chosen in the settings to hide Hearth at once, or none (Esc twice always works). */
    private javafx.scene.input.KeyCode quickHideKey() {
        String name = settings.quickHideKey();
        try {
            return name.isEmpty() ? null : javafx.scene.input.KeyCode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Shows the window with the unlock screen. */
    public void show() {
        applyTheme(settings.darkTheme());
        stage.setTitle(messages.get("app.name"));
        for (int size : new int[] {16, 32, 64, 256}) {
            stage.getIcons().add(new javafx.scene.image.Image(
                    HearthWindow.class.getResource("/org/hearth/ui/icon/hearth-" + size + ".png").toExternalForm()));
        }
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        settings.window().ifPresent(box -> {
            stage.setX(box[0]);
            stage.setY(box[1]);
            stage.setWidth(box[2]);
            stage.setHeight(box[3]);
        });
        stage.setOnCloseRequest(event -> {
            if (locked) {
                event.consume();
                closeWhileLocked();
                return;
            }
            if (workspace != null && !workspace.mayClose(this::quit)) {
                event.consume();
                return;
            }
            event.consume();
            quit();
        });
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            LOG.error("Unexpected failure of kind {}", failure.getClass().getName());
            Platform.runLater(() -> dialogs.failed(failure));
        });
        showUnlock();
        watch.start();
        stage.sceneProperty().addListener((o, old, now) -> {
            if (now != scene) {
                watch.stop(); // another window took this stage over (tests start one per test)
            }
        });
        stage.show();
    }

    /** Lets a test move the time of the idle lock and the clipboard instead of waiting minutes. */
    public void useScreenTime(java.util.function.LongSupplier millis) {
        this.screenMillis = millis;
    }

    /** Whether the lock screen (or the neutral screen) stands in front of the work. For tests. */
    public boolean isLocked() {
        return locked;
    }

    public Scene scene() {
        return scene;
    }

    private void showUnlock() {
        if (mode.onTeamServer()) {
            showSignIn();
            return;
        }
        UnlockViewModel model = new UnlockViewModel(vault, background, messages, warmUp,
                settings.workerName().orElse(""), this::saveWorkerName, () -> settings.workerName().orElse(""));
        model.onPassphraseChosen(this::showRecoveryKey);
        scene.setRoot(new UnlockController(model, messages, this::unlocked, this::showForgotPassphrase).view());
    }

    /** First start, after the passphrase: the recovery key, shown once; the database is made when it is kept. */
    private void showRecoveryKey(UnlockViewModel.ChosenPassphrase chosen) {
        var model = new org.hearth.ui.unlock.RecoveryKeyViewModel(vault, background, messages, warmUp,
                this::saveWorkerName, () -> settings.workerName().orElse(""), chosen);
        scene.setRoot(new org.hearth.ui.unlock.RecoveryKeyController(model, messages, this::unlocked).view());
    }

    private void showForgotPassphrase() {
        var model = new org.hearth.ui.unlock.ForgotPassphraseViewModel(vault, background, messages,
                () -> settings.workerName().orElse(""));
        scene.setRoot(new org.hearth.ui.unlock.ForgotPassphraseController(model, messages, this::unlocked,
                this::showUnlock).view());
    }

    private void saveWorkerName(String name) {
        try {
            settings.setWorkerName(name);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void unlocked(OpenVault opened) {
        this.open = opened;
        idle.start();
        warmUpHandouts();
        buildMain();
        showToday();
        reminderRound++;
        checkReviewsDue(reminderRound);
        backUpAutomatically();
    }

    /** On a team server the first screen: the worker signs in with their own name and password. */
    private void showSignIn() {
        var model = new org.hearth.ui.signin.SignInViewModel(mode.server(), background, messages, mode.problemKey());
        model.nameProperty().set(settings.lastSignInName().orElse(""));
        scene.setRoot(new org.hearth.ui.signin.SignInScreen(model, messages, this::signedIn).view());
    }

    private void signedIn(org.hearth.ui.signin.SignInViewModel.SignedIn signedIn) {
        serverWorker = signedIn.me();
        String signInName = signedIn.signInName();
        try {
            settings.setLastSignInName(signInName);
        } catch (java.io.IOException e) {
            // only a convenience: the worker types the name again next time
        }
        org.hearth.service.TeamServer server = mode.server();
        // the lock screen asks the server again; the open connection stays open behind it
        lockModel.checkWith(secret -> server.checkPassword(signInName, secret));
        unlocked(signedIn.open());
    }

    /** The worker's name as Hearth shows it: on a team server the server's own, else the one in Settings. */
    private String workerName() {
        return serverWorker != null ? serverWorker : settings.workerName().orElse("");
    }

    private boolean onTeamServer() {
        return open != null && open.onTeamServer();
    }

    /** Opens the sharing dialog for the open case (on a team server only). */
    private void shareCase() {
        if (!onTeamServer() || workspace == null || openSummary == null) {
            return;
        }
        new org.hearth.ui.sharing.ShareDialog(open.sharing(), background, messages, openSummary.id(), serverWorker)
                .show(stage, openSummary.reference());
    }

    /** The CA file chooser of the Database section; a headless test gives its own. */
    public void useCaChooser(org.hearth.ui.settings.TeamServerSection.CaChooser chooser) {
        this.caChooser = chooser;
    }

    /**
     * While Hearth runs, a discreet notice inside the window when reviews fall due today. It counts, it never
     * names: no family name or reference appears outside the case screens, and nothing goes to the operating
     * system's notifications.
     */
    private void checkReviewsDue(int round) {
        if (open == null || round != reminderRound) {
            return;
        }
        OpenVault current = open;
        background.run(() -> current.followUp().reviewsDueToday(), due -> {
            if (open == current && main != null) {
                showReminder(due);
            }
            background.after(10 * 60 * 1000L, () -> checkReviewsDue(round));
        }, problem -> background.after(10 * 60 * 1000L, () -> checkReviewsDue(round)));
    }

    private void showReminder(int due) {
        VBox top = (VBox) main.getTop();
        top.getChildren().remove(reminder);
        if (due <= 0) {
            return;
        }
        javafx.scene.control.Label text = new javafx.scene.control.Label(messages.format("reminder.reviews", due));
        text.setId("reminder");
        Button show = new Button(messages.get("reminder.show"));
        show.setOnAction(e -> navigate(this::showToday));
        Button dismiss = new Button(messages.get("reminder.dismiss"));
        dismiss.setOnAction(e -> top.getChildren().remove(reminder));
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        reminder = new javafx.scene.layout.HBox(12, text, spacer, show, dismiss);
        reminder.setAlignment(Pos.CENTER_LEFT);
        reminder.getStyleClass().add("reminder");
        top.getChildren().add(reminder);
    }

    private void buildMain() {
        main = new BorderPane();
        menus = new HearthMenus(system, messages, this::run, () -> locked);
        main.setTop(new VBox(menus.bar(onTeamServer())));
        main.setLeft(rail());
        scene.setRoot(main);
    }

    private VBox rail() {
        ToggleGroup pages = new ToggleGroup();
        todayButton = railButton("nav.today", Material2MZ.TODAY, pages);
        todayButton.setId("navToday");
        todayButton.setOnAction(e -> navigate(this::showToday));
        casesButton = railButton("nav.cases", Material2AL.FOLDER_SHARED, pages);
        casesButton.setId("navCases");
        casesButton.setOnAction(e -> navigate(this::showCases));
        settingsButton = railButton("nav.settings", Material2MZ.SETTINGS, pages);
        settingsButton.setId("navSettings");
        settingsButton.setOnAction(e -> navigate(this::showSettings));
        Button lock = new Button(messages.get("nav.lock"), new FontIcon(Material2AL.LOCK));
        lock.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        lock.setAccessibleText(messages.get("nav.lock"));
        lock.setTooltip(new Tooltip(menus.lockTip()));
        lock.getStyleClass().add("rail-button");
        lock.setId("navLock");
        lock.setOnAction(e -> lock());
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox rail = new VBox(8, todayButton, casesButton, settingsButton, spacer, lock);
        rail.setAlignment(Pos.TOP_CENTER);
        rail.getStyleClass().add("nav-rail");
        return rail;
    }

    private ToggleButton railButton(String key, Ikon icon, ToggleGroup group) {
        ToggleButton button = new ToggleButton(messages.get(key), new FontIcon(icon));
        button.setContentDisplay(javafx.scene.control.ContentDisplay.TOP);
        button.setToggleGroup(group);
        button.setAccessibleText(messages.get(key));
        button.getStyleClass().add("rail-button");
        button.selectedProperty().addListener((o, was, is) -> {
            if (!is && group.getSelectedToggle() == null) {
                button.setSelected(true); // one page is always shown
            }
        });
        return button;
    }

    /** What each menu entry and its shortcut do. */
    private void run(HearthMenus.Command command) {
        switch (command) {
            case NEW_CASE -> navigate(() -> {
                showCases();
                caseList.newCase();
            });
            case CLOSE_CASE -> navigate(this::showCases);
            case SHARE_CASE -> shareCase();
            case LOCK -> lock();
            case QUIT -> {
                if (workspace == null || workspace.mayClose(this::quit)) {
                    quit();
                }
            }
            case SAVE, UNDO, REDO -> inCase(command);
            case FIND_CASE -> navigate(() -> {
                showCases();
                caseList.focusSearch();
            });
            case TODAY -> navigate(this::showToday);
            case CASES -> navigate(this::showCases);
            case SETTINGS -> navigate(this::showSettings);
            case ABOUT -> dialogs.inform(HearthMenus.aboutText(messages));
        }
    }

    private void inCase(HearthMenus.Command command) {
        if (workspace != null) {
            switch (command) {
                case SAVE -> workspace.save();
                case UNDO -> workspace.undo();
                default -> workspace.redo();
            }
        }
    }

    /** Leaves the open case (asking about unsaved changes first) and then goes where the worker asked. */
    private void navigate(Runnable destination) {
        if (workspace != null && !workspace.mayClose(() -> {
            workspace = null;
            destination.run();
        })) {
            reselectRail();
            return;
        }
        workspace = null;
        destination.run();
    }

    private void reselectRail() {
        casesButton.setSelected(true);
    }

    private void showToday() {
        workspace = null;
        TodayViewModel model = new TodayViewModel(open.followUp(), background, messages);
        main.setCenter(new TodayController(model, messages, dialogs, clock, this::openAttention).view());
        todayButton.setSelected(true);
        updateMenus();
    }

    private void openAttention(Attention item) {
        WorkspaceTab tab = switch (item.reason()) {
            case SIGNAL_USED, CHECK_IN_OVERDUE, BUDDY_SILENT -> WorkspaceTab.FOLLOW_UP;
            case REVIEW_DUE, REVIEW_OVERDUE, PLAN_STILL_DRAFT -> WorkspaceTab.PLAN;
        };
        openCase(item.caseId(), tab);
    }

    private void showCases() {
        workspace = null;
        if (caseListModel == null) {
            caseListModel = new CaseListViewModel(open.cases(), background, clock);
        }
        caseList = new CaseListController(caseListModel, open.cases(), background, messages, dialogs,
                this::workerName, this::openCase);
        main.setCenter(caseList.view());
        casesButton.setSelected(true);
        updateMenus();
    }

    private void openCase(CaseSummary summary) {
        openCase(summary.id(), WorkspaceTab.OVERVIEW);
    }

    private void openCase(long caseId, WorkspaceTab tab) {
        background.run(() -> open.cases().open(caseId), opened -> {
            HouseholdViewModel household = new HouseholdViewModel(open.cases(), background, messages, clock, opened);
            FollowUpController followUp = new FollowUpController(new FollowUpViewModel(open.followUp(), background,
                    messages, clock, caseId), messages);
            var plan = new org.hearth.ui.plan.PlanViewModel(open.plans(), background, messages, clock, caseId);
            var home = new org.hearth.ui.home.HomeViewModel(open.homes(), background, messages, clock, caseId);
            var history = new org.hearth.ui.plan.PlanHistoryController(open.plans(), open.homes(), background,
                    messages, caseId);
            var handoutRecords = new org.hearth.ui.handout.HandoutRecordsList(open.handouts(), background, messages,
                    caseId);
            var handouts = new org.hearth.ui.handout.HandoutsController(open.handouts(),
                    new org.hearth.report.HandoutMaker(handoutTemplates), this::organisation, background, messages,
                    caseId, handoutRecords::refresh);
            workspace = new CaseWorkspaceController(opened.summary(), household, plan, home, history, followUp,
                    handouts, handoutRecords, tab, messages, dialogs, background, this::showCases);
            workspace.privacy(new org.hearth.ui.privacy.PersonalDataActions(open.erasure(), open.subjectAccess(),
                    handoutTemplates, background, messages, dialogs), () -> openCase(caseId, tab));
            openSummary = opened.summary();
            if (onTeamServer()) {
                workspace.sharing(this::shareCase);
            }
            main.setCenter(workspace.view());
            casesButton.setSelected(true);
            updateMenus();
        }, dialogs::failed);
    }

    /** The organisation in the footer of handouts, from the settings. */
    private org.hearth.report.Organisation organisation() {
        return new org.hearth.report.Organisation(settings.organisationName().orElse(null),
                settings.organisationPhone().orElse(null), settings.organisationLogoBytes().orElse(null));
    }

    /** Compiles the handout templates in the background after unlocking, so the first handout comes quickly. */
    private void warmUpHandouts() {
        Thread warming = new Thread(() -> {
            try {
                handoutTemplates.warmUp();
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(HearthWindow.class).warn("Handout warm-up failed: {}",
                        e.getClass().getName());
            }
        }, "hearth-handout-warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
    }

    private void showSettings() {
        workspace = null;
        SettingsController controller = new SettingsController(settings, background, messages, dialogs,
                this::changeLanguage,
                this::applyTheme, this::addDemo);
        controller.addSection(new org.hearth.ui.settings.RetentionSection(settings, open.cases(),
                new org.hearth.ui.privacy.PersonalDataActions(open.erasure(), open.subjectAccess(), handoutTemplates,
                        background, messages, dialogs), background, messages, this::openCase).view());
        if (onTeamServer()) {
            controller.showServerWorker(serverWorker);
        }
        Parent page = controller.view();
        controller.addSection(new org.hearth.ui.settings.TeamServerSection(settings, background, messages, dialogs,
                mode.fromEnvironment(), mode.problemKey() != null ? null
                        : mode.address() != null ? mode.address() : messages.get("server.laptop"),
                caChooser != null ? caChooser
                        : org.hearth.ui.settings.TeamServerSection.CaChooser.system(messages)).view());
        if (!onTeamServer()) {
            // the laptop's own file: its backups and its passphrase (a team server has neither here)
            controller.addSection(backupSection());
            controller.addSection(new org.hearth.ui.settings.SecuritySection(messages, this::changePassphrase)
                    .view());
        }
        settingsPage = (javafx.scene.layout.Pane) page;
        BorderPane.setAlignment(page, Pos.TOP_LEFT);
        // the settings grew past one screen: they scroll, and the focused field stays in view
        javafx.scene.control.ScrollPane scrolling = new javafx.scene.control.ScrollPane(page);
        scrolling.setFitToWidth(true);
        scrolling.getStyleClass().add("edge-to-edge");
        org.hearth.ui.control.FollowFocus.install(scrolling);
        BorderPane.setAlignment(scrolling, Pos.TOP_LEFT);
        main.setCenter(scrolling);
        settingsButton.setSelected(true);
        updateMenus();
    }

    /**
     * Changes the passphrase: the data is closed, re-encrypted with a new key and opened again (see
     * {@link Vault#changePassphrase}). The rail and menus are off meanwhile. A wrong current passphrase leaves
     * everything open; any other failure leaves the data locked and says so.
     */
    private void changePassphrase(char[] oldPassphrase, char[] newPassphrase,
                                  java.util.function.DoubleConsumer progress, Runnable done,
                                  java.util.function.Consumer<Throwable> failed) {
        OpenVault current = open;
        main.getLeft().setDisable(true);
        main.getTop().setDisable(true);
        // nothing else may use the data while it is closed for re-encryption; the security section stays
        javafx.scene.Node security = settingsPage.getChildren().get(settingsPage.getChildren().size() - 1);
        settingsPage.getChildren().forEach(node -> node.setDisable(node != security));
        background.run(() -> vault.changePassphrase(current, oldPassphrase, newPassphrase,
                () -> settings.workerName().orElse(""), fraction -> Platform.runLater(() -> progress.accept(fraction))),
                reopened -> {
                    open = reopened;
                    caseListModel = null;
                    main.getLeft().setDisable(false);
                    main.getTop().setDisable(false);
                    settingsPage.getChildren().forEach(node -> node.setDisable(false));
                    done.run();
                }, problem -> {
                    if (problem instanceof org.hearth.service.WrongPassphrase) {
                        main.getLeft().setDisable(false);
                        main.getTop().setDisable(false);
                        settingsPage.getChildren().forEach(node -> node.setDisable(false));
                        failed.accept(problem);
                        return;
                    }
                    reminderRound++;
                    open = null;
                    workspace = null;
                    caseList = null;
                    caseListModel = null;
                    main = null;
                    showUnlock();
                    dialogs.inform(messages.get("security.failedLocked"));
                });
    }

    private void updateMenus() {
        menus.update(workspace != null, onTeamServer());
    }

    private void addDemo() {
        background.run(() -> open.demo().create(), id -> {
            // the case list may not have been opened yet: a fresh one loads the cases with the demo among them
            caseListModel = null;
            showCases();
        }, dialogs::failed);
    }

    private void changeLanguage(Locale locale) {
        messages = new Messages(locale);
        dialogs = new DialogService(stage, messages);
        lockModel.useMessages(messages);
        stage.setTitle(messages.get("app.name"));
        caseListModel = null;
        buildMain();
        showSettings();
    }

    private void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /**
     * Locks: the lock screen takes the window's place in front of the work, which stays in memory exactly as it
     * was (open case, tab, drafts, undo); the database stays open behind it (decision 0014). Dialogs and pop-ups
     * in front are cancelled, the code words covered, Hearth's text taken off the clipboard.
     */
    public void lock() {
        if (open == null || locked) {
            return;
        }
        locked = true;
        idle.stop();
        watch.closeOtherWindows();
        clipboard.clearIfOurs();
        if (workspace != null) {
            workspace.coverCodeWords();
        }
        behindLock = scene.getRoot();
        focusBehindLock = scene.getFocusOwner();
        lockModel.reset();
        var screen = new org.hearth.ui.lock.LockScreen(lockModel, messages, workerName(), this::unlockScreen);
        lockScreen = (onTeamServer() ? screen.forTeamServer() : screen).view();
        scene.setRoot(lockScreen);
    }

    /** The right passphrase on the lock screen: the work comes back as it was left. */
    private void unlockScreen() {
        if (!locked) {
            return;
        }
        locked = false;
        Parent work = behindLock;
        javafx.scene.Node focus = focusBehindLock;
        behindLock = null;
        focusBehindLock = null;
        lockScreen = null;
        scene.setRoot(work);
        if (focus != null) {
            Platform.runLater(focus::requestFocus);
        }
        idle.start();
        // Hearth may stay open behind the lock for days: every unlock makes the day's backup if none exists yet
        backUpAutomatically();
    }

    /**
     * Quick hide (Esc twice, or the chosen key): at once a neutral page, and locked behind it. Enter, Space or a
     * click on that page brings the lock screen (or, before the first unlock, the unlock screen) back.
     */
    private void quickHide() {
        if (neutralScreen != null && scene.getRoot() == neutralScreen) {
            return;
        }
        Parent back;
        if (open != null) {
            lock();
            back = lockScreen;
        } else {
            watch.closeOtherWindows();
            clipboard.clearIfOurs();
            back = scene.getRoot();
        }
        neutralScreen = new org.hearth.ui.lock.NeutralScreen(messages, () -> {
            neutralScreen = null;
            scene.setRoot(back);
        }).view();
        scene.setRoot(neutralScreen);
    }

    /**
     * The window is closed while locked. Without unsaved changes Hearth just quits; with them it asks (naming
     * nothing) whether to close anyway and lose them: saving needs the worker to unlock first.
     */
    private void closeWhileLocked() {
        if (workspace != null && workspace.hasUnsavedChanges()
                && !dialogs.confirmLoss(messages.get("app.name"), messages.get("lock.closeQuestion"),
                        messages.get("lock.closeAnyway"))) {
            return;
        }
        quit();
    }

    private void quit() {
        clipboard.clearIfOurs();
        watch.stop();
        try {
            settings.setWindow(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        } catch (IOException e) {
            LOG.warn("The window position could not be remembered");
        }
        if (open != null) {
            open.close();
            open = null;
        }
        stage.close();
        Platform.exit();
    }

    // ---- backups (decision 0012) ----

    private javafx.scene.layout.HBox backupNotice;

    /** The day's backup at the first unlock of the day, in the background; a calm notice if it cannot be made. */
    private void backUpAutomatically() {
        if (onTeamServer()) {
            return; // the team server is backed up by its administrator, not from this laptop
        }
        OpenVault current = open;
        java.nio.file.Path folder = settings.backupFolder();
        boolean own = settings.chosenBackupFolder().isEmpty();
        background.run(() -> {
            var made = current.backups().backUpIfDue(folder, own);
            if (made.isPresent()) {
                settings.setLastBackup(made.get().made());
            }
            return made.isPresent();
        }, made -> { }, problem -> {
            LOG.warn("The day's backup could not be made: {}", problem.getClass().getName());
            if (open == current && main != null) {
                showBackupNotice(messages.get(org.hearth.service.Failures.messageKey(problem)));
            }
        });
    }

    private void showBackupNotice(String reason) {
        VBox top = (VBox) main.getTop();
        top.getChildren().remove(backupNotice);
        javafx.scene.control.Label text = new javafx.scene.control.Label(messages.format("backup.notice", reason));
        text.setId("backupNotice");
        text.setWrapText(true);
        Button dismiss = new Button(messages.get("reminder.dismiss"));
        dismiss.setOnAction(e -> top.getChildren().remove(backupNotice));
        dismiss.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        javafx.scene.layout.HBox.setHgrow(spacer, Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(text, Priority.SOMETIMES);
        backupNotice = new javafx.scene.layout.HBox(12, text, spacer, dismiss);
        backupNotice.setAlignment(Pos.CENTER_LEFT);
        backupNotice.getStyleClass().add("reminder");
        top.getChildren().add(backupNotice);
    }

    private javafx.scene.Node backupSection() {
        org.hearth.ui.settings.BackupSection.Host host = new org.hearth.ui.settings.BackupSection.Host() {
            @Override
            public OpenVault current() {
                return open;
            }

            @Override
            public void restoring() {
                reminderRound++;
                main.setDisable(true);
            }

            @Override
            public void restored(OpenVault reopened) {
                open = reopened;
                workspace = null;
                caseList = null;
                caseListModel = null;
                buildMain();
                showSettings();
                reminderRound++;
                checkReviewsDue(reminderRound);
            }

            @Override
            public void restoreFailed() {
                open = null;
                workspace = null;
                caseList = null;
                caseListModel = null;
                main = null;
                showUnlock();
            }
        };
        return new org.hearth.ui.settings.BackupSection(vault, settings, host, background, messages, dialogs,
                () -> settings.workerName().orElse(""),
                chooser != null ? chooser : org.hearth.ui.settings.BackupSection.Chooser.system(messages)).view();
    }

    private org.hearth.ui.settings.BackupSection.Chooser chooser;

    /** The file and folder choosers of the Backups section; a headless test gives its own. */
    public void useChooser(org.hearth.ui.settings.BackupSection.Chooser chooser) {
        this.chooser = chooser;
    }
}
