package org.hearth.ui.lock;

import java.util.function.LongSupplier;
import javafx.application.Platform;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * Text copied from Hearth (a phone number, an address) does not stay on the system clipboard: after
 * {@link #KEEP_MILLIS} it is cleared, and at once when Hearth locks, hides or quits, but only while the clipboard
 * still holds what was copied from Hearth. Whatever the worker copied elsewhere afterwards is left alone.
 *
 * <p>A copy from Hearth is noticed right after it happens: after the copy keys (Ctrl/Cmd+C, Ctrl/Cmd+X,
 * Ctrl+Insert) in any of Hearth's windows, and after a choice in one of Hearth's pop-up menus (a text field's
 * "Copy") that changed the clipboard's text. The clipboard is read only then, never polled.
 */
public final class ClipboardGuard {

    public static final long KEEP_MILLIS = 60_000;

    private final LongSupplier millis;
    private String ours;
    private long clearAt;

    /** Time is a monotonic count of milliseconds, given so that a test can move it. */
    public ClipboardGuard(LongSupplier millis) {
        this.millis = millis;
    }

    /** A key pressed in one of Hearth's windows (a pop-up menu when {@code inMenu}), before it is handled. */
    public void pressed(KeyEvent event, boolean inMenu) {
        boolean copyKey = (event.isShortcutDown() && (event.getCode() == KeyCode.C || event.getCode() == KeyCode.X))
                || (event.isControlDown() && event.getCode() == KeyCode.INSERT);
        if (copyKey) {
            Platform.runLater(() -> noteCopy(current())); // after the control has put the text there
        } else if (inMenu && (event.getCode() == KeyCode.ENTER || event.getCode() == KeyCode.SPACE)) {
            noteIfChanged();
        }
    }

    /** A mouse button released in one of Hearth's pop-up menus: perhaps its "Copy". */
    public void releasedInMenu(MouseEvent event) {
        noteIfChanged();
    }

    /** Called every second: clears the clipboard when Hearth's text has been there long enough. */
    public void check() {
        if (ours != null && millis.getAsLong() >= clearAt) {
            clearIfOurs();
        }
    }

    /** Hearth locks, hides or quits: clears the clipboard if it still holds Hearth's text. */
    public void clearIfOurs() {
        if (ours != null && ours.equals(current())) {
            Clipboard.getSystemClipboard().clear();
        }
        ours = null;
    }

    private void noteIfChanged() {
        String before = current();
        Platform.runLater(() -> {
            String after = current();
            if (after != null && !after.equals(before)) {
                noteCopy(after);
            }
        });
    }

    private void noteCopy(String copied) {
        if (copied != null && !copied.isEmpty()) {
            ours = copied;
            clearAt = millis.getAsLong() + KEEP_MILLIS;
        }
    }

    private static String current() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        return clipboard.hasString() ? clipboard.getString() : null;
    }
}
