package org.hearth.ui;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The interface texts in the worker's language, from the resource bundles in {@code i18n/}. */
public final class Messages {

    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter typedDates;

    public Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
        this.dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        this.typedDates = strictDates(FormatStyle.MEDIUM, locale);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), bundle.getLocale()).format(arguments);
    }

    public String date(LocalDate date) {
        return date == null ? "" : dates.format(date);
    }

    /** Dates in date pickers as the worker reads them elsewhere in Hearth (e.g. "15 Jan 2027"). */
    public javafx.util.StringConverter<LocalDate> dates() {
        return new javafx.util.converter.LocalDateStringConverter(dates, typedDates);
    }

    /**
     * Reads dates typed in this locale's way, refusing impossible ones: the JDK's localized formats quietly turn
     * "31 February" into 28 February, so the pattern's year-of-era becomes a proleptic year and resolving is strict.
     */
    public static DateTimeFormatter strictDates(FormatStyle style, Locale locale) {
        String pattern = java.time.format.DateTimeFormatterBuilder.getLocalizedDateTimePattern(style, null,
                java.time.chrono.IsoChronology.INSTANCE, locale);
        StringBuilder strict = new StringBuilder();
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            strict.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(strict.toString(), locale)
                .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    }

    /** Shows enum constants in choice boxes by their text under {@code prefix.CONSTANT}. */
    public <E extends Enum<E>> javafx.util.StringConverter<E> names(String prefix) {
        return shown(value -> of(prefix, value));
    }

    /** Shows values in choice boxes by the given text (blank for none). */
    public static <T> javafx.util.StringConverter<T> shown(java.util.function.Function<T, String> text) {
        return new javafx.util.StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }

    /** The text for an enum constant, under the key {@code prefix.CONSTANT}. */
    public String of(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }
}
