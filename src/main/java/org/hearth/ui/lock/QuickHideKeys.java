package org.hearth.ui.lock;

import java.util.function.LongSupplier;
import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The keys that hide Hearth in an instant: Esc pressed twice within {@link #DOUBLE_PRESS_MILLIS}, or the
 * quick-hide key chosen in the settings (F12 unless changed). A single Esc still does what it always did (close a
 * dialog, cancel an edit): only the second one is taken.
 */
public final class QuickHideKeys {

    public static final long DOUBLE_PRESS_MILLIS = 600;

    private final LongSupplier nanoTime;
    private final Supplier<KeyCode> quickHideKey;
    private final Runnable onHide;
    private long lastEscape = Long.MIN_VALUE;

    public QuickHideKeys(LongSupplier nanoTime, Supplier<KeyCode> quickHideKey, Runnable onHide) {
        this.nanoTime = nanoTime;
        this.quickHideKey = quickHideKey;
        this.onHide = onHide;
    }

    /** Looks at every key pressed in any of Hearth's windows, before the window itself does. */
    public void pressed(KeyEvent event) {
        KeyCode own = quickHideKey.get();
        if (own != null && event.getCode() == own && !event.isShortcutDown() && !event.isAltDown()) {
            event.consume();
            lastEscape = Long.MIN_VALUE;
            onHide.run();
            return;
        }
        if (event.getCode() != KeyCode.ESCAPE) {
            lastEscape = Long.MIN_VALUE;
            return;
        }
        long now = nanoTime.getAsLong();
        if (lastEscape != Long.MIN_VALUE && now - lastEscape <= DOUBLE_PRESS_MILLIS * 1_000_000L) {
            event.consume();
            lastEscape = Long.MIN_VALUE;
            onHide.run();
        } else {
            lastEscape = now;
        }
    }
}
