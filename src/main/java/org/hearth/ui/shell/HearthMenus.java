package org.hearth.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.hearth.domain.OperatingSystem;
import org.hearth.ui.Messages;

/**
 * Hearth's menu bar, laid out the way each system's users expect. On a Mac it is the system menu bar at the top of
 * the screen, and a first menu named Hearth holds About Hearth, Settings… (⌘,) and Quit Hearth (⌘Q), where a Mac
 * user looks for them (JavaFX 21 has no way to add to the application menu macOS makes itself; that one keeps its
 * own Hide and Quit). On Windows and Linux the bar is in the window, Quit ends the File menu, Settings is in View
 * and About in Help. Every shortcut is written with {@code Shortcut}, which is Cmd on a Mac and Ctrl elsewhere.
 */
public final class HearthMenus {

    /** Every command of the menus, with its shortcut (none for About). */
    public enum Command {
        NEW_CASE("Shortcut+N"), CLOSE_CASE("Shortcut+W"), SHARE_CASE("Shortcut+Shift+H"), LOCK("Shortcut+L"),
        QUIT("Shortcut+Q"), UNDO("Shortcut+Z"), REDO("Shortcut+Shift+Z"), SAVE("Shortcut+S"), FIND_CASE("Shortcut+F"),
        TODAY("Shortcut+1"), CASES("Shortcut+2"), SETTINGS("Shortcut+Comma"), ABOUT(null);

        private final String keys;

        Command(String keys) {
            this.keys = keys;
        }

        /** The shortcut in JavaFX's notation ({@code Shortcut} is Cmd on a Mac, Ctrl elsewhere), or null. */
        public String keys() {
            return keys;
        }
    }

    private final OperatingSystem system;
    private final Messages messages;
    private final Consumer<Command> commands;
    private final BooleanSupplier locked;
    private MenuItem saveItem;
    private MenuItem undoItem;
    private MenuItem redoItem;
    private MenuItem closeCaseItem;
    private MenuItem shareItem;

    /** Menus for this system; while {@code locked} says so, no entry does anything. */
    public HearthMenus(OperatingSystem system, Messages messages, Consumer<Command> commands, BooleanSupplier locked) {
        this.system = system;
        this.messages = messages;
        this.commands = commands;
        this.locked = locked;
    }

    /** A new menu bar (one per main view; the entries that need an open case start switched off). */
    public MenuBar bar(boolean onTeamServer) {
        boolean mac = system == OperatingSystem.MACOS;
        MenuItem about = item("menu.about", Command.ABOUT);
        MenuItem settings = item(mac ? "menu.settings" : "nav.settings", Command.SETTINGS);
        MenuItem quit = item(mac ? "menu.quitHearth" : "menu.quit", Command.QUIT);
        closeCaseItem = item("menu.closeCase", Command.CLOSE_CASE);
        shareItem = item("share.menu", Command.SHARE_CASE);
        shareItem.setId("shareMenuItem");
        shareItem.setVisible(onTeamServer);
        Menu file = new Menu(messages.get("menu.file"), null, item("menu.newCase", Command.NEW_CASE),
                closeCaseItem, shareItem, new SeparatorMenuItem(), item("menu.lock", Command.LOCK));
        undoItem = item("menu.undo", Command.UNDO);
        redoItem = item("menu.redo", Command.REDO);
        saveItem = item("menu.save", Command.SAVE);
        Menu edit = new Menu(messages.get("menu.edit"), null, undoItem, redoItem, saveItem, new SeparatorMenuItem(),
                item("menu.find", Command.FIND_CASE));
        Menu view = new Menu(messages.get("menu.view"), null, item("nav.today", Command.TODAY),
                item("nav.cases", Command.CASES));
        List<Menu> menus = new ArrayList<>();
        if (mac) {
            Menu hearth = new Menu(messages.get("app.name"), null, about, new SeparatorMenuItem(), settings,
                    new SeparatorMenuItem(), quit);
            menus.addAll(List.of(hearth, file, edit, view));
        } else {
            file.getItems().addAll(new SeparatorMenuItem(), quit);
            view.getItems().add(settings);
            menus.addAll(List.of(file, edit, view, new Menu(messages.get("menu.help"), null, about)));
        }
        MenuBar bar = new MenuBar(menus.toArray(Menu[]::new));
        bar.setUseSystemMenuBar(mac);
        update(false, onTeamServer);
        return bar;
    }

    /** Switches the entries that need an open case (and, for sharing, a team server) on or off. */
    public void update(boolean inCase, boolean onTeamServer) {
        saveItem.setDisable(!inCase);
        undoItem.setDisable(!inCase);
        redoItem.setDisable(!inCase);
        closeCaseItem.setDisable(!inCase);
        shareItem.setDisable(!inCase || !onTeamServer);
    }

    /** The lock button's tooltip, naming the shortcut the way this system writes it. */
    public String lockTip() {
        return messages.format("nav.lockTip", shortcutText(system, Command.LOCK.keys()));
    }

    /** What About Hearth says: the name, the version and what Hearth is for. */
    public static String aboutText(Messages messages) {
        String version = HearthMenus.class.getPackage().getImplementationVersion();
        return messages.format("about.text", version != null ? version : messages.get("about.development"));
    }

    /**
     * A shortcut as this system writes it in menus and help: "⇧⌘Z" on a Mac, "Ctrl+Shift+Z" on Windows and Linux.
     */
    public static String shortcutText(OperatingSystem system, String keys) {
        KeyCodeCombination combination = (KeyCodeCombination) KeyCombination.keyCombination(keys);
        boolean shortcut = combination.getShortcut() == KeyCombination.ModifierValue.DOWN;
        boolean control = combination.getControl() == KeyCombination.ModifierValue.DOWN;
        boolean alt = combination.getAlt() == KeyCombination.ModifierValue.DOWN;
        boolean shift = combination.getShift() == KeyCombination.ModifierValue.DOWN;
        boolean meta = combination.getMeta() == KeyCombination.ModifierValue.DOWN;
        String key = combination.getCode().getChar().isBlank() ? combination.getCode().getName()
                : combination.getCode().getChar().toUpperCase(java.util.Locale.ROOT);
        StringBuilder text = new StringBuilder();
        if (system == OperatingSystem.MACOS) {
            text.append(control ? "⌃" : "").append(alt ? "⌥" : "").append(shift ? "⇧" : "")
                    .append(shortcut || meta ? "⌘" : "");
            return text.append(key).toString();
        }
        text.append(shortcut || control ? "Ctrl+" : "").append(alt ? "Alt+" : "").append(shift ? "Shift+" : "")
                .append(meta ? "Meta+" : "");
        return text.append(key).toString();
    }

    private MenuItem item(String key, Command command) {
        MenuItem item = new MenuItem(messages.get(key));
        if (command.keys() != null) {
            item.setAccelerator(KeyCombination.keyCombination(command.keys()));
        }
        item.setOnAction(e -> {
            if (!locked.getAsBoolean()) {
                commands.accept(command);
            }
        });
        return item;
    }
}
