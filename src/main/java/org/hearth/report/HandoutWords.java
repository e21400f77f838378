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
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Object[] shown = args.clone();
        for (int i = 0; i < shown.length; i++) {
            if (shown[i] instanceof String text) {
                shown[i] = typed(language, text);
            }
        }
        return new MessageFormat(pattern, Locale.forLanguageTag(language)).format(shown);
    }

    /**
     * Typed text as it goes into a line of the given language. In a right-to-left language, Latin text (a name, a
     * step the worker wrote in Dutch) is embedded left-to-right line by line, so it reads as typed and its
     * punctuation stays where it was.
     */
    static String typed(String language, String text) {
        if (text == null || !HandoutLanguages.rightToLeft(language) || text.isEmpty()) {
            return text;
        }
        if (text.codePoints().anyMatch(HandoutWords::rightToLeftLetter)
                || text.codePoints().noneMatch(Character::isLetterOrDigit)) {
            return emojiLeftToRight(text);
        }
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(line.isEmpty() ? line : LRE + line + PDF);
        }
        return out.toString();
    }

    /**
     * Emoji (characters beyond the first 65,536, written as two UTF-16 units) embedded left-to-right, run by run: in
     * a right-to-left line the PDF's line layout reverses text unit by unit, which splits such a character and drops
     * it ("🌻🌻" printed as one sunflower). Embedded, they keep their order and each stays whole.
     */
    static String emojiLeftToRight(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        boolean inRun = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean part = Character.isSupplementaryCodePoint(c)
                    || inRun && (c == 0x200D || c == 0xFE0F || c == 0x20E3);
            if (part && !inRun) {
                out.append(LRE);
            } else if (!part && inRun) {
                out.append(PDF);
            }
            inRun = part;
            out.appendCodePoint(c);
            i += Character.charCount(c);
        }
        if (inRun) {
            out.append(PDF);
        }
        return out.toString();
    }

    private static final char LRE = '\u202A';
    private static final char PDF = '\u202C';

    private static boolean rightToLeftLetter(int c) {
        byte direction = Character.getDirectionality(c);
        return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    }

    /** The name of an enum value in the given language, e.g. key "channel" and PHONE: "channel.PHONE". */
    String name(String language, String prefix, Enum<?> value) {
        return value == null ? "" : in(language, prefix + "." + value.name());
    }

    List<String> languages() {
        return second == null ? List.of(first) : List.of(first, second);
    }
}
