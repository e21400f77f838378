package org.hearth.ui.lock;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Watches every window Hearth opens (the main window, its dialogs and pop-ups): each key or mouse event goes to
 * the idle watch, the quick-hide keys and the clipboard guard before the window handles it, and once a second the
 * idle time and the clipboard are checked on the JavaFX thread.
 */
public final class ScreenWatch {

    private final Stage main;
    private final IdleWatch idle;
    private final QuickHideKeys quickHide;
    private final ClipboardGuard clipboard;
    private final Timeline ticks;

    public ScreenWatch(Stage main, IdleWatch idle, QuickHideKeys quickHide, ClipboardGuard clipboard) {
        this.main = main;
        this.idle = idle;
        this.quickHide = quickHide;
        this.clipboard = clipboard;
        this.ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        ticks.setCycleCount(Animation.INDEFINITE);
    }

    private final ListChangeListener<Window> newWindows = change -> {
        while (change.next()) {
            change.getAddedSubList().forEach(this::watch);
        }
    };
    private final javafx.event.EventHandler<KeyEvent> keys = this::keyPressed;
    private final javafx.event.EventHandler<Event> activity = this::activity;
    private final List<Window> watched = new ArrayList<>();

    /** Starts watching the windows open now and every window opened later. */
    public void start() {
        Window.getWindows().forEach(this::watch);
        Window.getWindows().addListener(newWindows);
        ticks.play();
    }

    /** Stops watching (the window is closing, or a test starts a new one on the same stage). */
    public void stop() {
        ticks.stop();
        Window.getWindows().removeListener(newWindows);
        for (Window window : watched) {
            window.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            window.removeEventFilter(KeyEvent.KEY_TYPED, activity);
            window.removeEventFilter(MouseEvent.ANY, activity);
            window.removeEventFilter(ScrollEvent.ANY, activity);
        }
        watched.clear();
    }

    private void watch(Window window) {
        watched.removeIf(w -> !w.isShowing() && w != main);
        if (watched.contains(window)) {
            return;
        }
        watched.add(window);
        window.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        window.addEventFilter(KeyEvent.KEY_TYPED, activity);
        window.addEventFilter(MouseEvent.ANY, activity);
        window.addEventFilter(ScrollEvent.ANY, activity);
    }

    private void keyPressed(KeyEvent event) {
        idle.activity();
        clipboard.pressed(event, isMenu(event));
        if (!isMenu(event)) {
            // a key pressed in an open menu reaches its window too: counted there only, so one Esc that closes
            // a menu is one Esc, not the two that hide Hearth
            quickHide.pressed(event);
        }
    }

    private void activity(Event event) {
        idle.activity();
        if (event.getEventType() == MouseEvent.MOUSE_RELEASED && isMenu(event)) {
            clipboard.releasedInMenu((MouseEvent) event);
        }
    }

    private static boolean isMenu(Event event) {
        return event.getSource() instanceof PopupWindow;
    }

    /** Once a second: locks after the idle time, clears the clipboard when its minute is up. */
    public void tick() {
        idle.check();
        clipboard.check();
    }

    /**
     * Closes every dialog and pop-up in front of the main window, as Cancel would (the item being edited in a
     * dialog is not kept; the case's draft is), so nothing stays on screen over the lock.
     */
    public void closeOtherWindows() {
        List<Window> others = new ArrayList<>(Window.getWindows());
        for (Window window : others) {
            if (window == main || !window.isShowing()) {
                continue;
            }
            if (window instanceof PopupWindow) {
                window.hide();
            } else if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
                Button cancel = cancelButton(pane);
                if (cancel != null) {
                    cancel.fire();
                }
                if (window.isShowing()) {
                    Event.fireEvent(window, new javafx.stage.WindowEvent(window,
                            javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
                }
                if (window.isShowing()) {
                    window.hide();
                }
            } else {
                window.hide();
            }
        }
    }

    /** The dialog's Cancel button, if it has one; never a button that would confirm or save anything. */
    private static Button cancelButton(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            ButtonBar.ButtonData data = type.getButtonData();
            if ((data == ButtonBar.ButtonData.CANCEL_CLOSE || data.isCancelButton())
                    && pane.lookupButton(type) instanceof Button button) {
                return button;
            }
        }
        return null;
    }
}
