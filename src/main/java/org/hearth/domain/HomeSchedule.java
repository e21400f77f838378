package org.hearth.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The conflicts in a family's home agreements (tips 6-8 of the guidance): the week of private times and
 * activities, and where everyone goes during a time-out. A pure rule on plain values: every agreement is named
 * by a key of the caller's choosing, and each conflict names the agreements it concerns, so the screen can
 * explain it at the agreement itself.
 *
 * <p>A weekly time runs from its start to its end on each of its days; an end at or before the start means it runs
 * past midnight into the next day (Sunday night runs into Monday morning). Results are sorted, so they do not
 * depend on the order of the input, and each conflict is reported once.
 */
public final class HomeSchedule {

    /** Minutes in a day and in a week. */
    static final int DAY = 24 * 60;
    static final int WEEK = 7 * DAY;

    /** Someone in the household; a child may not be alone where the family agreed that is not allowed. */
    public record Member(String key, boolean child) {
        public Member {
            Objects.requireNonNull(key);
        }
    }

    /** A room or place; {@code childAloneAllowed} is false where a young child must not be alone (outside). */
    public record Place(String key, boolean childAloneAllowed) {
        public Place {
            Objects.requireNonNull(key);
        }
    }

    /**
     * A weekly time when a person is at a place. A private time claims the place for that person
     * ({@code claims}); an activity (yoga in one's room, working in the attic) only says where the person is.
     * A start equal to the end is no time at all.
     */
    public record Slot(String key, String person, String place, Set<DayOfWeek> days, LocalTime start,
                       LocalTime end, boolean claims) {
        public Slot {
            Objects.requireNonNull(key);
            Objects.requireNonNull(person);
            Objects.requireNonNull(place);
            Objects.requireNonNull(start);
            Objects.requireNonNull(end);
            days = Set.copyOf(days);
        }

        /** The stretches of the week this slot covers, in minutes from Monday 00:00, each [from, to). */
        public List<int[]> stretches() {
            List<int[]> stretches = new ArrayList<>();
            int from = start.getHour() * 60 + start.getMinute();
            int to = end.getHour() * 60 + end.getMinute();
            if (from == to) {
                return stretches;
            }
            int length = to > from ? to - from : DAY - from + to;
            for (DayOfWeek day : new TreeSet<>(days)) {
                int begin = (day.getValue() - 1) * DAY + from;
                int finish = begin + length;
                if (finish <= WEEK) {
                    stretches.add(new int[] {begin, finish});
                } else {
                    stretches.add(new int[] {begin, WEEK});
                    stretches.add(new int[] {0, finish - WEEK});
                }
            }
            return stretches;
        }
    }

    /** During a time-out, a person goes to a place. */
    public record Stay(String key, String person, String place) {
        public Stay {
            Objects.requireNonNull(key);
            Objects.requireNonNull(person);
        }
    }

    /** What a conflict is about. */
    public enum Kind {
        /** Two people have (or use) the same place at overlapping times, and at least one of them as their own. */
        SHARED_PLACE,
        /** One person is agreed to be in two places at once. */
        TWO_PLACES,
        /** The time-out sends two people to the same place. */
        TIME_OUT_SAME_PLACE,
        /** The time-out sends a person to a place that is someone else's private space at some time. */
        TIME_OUT_IN_PRIVATE_SPACE,
        /** A child is agreed to be alone at a place where the family agreed a child may not be alone. */
        CHILD_ALONE,
        /** Someone has no private time at all in the week. */
        NO_PRIVATE_TIME
    }

    /**
     * One conflict: its kind, the agreement concerned ({@code first}) and the one it clashes with ({@code second},
     * or null); for a person without private time, {@code first} is the person's key. {@code at} is the first
     * minute of the week (from Monday 00:00) when two times overlap, or -1.
     */
    public record Conflict(Kind kind, String first, String second, int at) {
    }

    private static final Comparator<Conflict> ORDER = Comparator.comparing(Conflict::kind)
            .thenComparing(Conflict::first).thenComparing(c -> c.second() == null ? "" : c.second());

    private HomeSchedule() {
    }

    /** Every conflict in the agreements, each once, sorted; no adult is agreed to look after the children. */
    public static List<Conflict> conflicts(List<Member> people, List<Place> places, List<Slot> slots,
                                           List<Stay> timeOut) {
        return conflicts(people, places, slots, timeOut, null);
    }

    /**
     * Every conflict in the agreements, each once, sorted. In a time-out the children may share a place with each
     * other and with the adult agreed to look after them ({@code childrenCaredBy}, a key, or null): that group was
     * agreed; anyone else sent to the same place is a conflict.
     */
    public static List<Conflict> conflicts(List<Member> people, List<Place> places, List<Slot> slots,
                                           List<Stay> timeOut, String childrenCaredBy) {
        Map<String, Member> members = people.stream().collect(Collectors.toMap(Member::key, Function.identity(),
                (a, b) -> a));
        Map<String, Place> placesByKey = places.stream().collect(Collectors.toMap(Place::key, Function.identity(),
                (a, b) -> a));
        Set<Conflict> found = new HashSet<>();
        List<Slot> sorted = slots.stream().sorted(Comparator.comparing(Slot::key)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                Slot a = sorted.get(i);
                Slot b = sorted.get(j);
                int at = firstOverlap(a, b);
                if (at < 0) {
                    continue;
                }
                boolean samePerson = a.person().equals(b.person());
                boolean samePlace = a.place().equals(b.place());
                if (samePerson && !samePlace) {
                    found.add(new Conflict(Kind.TWO_PLACES, a.key(), b.key(), at));
                } else if (!samePerson && samePlace && (a.claims() || b.claims())) {
                    found.add(new Conflict(Kind.SHARED_PLACE, a.key(), b.key(), at));
                }
            }
        }
        for (Slot slot : sorted) {
            if (childAloneNotAllowed(members.get(slot.person()), placesByKey.get(slot.place()))) {
                found.add(new Conflict(Kind.CHILD_ALONE, slot.key(), null, -1));
            }
        }
        List<Stay> stays = timeOut.stream().filter(s -> s.place() != null).sorted(Comparator.comparing(Stay::key))
                .toList();
        for (int i = 0; i < stays.size(); i++) {
            Stay stay = stays.get(i);
            for (int j = i + 1; j < stays.size(); j++) {
                Stay other = stays.get(j);
                if (!stay.person().equals(other.person()) && stay.place().equals(other.place())
                        && !(withTheChildren(members.get(stay.person()), childrenCaredBy)
                        && withTheChildren(members.get(other.person()), childrenCaredBy)
                        && (isChild(members.get(stay.person())) || isChild(members.get(other.person()))))) {
                    found.add(new Conflict(Kind.TIME_OUT_SAME_PLACE, stay.key(), other.key(), -1));
                }
            }
            for (Slot slot : sorted) {
                if (slot.claims() && !slot.person().equals(stay.person()) && slot.place().equals(stay.place())
                        && !slot.stretches().isEmpty()) {
                    found.add(new Conflict(Kind.TIME_OUT_IN_PRIVATE_SPACE, stay.key(), slot.key(),
                            slot.stretches().get(0)[0]));
                }
            }
            if (childAloneNotAllowed(members.get(stay.person()), placesByKey.get(stay.place()))) {
                found.add(new Conflict(Kind.CHILD_ALONE, stay.key(), null, -1));
            }
        }
        boolean anyPrivateTime = sorted.stream().anyMatch(s -> s.claims() && !s.stretches().isEmpty());
        if (anyPrivateTime) {
            for (Member member : people) {
                boolean has = sorted.stream().anyMatch(s -> s.claims() && s.person().equals(member.key())
                        && !s.stretches().isEmpty());
                if (!has) {
                    found.add(new Conflict(Kind.NO_PRIVATE_TIME, member.key(), null, -1));
                }
            }
        }
        return found.stream().sorted(ORDER).toList();
    }

    /** A child, or the adult agreed to look after the children during a time-out. */
    private static boolean withTheChildren(Member member, String childrenCaredBy) {
        return member != null && (member.child() || member.key().equals(childrenCaredBy));
    }

    private static boolean isChild(Member member) {
        return member != null && member.child();
    }

    private static boolean childAloneNotAllowed(Member member, Place place) {
        return member != null && member.child() && place != null && !place.childAloneAllowed();
    }

    /** Whether two weekly times share at least one minute. */
    public static boolean overlap(Slot a, Slot b) {
        return firstOverlap(a, b) >= 0;
    }

    /** The first minute of the week (from Monday 00:00) that both times cover, or -1 when they do not meet. */
    public static int firstOverlap(Slot a, Slot b) {
        int first = -1;
        for (int[] x : a.stretches()) {
            for (int[] y : b.stretches()) {
                int from = Math.max(x[0], y[0]);
                int to = Math.min(x[1], y[1]);
                if (from < to && (first < 0 || from < first)) {
                    first = from;
                }
            }
        }
        return first;
    }

    /** The day of a minute of the week. */
    public static DayOfWeek dayOf(int minuteOfWeek) {
        return DayOfWeek.of(minuteOfWeek / DAY + 1);
    }

    /** The time of day of a minute of the week. */
    public static LocalTime timeOf(int minuteOfWeek) {
        int minute = minuteOfWeek % DAY;
        return LocalTime.of(minute / 60, minute % 60);
    }
}
