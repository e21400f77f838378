package org.hearth.domain;

import java.util.Locale;

/**
 * The kind of computer Hearth runs on, for the few habits that differ: where the data folder is, the menu bar and
 * the names of the keyboard shortcuts. Read once from {@code os.name} by {@link #current()}; everything else is
 * given it, so a test can ask for the Mac or the Windows behaviour on any machine.
 */
public enum OperatingSystem {
    WINDOWS, MACOS, LINUX;

    private static final OperatingSystem CURRENT = named(System.getProperty("os.name", ""));

    /** The system this Hearth runs on. */
    public static OperatingSystem current() {
        return CURRENT;
    }

    /** The system a value of {@code os.name} names; anything not Windows or macOS is treated as Linux. */
    public static OperatingSystem named(String osName) {
        String name = osName.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            return WINDOWS;
        }
        if (name.startsWith("mac") || name.contains("os x") || name.startsWith("darwin")) {
            return MACOS;
        }
        return LINUX;
    }
}
