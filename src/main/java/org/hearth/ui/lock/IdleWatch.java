package org.hearth.ui.lock;

import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Notices when nobody has touched Hearth for the idle time the worker set, and then locks. Every key and mouse
 * event in any of Hearth's windows counts as someone being there. Time is a monotonic count of milliseconds (not
 * the calendar clock, which may jump when the computer sets its time), given so that a test can move it.
 */
public final class IdleWatch {

    private final LongSupplier millis;
    private final IntSupplier idleMinutes;
    private final Runnable onIdle;
    private long lastActivity;
    private boolean watching;

    public IdleWatch(LongSupplier millis, IntSupplier idleMinutes, Runnable onIdle) {
        this.millis = millis;
        this.idleMinutes = idleMinutes;
        this.onIdle = onIdle;
    }

    /** Starts (or restarts) watching, counting from now: after unlocking. */
    public void start() {
        watching = true;
        lastActivity = millis.getAsLong();
    }

    /** Stops watching: while locked, or before the first unlock. */
    public void stop() {
        watching = false;
    }

    /** Someone pressed a key or moved the mouse. */
    public void activity() {
        lastActivity = millis.getAsLong();
    }

    /** Locks when the idle time has passed; called every second. */
    public void check() {
        if (watching && millis.getAsLong() - lastActivity >= idleMinutes.getAsInt() * 60_000L) {
            watching = false;
            onIdle.run();
        }
    }
}
