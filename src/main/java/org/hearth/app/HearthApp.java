package org.hearth.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hearth.service.Settings;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.hearth.domain.OperatingSystem;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.service.TeamServer;
import org.hearth.ui.shell.DatabaseMode;
import org.hearth.ui.shell.HearthWindow;

/**
 * The desktop application. The window with the passphrase field is shown first; the database machinery warms up
 * on a background thread while the worker types.
 */
public final class HearthApp extends Application {

    private Background background;

    @Override
    public void start(Stage stage) {
        DataFolder.Placement placed = DataFolder.placeForThisUser();
        DataFolder folder = placed.folder();
        background = new Background();
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(Vault::warmUp, runnable -> {
            Thread thread = new Thread(runnable, "hearth-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
        Clock clock = Clock.systemDefaultZone();
        Settings settings = new Settings(folder.settingsFile());
        // HEARTH_DB_URL decides when set, else the choice in Settings; a team server starts with signing in
        DatabaseMode mode = DatabaseMode.decide(System.getenv(TeamServer.ENVIRONMENT_VARIABLE), settings.teamServer(),
                clock);
        new HearthWindow(stage, new Vault(folder, clock), settings, clock, background, warmUp, mode,
                OperatingSystem.current()).show();
        tellAboutTheMove(stage, settings, placed);
        if (Boolean.getBoolean("hearth.measureStart")) {
            javafx.application.Platform.runLater(() -> System.out.printf("first frame after %d ms%n",
                    System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
            warmUp.thenRun(() -> System.out.printf("database machinery warm after %d ms%n",
                    System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    /**
     * On Windows, when the data could not be moved out of the roaming profile, or an older copy is still there beside
     * the data on this computer, the worker is told once at this start, in front of the unlock screen.
     */
    private static void tellAboutTheMove(Stage stage, Settings settings, DataFolder.Placement placed) {
        Messages messages = new Messages(settings.language());
        moveNotice(messages, placed).ifPresent(text -> javafx.application.Platform.runLater(
                () -> new DialogService(stage, messages).inform(text)));
    }

    /** What the worker is told about the move out of the roaming profile at this start, if anything. */
    static java.util.Optional<String> moveNotice(Messages messages, DataFolder.Placement placed) {
        String key = switch (placed.move()) {
            case KEPT_BOTH -> "dataFolder.keptBoth";
            case NOT_MOVED -> "dataFolder.notMoved";
            case MOVED, NOTHING_TO_MOVE -> null;
        };
        return java.util.Optional.ofNullable(key).map(k -> messages.format(k, placed.folder().path().toString(),
                String.valueOf(placed.roamingFolder())));
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
    }
}
