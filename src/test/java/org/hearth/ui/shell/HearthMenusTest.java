package org.hearth.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.hearth.domain.OperatingSystem;
import org.hearth.ui.Messages;
import org.hearth.ui.shell.HearthMenus.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menus as a Mac user and as a Windows or Linux user expect them, with the system given, so both are checked on
 * any machine: where About, Settings and Quit are, the system menu bar, and shortcuts that are Cmd on a Mac and Ctrl
 * elsewhere.
 */
class HearthMenusTest {

    private final List<Command> ran = new ArrayList<>();
    private final AtomicBoolean locked = new AtomicBoolean();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private MenuBar bar(OperatingSystem system, Locale language) throws Exception {
        HearthMenus menus = new HearthMenus(system, new Messages(language), ran::add, locked::get);
        return WaitForAsyncUtils.asyncFx(() -> menus.bar(false)).get();
    }

    @Test
    void onAMacTheMenusAreInTheSystemMenuBarWithAboutSettingsAndQuitInAHearthMenuFirst() throws Exception {
        MenuBar bar = bar(OperatingSystem.MACOS, Locale.ENGLISH);

        assertThat(bar.isUseSystemMenuBar()).isTrue();
        assertThat(names(bar.getMenus())).containsExactly("Hearth", "File", "Edit", "View");
        Menu hearth = bar.getMenus().get(0);
        assertThat(entries(hearth)).containsExactly("About Hearth", "Settings…", "Quit Hearth");
        assertThat(accelerator(hearth, "Settings…")).isEqualTo("Shortcut+Comma");
        assertThat(accelerator(hearth, "Quit Hearth")).isEqualTo("Shortcut+Q");
        assertThat(entries(bar.getMenus().get(1))).doesNotContain("Quit").contains("Lock");
        assertThat(entries(bar.getMenus().get(3))).containsExactly("Today", "Cases");

        choose(hearth, "Quit Hearth");
        choose(hearth, "Settings…");
        choose(hearth, "About Hearth");
        assertThat(ran).containsExactly(Command.QUIT, Command.SETTINGS, Command.ABOUT);
    }

    @Test
    void onWindowsAndLinuxQuitEndsTheFileMenuSettingsIsInViewAndAboutInHelp() throws Exception {
        for (OperatingSystem system : List.of(OperatingSystem.WINDOWS, OperatingSystem.LINUX)) {
            MenuBar bar = bar(system, Locale.ENGLISH);

            assertThat(bar.isUseSystemMenuBar()).as(system.name()).isFalse();
            assertThat(names(bar.getMenus())).containsExactly("File", "Edit", "View", "Help");
            assertThat(entries(bar.getMenus().get(0))).containsExactly("New case", "Close case", "Share case…",
                    "Lock", "Quit");
            assertThat(accelerator(bar.getMenus().get(0), "Quit")).isEqualTo("Shortcut+Q");
            assertThat(entries(bar.getMenus().get(2))).containsExactly("Today", "Cases", "Settings");
            assertThat(accelerator(bar.getMenus().get(2), "Settings")).isEqualTo("Shortcut+Comma");
            assertThat(entries(bar.getMenus().get(3))).containsExactly("About Hearth");
        }
    }

    @Test
    void everyShortcutIsCmdOnAMacAndCtrlElsewhereNeverAHardCodedCtrlOrMeta() throws Exception {
        for (OperatingSystem system : OperatingSystem.values()) {
            List<KeyCombination> shortcuts = new ArrayList<>();
            for (Menu menu : bar(system, Locale.ENGLISH).getMenus()) {
                menu.getItems().stream().map(MenuItem::getAccelerator).filter(a -> a != null).forEach(shortcuts::add);
            }
            assertThat(shortcuts).hasSize(12).allSatisfy(shortcut -> {
                assertThat(shortcut.getShortcut()).isEqualTo(KeyCombination.ModifierValue.DOWN);
                assertThat(shortcut.getControl()).isEqualTo(KeyCombination.ModifierValue.UP);
                assertThat(shortcut.getMeta()).isEqualTo(KeyCombination.ModifierValue.UP);
                assertThat(shortcut.getAlt()).as("Alt+letter is avoided on a Mac").isEqualTo(
                        KeyCombination.ModifierValue.UP);
            });
        }
    }

    @Test
    void shortcutsAreNamedTheWayEachSystemWritesThem() throws Exception {
        assertThat(new HearthMenus(OperatingSystem.MACOS, new Messages(Locale.ENGLISH), ran::add, locked::get)
                .lockTip()).isEqualTo("Lock Hearth now (⌘L)");
        assertThat(new HearthMenus(OperatingSystem.WINDOWS, new Messages(Locale.ENGLISH), ran::add, locked::get)
                .lockTip()).isEqualTo("Lock Hearth now (Ctrl+L)");
        assertThat(new HearthMenus(OperatingSystem.MACOS, new Messages(Locale.forLanguageTag("nl")), ran::add,
                locked::get).lockTip()).isEqualTo("Hearth nu vergrendelen (⌘L)");
        assertThat(HearthMenus.shortcutText(OperatingSystem.MACOS, "Shortcut+Shift+Z")).isEqualTo("⇧⌘Z");
        assertThat(HearthMenus.shortcutText(OperatingSystem.MACOS, "Shortcut+Comma")).isEqualTo("⌘,");
        assertThat(HearthMenus.shortcutText(OperatingSystem.LINUX, "Shortcut+Shift+Z")).isEqualTo("Ctrl+Shift+Z");
        assertThat(HearthMenus.shortcutText(OperatingSystem.WINDOWS, "Shortcut+1")).isEqualTo("Ctrl+1");
    }

    @Test
    void theMacMenusSpeakDutchToo() throws Exception {
        MenuBar bar = bar(OperatingSystem.MACOS, Locale.forLanguageTag("nl"));
        assertThat(entries(bar.getMenus().get(0))).containsExactly("Over Hearth", "Instellingen…", "Hearth afsluiten");
        MenuBar windows = bar(OperatingSystem.WINDOWS, Locale.forLanguageTag("nl"));
        assertThat(names(windows.getMenus())).containsExactly("Bestand", "Bewerken", "Beeld", "Help");
    }

    @Test
    void whileLockedNoMenuEntryDoesAnything() throws Exception {
        MenuBar bar = bar(OperatingSystem.MACOS, Locale.ENGLISH);
        locked.set(true);
        choose(bar.getMenus().get(0), "Quit Hearth");
        choose(bar.getMenus().get(1), "New case");
        assertThat(ran).isEmpty();
    }

    private static List<String> names(List<Menu> menus) {
        return menus.stream().map(Menu::getText).toList();
    }

    private static List<String> entries(Menu menu) {
        return menu.getItems().stream().filter(item -> !(item instanceof SeparatorMenuItem)).map(MenuItem::getText)
                .toList();
    }

    private static MenuItem entry(Menu menu, String text) {
        return menu.getItems().stream().filter(item -> text.equals(item.getText())).findFirst().orElseThrow();
    }

    private static String accelerator(Menu menu, String text) {
        return entry(menu, text).getAccelerator().getName();
    }

    private static void choose(Menu menu, String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> entry(menu, text).fire()).get();
    }
}
