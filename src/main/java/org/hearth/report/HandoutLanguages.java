package org.hearth.report;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The languages handouts are printed in, and whether a native speaker has reviewed each translation. */
public final class HandoutLanguages {

    public static final String ENGLISH = "en";
    /** Every language with handout text, in the order the worker sees them. */
    public static final List<String> ALL = List.of("en", "nl", "de", "fr", "pl", "tr", "ar");

    private HandoutLanguages() {
    }

    public static boolean supported(String code) {
        return code != null && ALL.contains(normal(code));
    }

    /** The language code when handouts exist in it (e.g. "NL" or "nl-BE" gives "nl"), else the fallback. */
    public static String supportedOr(String code, String fallback) {
        if (code == null) {
            return fallback;
        }
        String normal = normal(code);
        return ALL.contains(normal) ? normal : fallback;
    }

    private static String normal(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }

    /** Arabic is written right to left. */
    public static boolean rightToLeft(String code) {
        return "ar".equals(code);
    }

    /** The language's own name ("Nederlands", "العربية"). */
    public static String nativeName(String code) {
        return HandoutWords.bundle(code).getString("language.name");
    }

    /** False when the bundle says its translation has not yet been checked by a native speaker. */
    public static boolean reviewed(String code) {
        ResourceBundle bundle = HandoutWords.bundle(code);
        return Boolean.parseBoolean(bundle.getString("reviewed"));
    }
}
