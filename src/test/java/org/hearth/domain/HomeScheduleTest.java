package org.hearth.domain;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.domain.HomeSchedule.Conflict;
import org.hearth.domain.HomeSchedule.Kind;
import org.hearth.domain.HomeSchedule.Member;
import org.hearth.domain.HomeSchedule.Place;
import org.hearth.domain.HomeSchedule.Slot;
import org.hearth.domain.HomeSchedule.Stay;
import org.junit.jupiter.api.Test;

/** Each kind of conflict in the home agreements, on the example of one family. */
class HomeScheduleTest {

    private static final List<Member> FAMILY = List.of(new Member("mum", false), new Member("dad", false),
            new Member("noor", true));
    private static final List<Place> PLACES = List.of(new Place("bedroom", true), new Place("attic", true),
            new Place("balcony", true), new Place("walk", false), new Place("noorsRoom", true));

    private static Slot own(String key, String person, String place, Set<DayOfWeek> days, int from, int to) {
        return new Slot(key, person, place, days, LocalTime.of(from, 0), LocalTime.of(to, 0), true);
    }

    private static List<Conflict> conflicts(List<Slot> slots, List<Stay> stays) {
        return HomeSchedule.conflicts(FAMILY, PLACES, slots, stays);
    }

    private static List<Slot> everyoneHasTime() {
        return List.of(own("mumYoga", "mum", "bedroom", Set.of(TUESDAY, THURSDAY), 19, 20),
                own("dadWork", "dad", "attic", Set.of(MONDAY), 9, 12),
                own("noorReads", "noor", "noorsRoom", Set.of(WEDNESDAY), 14, 16));
    }

    @Test
    void aFamilyWithoutClashesHasNoConflicts() {
        assertThat(conflicts(everyoneHasTime(), List.of(new Stay("mumGoes", "mum", "bedroom"),
                new Stay("dadGoes", "dad", "balcony")))).isEmpty();
    }

    @Test
    void twoPeopleWithTheSameRoomAtOverlappingTimes() {
        List<Slot> slots = new java.util.ArrayList<>(everyoneHasTime());
        slots.add(own("dadNaps", "dad", "bedroom", Set.of(THURSDAY), 19, 21));
        assertThat(conflicts(slots, List.of())).containsExactly(
                new Conflict(Kind.SHARED_PLACE, "dadNaps", "mumYoga", 3 * 24 * 60 + 19 * 60));
    }

    @Test
    void onePersonInTwoPlacesAtOnce() {
        List<Slot> slots = new java.util.ArrayList<>(everyoneHasTime());
        slots.add(new Slot("dadFootball", "dad", "sports park", Set.of(MONDAY), LocalTime.of(11, 30),
                LocalTime.of(13, 0), false));
        assertThat(conflicts(slots, List.of())).containsExactly(
                new Conflict(Kind.TWO_PLACES, "dadFootball", "dadWork", 11 * 60 + 30));
    }

    @Test
    void aTimeOutThatSendsTwoPeopleToTheSamePlace() {
        assertThat(conflicts(everyoneHasTime(), List.of(new Stay("mumGoes", "mum", "balcony"),
                new Stay("dadGoes", "dad", "balcony")))).containsExactly(
                new Conflict(Kind.TIME_OUT_SAME_PLACE, "dadGoes", "mumGoes", -1));
    }

    @Test
    void theChildrenMayShareATimeOutPlaceWithEachOtherAndTheAdultWhoLooksAfterThem() {
        List<Member> family = List.of(new Member("mum", false), new Member("dad", false), new Member("noor", true),
                new Member("timo", true));
        List<Slot> times = new java.util.ArrayList<>(everyoneHasTime());
        times.add(own("timoPlays", "timo", "noorsRoom", Set.of(SUNDAY), 10, 11));
        List<Stay> together = List.of(new Stay("noorGoes", "noor", "balcony"), new Stay("timoGoes", "timo",
                "balcony"), new Stay("mumGoes", "mum", "balcony"));
        assertThat(HomeSchedule.conflicts(family, PLACES, times, together.subList(0, 2))).isEmpty();
        assertThat(HomeSchedule.conflicts(family, PLACES, times, together, "mum")).isEmpty();
        // without mum agreed as the one who looks after them, she is near them in the time-out
        assertThat(HomeSchedule.conflicts(family, PLACES, times, together)).containsExactlyInAnyOrder(
                new Conflict(Kind.TIME_OUT_SAME_PLACE, "mumGoes", "noorGoes", -1),
                new Conflict(Kind.TIME_OUT_SAME_PLACE, "mumGoes", "timoGoes", -1));
        // an adult other than the one agreed is a conflict all the same
        List<Stay> withDad = List.of(new Stay("noorGoes", "noor", "balcony"), new Stay("dadGoes", "dad",
                "balcony"));
        assertThat(HomeSchedule.conflicts(family, PLACES, times, withDad, "mum")).containsExactly(
                new Conflict(Kind.TIME_OUT_SAME_PLACE, "dadGoes", "noorGoes", -1));
    }

    @Test
    void aTimeOutThatSendsSomeoneIntoAnothersPrivateSpace() {
        assertThat(conflicts(everyoneHasTime(), List.of(new Stay("dadGoes", "dad", "bedroom"))))
                .containsExactly(new Conflict(Kind.TIME_OUT_IN_PRIVATE_SPACE, "dadGoes", "mumYoga",
                        24 * 60 + 19 * 60));
    }

    @Test
    void aChildAloneWhereTheFamilyAgreedThatIsNotAllowed() {
        List<Slot> slots = new java.util.ArrayList<>(everyoneHasTime());
        slots.add(own("noorWalks", "noor", "walk", Set.of(SUNDAY), 10, 11));
        assertThat(conflicts(slots, List.of(new Stay("noorGoes", "noor", "walk")))).containsExactly(
                new Conflict(Kind.CHILD_ALONE, "noorGoes", null, -1),
                new Conflict(Kind.CHILD_ALONE, "noorWalks", null, -1));
    }

    @Test
    void someoneWithNoPrivateTimeAtAll() {
        List<Slot> slots = List.of(own("mumYoga", "mum", "bedroom", Set.of(TUESDAY), 19, 20));
        assertThat(conflicts(slots, List.of())).containsExactly(
                new Conflict(Kind.NO_PRIVATE_TIME, "dad", null, -1),
                new Conflict(Kind.NO_PRIVATE_TIME, "noor", null, -1));
    }

    @Test
    void noAgreementsYetIsNoConflict() {
        assertThat(conflicts(List.of(), List.of())).isEmpty();
    }

    @Test
    void aTimePastMidnightRunsIntoTheNextDay() {
        Slot lateShift = own("dadLate", "dad", "attic", Set.of(MONDAY), 23, 2);
        Slot early = own("mumEarly", "mum", "attic", Set.of(TUESDAY), 1, 3);
        assertThat(HomeSchedule.firstOverlap(lateShift, early)).isEqualTo(24 * 60 + 60);
        Slot sundayNight = own("dadSunday", "dad", "attic", Set.of(SUNDAY), 22, 1);
        Slot mondayDawn = own("mumMonday", "mum", "attic", Set.of(MONDAY), 0, 2);
        assertThat(HomeSchedule.firstOverlap(sundayNight, mondayDawn)).isZero();
        assertThat(HomeSchedule.overlap(lateShift, own("mumMonday", "mum", "attic", Set.of(MONDAY), 20, 23)))
                .isFalse();
    }

    @Test
    void backToBackTimesDoNotOverlap() {
        assertThat(HomeSchedule.overlap(own("a", "mum", "attic", Set.of(MONDAY), 9, 10),
                own("b", "dad", "attic", Set.of(MONDAY), 10, 11))).isFalse();
    }
}
