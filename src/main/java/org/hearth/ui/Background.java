package org.hearth.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs slow work (database, files) away from the JavaFX thread and hands the result back to it. One worker
 * thread keeps the database work in the order the worker asked for it.
 */
public final class Background implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Background.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(daemon("hearth-work"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("hearth-timer"));

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Runs the work in the background; then, on the JavaFX thread, passes its result or its failure on. */
    public <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailure) {
        worker.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onDone.accept(result));
            } catch (Throwable failure) {
                // Only the kind of failure is logged: database messages can quote personal data.
                LOG.warn("Background work failed: {}", failure.getClass().getName());
                Platform.runLater(() -> onFailure.accept(failure));
            }
        });
    }

    /** Runs the action on the JavaFX thread after the given number of milliseconds. */
    public void after(long millis, Runnable action) {
        timer.schedule(() -> Platform.runLater(action), millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        worker.shutdown();
        timer.shutdownNow();
    }
}
