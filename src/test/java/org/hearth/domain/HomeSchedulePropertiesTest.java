package org.hearth.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.hearth.domain.HomeSchedule.Conflict;
import org.hearth.domain.HomeSchedule.Kind;
import org.hearth.domain.HomeSchedule.Member;
import org.hearth.domain.HomeSchedule.Place;
import org.hearth.domain.HomeSchedule.Slot;

/**
 * Properties of the schedule conflicts, checked against a plain minute-by-minute reading of the week (which
 * knows nothing of midnight or Sunday night as special cases).
 */
class HomeSchedulePropertiesTest {

    private static final int WEEK = 7 * 24 * 60;
    private static final List<Member> PEOPLE = List.of(new Member("ann", false), new Member("bob", false),
            new Member("cem", true));
    private static final List<Place> PLACES = List.of(new Place("attic", true), new Place("bedroom", true),
            new Place("garden", false));

    /** A weekly time without its key; the key is given by position, so keys are unique. */
    private record Shape(String person, String place, Set<DayOfWeek> days, LocalTime start, LocalTime end,
                         boolean claims) {
    }

    @Provide
    Arbitrary<List<Slot>> slots() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(3);
        Arbitrary<LocalTime> times = Arbitraries.integers().between(0, 24 * 4 - 1)
                .map(quarter -> LocalTime.of(quarter / 4, quarter % 4 * 15));
        Arbitrary<Shape> shape = Combinators.combine(Arbitraries.of("ann", "bob", "cem"),
                Arbitraries.of("attic", "bedroom", "garden"), days, times, times, Arbitraries.of(true, false))
                .as(Shape::new).filter(s -> !s.start().equals(s.end()));
        return shape.list().ofMaxSize(7).map(shapes -> {
            List<Slot> slots = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                Shape s = shapes.get(i);
                slots.add(new Slot("s" + i, s.person(), s.place(), s.days(), s.start(), s.end(), s.claims()));
            }
            return slots;
        });
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

    @Property
    void everyOverlapIsReportedExactlyOnceAndNothingElse(@ForAll("slots") List<Slot> slots) {
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

    @Property
    void theReportedMomentIsOneBothTimesCover(@ForAll("slots") List<Slot> slots) {
        for (Conflict conflict : pairs(HomeSchedule.conflicts(PEOPLE, PLACES, slots, List.of()))) {
            Slot a = slots.stream().filter(s -> s.key().equals(conflict.first())).findFirst().orElseThrow();
            Slot b = slots.stream().filter(s -> s.key().equals(conflict.second())).findFirst().orElseThrow();
            assertThat(minutes(a)[conflict.at()] && minutes(b)[conflict.at()]).isTrue();
        }
    }

    @Property
    void resultsDoNotDependOnTheOrderOfTheAgreements(@ForAll("slots") List<Slot> slots, @ForAll long seed) {
        List<Slot> shuffled = new ArrayList<>(slots);
        Collections.shuffle(shuffled, new Random(seed));
        List<Member> people = new ArrayList<>(PEOPLE);
        Collections.shuffle(people, new Random(seed));
        assertThat(HomeSchedule.conflicts(people, PLACES, shuffled, List.of()))
                .isEqualTo(HomeSchedule.conflicts(PEOPLE, PLACES, slots, List.of()));
    }

    @Property
    void disjointTimesNeverConflict(@ForAll("slots") List<Slot> slots) {
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

    @Property
    void aTimePastMidnightMeetsTheNextMorning(@ForAll DayOfWeek day, @ForAll @IntRange(min = 1, max = 23) int start,
                                              @ForAll @IntRange(min = 1, max = 23) int end) {
        if (end >= start) {
            return;
        }
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
