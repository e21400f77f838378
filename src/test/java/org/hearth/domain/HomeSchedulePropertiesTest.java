package org.hearth.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import org.hearth.Tries;
import org.hearth.domain.HomeSchedule.Conflict;
import org.hearth.domain.HomeSchedule.Kind;
import org.hearth.domain.HomeSchedule.Member;
import org.hearth.domain.HomeSchedule.Place;
import org.hearth.domain.HomeSchedule.Slot;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Properties of the schedule conflicts, checked against a plain minute-by-minute reading of the week (which
 * knows nothing of midnight or Sunday night as special cases).
 */
class HomeSchedulePropertiesTest {

    /** Generated weeks per property. */
    private static final int TRIES = 1000;
    private static final int WEEK = 7 * 24 * 60;
    private static final int QUARTERS = 24 * 4;
    private static final List<Member> PEOPLE = List.of(new Member("ann", false), new Member("bob", false),
            new Member("cem", true));
    private static final List<Place> PLACES = List.of(new Place("attic", true), new Place("bedroom", true),
            new Place("garden", false));

    /** A weekly time without its key; the key is given by position, so keys are unique. */
    private record Shape(String person, String place, Set<DayOfWeek> days, LocalTime start, LocalTime end,
                         boolean claims) {
    }

    /** The same agreements, to be shuffled with this seed. */
    private record Shuffled(List<Slot> slots, long seed) {
    }

    /** A time from one hour to an earlier one on the next day (both on the hour, neither midnight). */
    private record Night(DayOfWeek day, int start, int end) {
    }

    /** Up to seven weekly times, on one to three days, starting and ending on a quarter hour, never empty. */
    private static Gen<List<Slot>> slots() {
        Gen<Set<DayOfWeek>> days = lists().of(Generate.enumValues(DayOfWeek.class)).ofSizeBetween(1, 3)
                .map(EnumSet::copyOf);
        Gen<Integer> quarter = integers().between(0, QUARTERS - 1);
        Gen<Integer> length = integers().between(1, QUARTERS - 1);
        Gen<String> person = Generate.pick(List.of("ann", "bob", "cem"));
        Gen<String> place = Generate.pick(List.of("attic", "bedroom", "garden"));
        Gen<Boolean> claims = booleans().all();
        Gen<Shape> shape = in -> {
            int start = quarter.generate(in);
            int end = (start + length.generate(in)) % QUARTERS;
            return new Shape(person.generate(in), place.generate(in), days.generate(in), time(start), time(end),
                    claims.generate(in));
        };
        return lists().of(shape).ofSizeBetween(0, 7).map(shapes -> {
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                Shape s = shapes.get(i);
                slots.add(new Slot("s" + i, s.person(), s.place(), s.days(), s.start(), s.end(), s.claims()));
            }
            return slots;
        });
    }

    private static LocalTime time(int quarter) {
        return LocalTime.of(quarter / 4, quarter % 4 * 15);
    }

    /** Checks the property on TRIES generated values and prints how many it checked. */
    private static <T> void forTries(String property, Gen<T> values, Consumer<T> check) {
        System.out.printf("%s: %d tries%n", property, Tries.check(TRIES, 100, values, check));
    }

    /** The minutes of the week a slot covers, read one minute at a time. */
    private static boolean[] minutes(Slot slot) {
        boolean[] covered = new boolean[WEEK];
        int from = slot.start().getHour() * 60 + slot.start().getMinute();
        int to = slot.end().getHour() * 60 + slot.end().getMinute();
        int length = Math.floorMod(to - from, 24 * 60);
        for (DayOfWeek day : slot.days()) {
            for (int minute = 0; minute < length; minute++) {
                covered[((day.getValue() - 1) * 24 * 60 + from + minute) % WEEK] = true;
            }
        }
        return covered;
    }

    private static boolean meet(Slot a, Slot b) {
        boolean[] x = minutes(a);
        boolean[] y = minutes(b);
        for (int i = 0; i < WEEK; i++) {
            if (x[i] && y[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean clash(Slot a, Slot b) {
        boolean samePerson = a.person().equals(b.person());
        boolean samePlace = a.place().equals(b.place());
        return (samePerson && !samePlace || !samePerson && samePlace && (a.claims() || b.claims())) && meet(a, b);
    }

    private static List<Conflict> pairs(List<Conflict> conflicts) {
        return conflicts.stream().filter(c -> c.kind() == Kind.SHARED_PLACE || c.kind() == Kind.TWO_PLACES)
                .toList();
    }

    @Test
    void everyOverlapIsReportedExactlyOnceAndNothingElse() {
        forTries("every overlap reported once", slots(), HomeSchedulePropertiesTest::reportedExactlyOnce);
    }

    private static void reportedExactlyOnce(List<Slot> slots) {
        List<Conflict> reported = pairs(HomeSchedule.conflicts(PEOPLE, PLACES, slots, List.of()));
        int expected = 0;
        for (int i = 0; i < slots.size(); i++) {
            for (int j = i + 1; j < slots.size(); j++) {
                Slot a = slots.get(i);
                Slot b = slots.get(j);
                long times = reported.stream().filter(c -> Set.of(c.first(), c.second()).equals(Set.of(a.key(),
                        b.key()))).count();
                if (clash(a, b)) {
                    expected++;
                    assertThat(times).as("%s and %s", a, b).isEqualTo(1);
                } else {
                    assertThat(times).as("%s and %s", a, b).isZero();
                }
            }
        }
        assertThat(reported).hasSize(expected);
    }

    @Test
    void theReportedMomentIsOneBothTimesCover() {
        forTries("the moment both cover", slots(), HomeSchedulePropertiesTest::momentBothCover);
    }

    private static void momentBothCover(List<Slot> slots) {
        for (Conflict conflict : pairs(HomeSchedule.conflicts(PEOPLE, PLACES, slots, List.of()))) {
            Slot a = slots.stream().filter(s -> s.key().equals(conflict.first())).findFirst().orElseThrow();
            Slot b = slots.stream().filter(s -> s.key().equals(conflict.second())).findFirst().orElseThrow();
            assertThat(minutes(a)[conflict.at()] && minutes(b)[conflict.at()]).isTrue();
        }
    }

    @Test
    void resultsDoNotDependOnTheOrderOfTheAgreements() {
        forTries("any order", slots().zip(longs().all(), Shuffled::new), s -> {
            List<Slot> shuffled = new ArrayList<>(s.slots());
            Collections.shuffle(shuffled, new Random(s.seed()));
            List<Member> people = new ArrayList<>(PEOPLE);
            Collections.shuffle(people, new Random(s.seed()));
            assertThat(HomeSchedule.conflicts(people, PLACES, shuffled, List.of()))
                    .isEqualTo(HomeSchedule.conflicts(PEOPLE, PLACES, s.slots(), List.of()));
        });
    }

    @Test
    void disjointTimesNeverConflict() {
        forTries("disjoint times", slots(), HomeSchedulePropertiesTest::apartNeverConflict);
    }

    private static void apartNeverConflict(List<Slot> slots) {
        // each slot moved to a day of its own, not past midnight: nothing can meet
        List<Slot> apart = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            Slot s = slots.get(i);
            LocalTime start = s.start().isBefore(s.end()) ? s.start() : s.end();
            LocalTime end = s.start().isBefore(s.end()) ? s.end() : s.start();
            apart.add(new Slot(s.key(), s.person(), s.place(), EnumSet.of(DayOfWeek.of(i + 1)), start, end,
                    s.claims()));
        }
        assertThat(pairs(HomeSchedule.conflicts(PEOPLE, PLACES, apart, List.of()))).isEmpty();
    }

    @Test
    void aTimePastMidnightMeetsTheNextMorning() {
        // every try is a night: the end hour is drawn below the start hour
        Gen<Night> nights = in -> {
            DayOfWeek day = Generate.enumValues(DayOfWeek.class).generate(in);
            int start = integers().between(2, 23).generate(in);
            return new Night(day, start, integers().between(1, start - 1).generate(in));
        };
        forTries("past midnight", nights, n -> pastMidnight(n.day(), n.start(), n.end()));
    }

    private static void pastMidnight(DayOfWeek day, int start, int end) {
        Slot night = new Slot("night", "ann", "attic", Set.of(day), LocalTime.of(start, 0), LocalTime.of(end, 0),
                true);
        Slot morning = new Slot("morning", "bob", "attic", Set.of(day.plus(1)), LocalTime.of(0, 0),
                LocalTime.of(end, 0), true);
        Slot evening = new Slot("evening", "bob", "attic", Set.of(day.plus(1)), LocalTime.of(end, 0),
                LocalTime.of(start, 0), true);
        assertThat(HomeSchedule.overlap(night, morning)).isTrue();
        assertThat(HomeSchedule.conflicts(PEOPLE, PLACES, List.of(night, morning), List.of()))
                .filteredOn(c -> c.kind() == Kind.SHARED_PLACE).hasSize(1);
        assertThat(HomeSchedule.overlap(night, evening)).isFalse();
    }
}
