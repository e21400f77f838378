package org.hearth.ui.home;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Days and times of the week as the worker reads and types them ("Tue, Thu 19:00–20:00"). */
final class WeekText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("H:mm");

    private WeekText() {
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** A typed time ("7:30", "19:00", "19"), or null when it is not one. */
    static LocalTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replace('.', ':');
        if (typed.matches("\\d{1,2}")) {
            typed = typed + ":00";
        }
        try {
            return LocalTime.parse(typed, TYPED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String days(Set<DayOfWeek> days, org.hearth.ui.Messages messages) {
        List<String> names = new TreeSet<>(days).stream().map(d -> shortName(d, messages)).toList();
        return String.join(", ", names);
    }

    /** "Tuesday", from the interface texts (the bundle's own locale may be the root one). */
    static String name(DayOfWeek day, org.hearth.ui.Messages messages) {
        return messages.of("home.day", day);
    }

    static String shortName(DayOfWeek day, org.hearth.ui.Messages messages) {
        return messages.of("home.dayShort", day);
    }

    static String span(LocalTime start, LocalTime end) {
        return time(start) + "–" + time(end);
    }
}
