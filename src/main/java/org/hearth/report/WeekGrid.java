package org.hearth.report;

import java.awt.Image;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hearth.domain.HomeSchedule;
import org.hearth.report.HandoutFacts.PrivateTimeFact;

/**
 * The week of private times on the fridge sheet, drawn as a grid: the days across, the hours down (an hour when no
 * one has their own time is left out), each hour of a person's own time in their colour with their name, room and
 * what they do. It is not drawn while two private
 * times clash ({@link PrivateTimesClash}).
 */
final class WeekGrid {

    private WeekGrid() {
    }

    /** Refuses when two private times clash, naming the first clash of the week. */
    static void refuseClashes(HandoutFacts facts, List<PrivateTimeFact> times) {
        List<HomeSchedule.Slot> slots = new ArrayList<>();
        Map<String, PrivateTimeFact> byKey = new HashMap<>();
        for (int i = 0; i < times.size(); i++) {
            PrivateTimeFact t = times.get(i);
            if (t.from() == null || t.to() == null || t.personKey() == null) {
                continue;
            }
            String key = "t" + i;
            byKey.put(key, t);
            // a time without a room shares no room with anyone
            String room = t.room() == null || t.room().isBlank() ? "\u0000" + key : t.room();
            slots.add(new HomeSchedule.Slot(key, t.personKey(), room, t.days(), t.from(), t.to(), true));
        }
        HomeSchedule.conflicts(List.of(), List.of(), slots, List.of()).stream()
                .filter(c -> c.kind() == HomeSchedule.Kind.SHARED_PLACE || c.kind() == HomeSchedule.Kind.TWO_PLACES)
                .filter(c -> c.at() >= 0).min(java.util.Comparator.comparingInt(HomeSchedule.Conflict::at))
                .ifPresent(c -> {
                    PrivateTimeFact a = byKey.get(c.first());
                    PrivateTimeFact b = byKey.get(c.second());
                    throw new PrivateTimesClash(facts.nameOf(a.personKey()), a.room(), facts.nameOf(b.personKey()),
                            b.room(), HomeSchedule.dayOf(c.at()), HomeSchedule.timeOf(c.at()));
                });
    }

    static void write(HandoutFacts facts, List<PrivateTimeFact> times, Sheet sheet) {
        List<PrivateTimeFact> timed = times.stream().filter(t -> t.from() != null && t.to() != null).toList();
        if (timed.isEmpty()) {
            return;
        }
        Locale locale = Locale.forLanguageTag(sheet.words().firstLanguage());
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale));
        }
        sheet.add(Block.weekDays(days));
        int first = timed.stream().mapToInt(t -> t.from().getHour()).min().orElse(0);
        int last = timed.stream().mapToInt(WeekGrid::endHour).max().orElse(24);
        for (int hour = first; hour < last; hour++) {
            int h0 = hour;
            if (timed.stream().noneMatch(t -> covers(t, h0))) {
                // an hour when no one has their own time takes no room: the hours beside it say so
                continue;
            }
            List<String> cells = new ArrayList<>();
            List<Image> firstHalves = new ArrayList<>();
            List<Image> secondHalves = new ArrayList<>();
            for (DayOfWeek day : DayOfWeek.values()) {
                int h = hour;
                List<PrivateTimeFact> here = timed.stream().filter(t -> t.days().contains(day) && covers(t, h))
                        .toList();
                cells.add(here.isEmpty() ? null : String.join("\n", here.stream().map(t -> line(facts, t, h))
                        .filter(s -> !s.isEmpty()).toList()));
                firstHalves.add(here.isEmpty() ? null : swatch(facts, here.get(0)));
                secondHalves.add(here.isEmpty() ? null : swatch(facts, here.get(here.size() > 1 ? 1 : 0)));
            }
            sheet.add(Block.weekHour(String.format(Locale.ROOT, "%02d:00", hour), cells, firstHalves,
                    secondHalves));
        }
    }

    /** The hour a time ends in, rounded up; a time that runs past midnight is drawn to the end of its day. */
    private static int endHour(PrivateTimeFact t) {
        if (!t.to().isAfter(t.from())) {
            return 24;
        }
        return t.to().getMinute() == 0 ? t.to().getHour() : t.to().getHour() + 1;
    }

    private static boolean covers(PrivateTimeFact t, int hour) {
        return t.from().getHour() <= hour && hour < endHour(t);
    }

    /** What the cell says in this hour of the time: the name first, then the room, then what they do. */
    private static String line(HandoutFacts facts, PrivateTimeFact t, int hour) {
        String name = firstName(facts.nameOf(t.personKey()));
        String room = t.room() == null ? "" : t.room();
        String activity = t.activity() == null ? "" : t.activity();
        int row = hour - t.from().getHour();
        int rows = endHour(t) - t.from().getHour();
        if (rows == 1) {
            return join(join(name, room), activity);
        }
        if (rows == 2 && row == 1) {
            return join(room, activity);
        }
        return switch (row) {
            case 0 -> name + (t.from().getMinute() == 0 ? "" : " " + Signals.time(t.from()));
            case 1 -> room;
            case 2 -> activity;
            default -> "";
        };
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + " · " + b;
    }

    private static String firstName(String name) {
        String stripped = name.strip();
        int space = stripped.indexOf(' ');
        return space > 0 ? stripped.substring(0, space) : stripped;
    }

    private static Image swatch(HandoutFacts facts, PrivateTimeFact t) {
        return Palette.swatch(HomeAgreementsSheet.colour(facts, t.personKey()));
    }
}
