package org.hearth.ui.lock;

import java.time.Clock;
import java.util.function.IntSupplier;

/**
 * Notices when nobody has touched Hearth for the idle time the worker set, and then locks. Every key and mouse
 * event in any of Hearth's windows counts as someone being there. Time comes from a clock a test can move.
 */
public final class IdleWatch {

    private final Clock clock;
    private final IntSupplier idleMinutes;
    private final Runnable onIdle;
    private long lastActivity;
    private boolean watching;

    public IdleWatch(Clock clock, IntSupplier idleMinutes, Runnable onIdle) {
        this.clock = clock;
        this.idleMinutes = idleMinutes;
        this.onIdle = onIdle;
    }

    /** Starts (or restarts) watching, counting from now: after unlocking. */
    public void start() {
        watching = true;
        lastActivity = clock.millis();
    }

    /** Stops watching: while locked, or before the first unlock. */
    public void stop() {
        watching = false;
    }

    /** Someone pressed a key or moved the mouse. */
    public void activity() {
        lastActivity = clock.millis();
    }

    /** Locks when the idle time has passed; called every second. */
    public void check() {
        if (watching && clock.millis() - lastActivity >= idleMinutes.getAsInt() * 60_000L) {
            watching = false;
            onIdle.run();
        }
    }
}
