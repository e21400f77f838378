package org.hearth.app;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.stage.Stage;
import org.hearth.service.Settings;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.hearth.ui.Background;
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
        DataFolder folder = DataFolder.forThisUser();
        background = new Background();
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(Vault::warmUp, runnable -> {
            Thread thread = new Thread(runnable, "hearth-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
        Clock clock = Clock.systemDefaultZone();
        Settings settings = new Settings(folder.settingsFile());
        // issue 11: HEARTH_DB_URL decides when set, else the choice in Settings; a team server starts with signing in
        DatabaseMode mode = DatabaseMode.decide(System.getenv(TeamServer.ENVIRONMENT_VARIABLE), settings.teamServer(),
                clock);
        new HearthWindow(stage, new Vault(folder, clock), settings, clock, background, warmUp, mode).show();
        if (Boolean.getBoolean("hearth.measureStart")) {
            javafx.application.Platform.runLater(() -> System.out.printf("first frame after %d ms%n",
                    System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
            warmUp.thenRun(() -> System.out.printf("database machinery warm after %d ms%n",
                    System.currentTimeMillis() - java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime()));
        }
    }

    @Override
    public void stop() {
        if (background != null) {
            background.close();
        }
    }
}
