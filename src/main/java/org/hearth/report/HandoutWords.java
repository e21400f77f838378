package org.hearth.report;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The fixed text of handouts in one or two languages (resource bundles {@code i18n/handout_xx.properties}). In the
 * discreet variant a key {@code k.discreet} takes the place of {@code k} where the bundle has one.
 */
final class HandoutWords {

    private static final Map<String, ResourceBundle> BUNDLES = new ConcurrentHashMap<>();
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final String first;
    private final String second;
    private final boolean discreet;

    HandoutWords(HandoutRequest request) {
        this.first = request.language();
        this.second = request.secondLanguage();
        this.discreet = request.discreet();
    }

    static ResourceBundle bundle(String language) {
        String code = HandoutLanguages.supportedOr(language, HandoutLanguages.ENGLISH);
        return BUNDLES.computeIfAbsent(code, c -> ResourceBundle.getBundle("i18n.handout",
                c.equals(HandoutLanguages.ENGLISH) ? Locale.ROOT : Locale.forLanguageTag(c), NO_FALLBACK));
    }

    boolean discreet() {
        return discreet;
    }

    String firstLanguage() {
        return first;
    }

    String secondLanguage() {
        return second;
    }

    /** The text in the first language. */
    String one(String key, Object... args) {
        return in(first, key, args);
    }

    /** The text in the second language, or null when there is none. */
    String two(String key, Object... args) {
        return second == null ? null : in(second, key, args);
    }

    String in(String language, String key, Object... args) {
        ResourceBundle bundle = bundle(language);
        String pattern;
        try {
            pattern = discreet && bundle.containsKey(key + ".discreet") ? bundle.getString(key + ".discreet")
                    : bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("No handout text " + key + " in " + language, e);
        }
        return args.length == 0 ? pattern.replace("''", "'")
                : new MessageFormat(pattern, Locale.forLanguageTag(language)).format(args);
    }

    /** The name of an enum value in the given language, e.g. key "channel" and PHONE: "channel.PHONE". */
    String name(String language, String prefix, Enum<?> value) {
        return value == null ? "" : in(language, prefix + "." + value.name());
    }

    List<String> languages() {
        return second == null ? List.of(first) : List.of(first, second);
    }
}
