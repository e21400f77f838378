package org.hearth.service;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Home agreements saved in a real encrypted database, found again after reopening it, and kept in the history. */
class HomeAgreementServiceTest {

    @TempDir
    Path home;
    MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
    Database database;
    HomeAgreementService homes;

    @BeforeEach
    void open() throws Exception {
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        homes = new HomeAgreementService(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long newCase() throws Exception {
        CaseService cases = new CaseService(database, clock);
        long id = cases.create(new CaseDetails("HF-2", "Family", "W", LocalDate.of(2027, 1, 10), "nl")).id();
        cases.saveHousehold(id, cases.open(id).version(), List.of(
                new HouseholdMember(null, "Mum", HouseholdRole.PARENT, 1987, null, null, null, RiskRole.AT_RISK, 0),
                new HouseholdMember(null, "Dad", HouseholdRole.PARENT, 1985, null, null, null, RiskRole.NOT_KNOWN, 1),
                new HouseholdMember(null, "Lina 🌷", HouseholdRole.CHILD, 2016, null, null, null,
                        RiskRole.NOT_KNOWN, 2)));
        return id;
    }

    /** The whole set of agreements of a new case: rooms, private times (one past midnight), activity, time-out. */
    private static HomeDraft whole(HomeDraft empty) {
        String mum = empty.household().get(0).key();
        String dad = empty.household().get(1).key();
        String lina = empty.household().get(2).key();
        List<HomeDraft.RoomItem> rooms = List.of(new HomeDraft.RoomItem("new-bedroom", null, "Bedroom", false, true),
                new HomeDraft.RoomItem("new-attic", null, "Attic", false, true),
                new HomeDraft.RoomItem("new-lina", null, "Lina's room", false, true),
                new HomeDraft.RoomItem("new-walk", null, "A walk outside", true, false));
        List<HomeDraft.PrivateTimeItem> times = List.of(
                new HomeDraft.PrivateTimeItem(null, mum, "new-bedroom", Set.of(TUESDAY, THURSDAY), LocalTime.of(19, 0),
                        LocalTime.of(20, 0), "Yoga"),
                new HomeDraft.PrivateTimeItem(null, dad, "new-attic", Set.of(SUNDAY), LocalTime.of(23, 0),
                        LocalTime.of(1, 0), "Gaming, headphones on"),
                new HomeDraft.PrivateTimeItem(null, lina, "new-lina", Set.of(MONDAY), LocalTime.of(15, 0),
                        LocalTime.of(16, 30), null));
        HomeDraft.TimeOutItem timeOut = new HomeDraft.TimeOutItem("\"Pause\" and a T with the hands", "\"OK, pause\"",
                "Anyone", 20, 60, mum, "Back at the kitchen table after at most an hour;\nwe talk calmly or park it",
                dad, "Mum uses the code word with her sister", "A pause, never a punishment.", List.of(
                new HomeDraft.TimeOutPlaceItem(dad, "new-walk", "Walk around the block. No alcohol, no driving.",
                        "Clenched jaw"),
                new HomeDraft.TimeOutPlaceItem(mum, "new-bedroom", "Breathing", "Tight shoulders")));
        return new HomeDraft(empty.agreementId(), empty.version(), empty.household(), rooms, times,
                List.of(new HomeDraft.ActivityItem(null, dad, "Football", Set.of(MONDAY), LocalTime.of(19, 0),
                        LocalTime.of(21, 0), null, "Sports park")),
                List.of("We knock.", "We do not enter someone's space in their time."), timeOut,
                List.of(new HomeDraft.TimeOutUseItem(null, LocalDateTime.of(2026, 11, 27, 20, 15), dad, true,
                        "Dad called it; back after 30 minutes")), List.of());
    }

    @Test
    void savedAgreementsAreFoundAgainAfterReopeningTheDatabase() throws Exception {
        long id = newCase();
        HomeDraft empty = homes.load(id);
        assertThat(empty.agreementId()).isNull();
        HomeDraft saved = homes.save(id, whole(empty));
        assertThat(saved.agreementId()).isNotNull();
        database.close();
        database = Database.open(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        homes = new HomeAgreementService(database);
        HomeDraft again = homes.load(id);
        assertThat(again).isEqualTo(saved);
        assertThat(again.rooms()).extracting(HomeDraft.RoomItem::name)
                .containsExactly("Bedroom", "Attic", "Lina's room", "A walk outside");
        assertThat(again.privateTimes()).hasSize(3);
        assertThat(again.privateTimes().get(1).end()).isEqualTo(LocalTime.of(1, 0));
        assertThat(again.privateTimes().get(0).days()).containsExactlyInAnyOrder(TUESDAY, THURSDAY);
        assertThat(again.timeOut().comingBack())
                .isEqualTo("Back at the kitchen table after at most an hour;\nwe talk calmly or park it");
        assertThat(again.timeOut().places()).extracting(HomeDraft.TimeOutPlaceItem::calmingActivity)
                .containsExactly("Walk around the block. No alcohol, no driving.", "Breathing");
        assertThat(again.activities().get(0).place()).isEqualTo("Sports park");
        assertThat(again.respectRules()).containsExactly("We knock.", "We do not enter someone's space in their time.");
        assertThat(again.timeOutUses()).extracting(HomeDraft.TimeOutUseItem::helped).containsExactly(true);
        assertThat(homes.conflicts(again)).isEmpty();
    }

    @Test
    void everySaveIsARevisionWithTheWorkersName() throws Exception {
        long id = newCase();
        HomeDraft first = homes.save(id, whole(homes.load(id)));
        // move Mum's yoga to Wednesday evening: only a part changes
        HomeDraft.PrivateTimeItem yoga = first.privateTimes().get(0);
        List<HomeDraft.PrivateTimeItem> moved = List.of(new HomeDraft.PrivateTimeItem(yoga.id(), yoga.personKey(),
                yoga.roomKey(), Set.of(java.time.DayOfWeek.WEDNESDAY), LocalTime.of(20, 0), LocalTime.of(21, 0),
                yoga.activity()), first.privateTimes().get(1), first.privateTimes().get(2));
        HomeDraft second = homes.save(id, new HomeDraft(first.agreementId(), first.version(), first.household(),
                first.rooms(), moved, first.activities(), first.respectRules(), first.timeOut(), first.timeOutUses(),
                first.planSignals()));
        // remove a room nobody uses any more and a respect rule
        homes.save(id, new HomeDraft(second.agreementId(), second.version(), second.household(),
                second.rooms(), second.privateTimes(), second.activities(), List.of("We knock."), second.timeOut(),
                second.timeOutUses(), second.planSignals()));
        List<HomeDraft.Revision> history = homes.history(id);
        assertThat(history).hasSize(3);
        assertThat(history).extracting(HomeDraft.Revision::worker).containsOnly("Tester");
        String before = homes.homeAt(id, history.get(0).number());
        String after = homes.homeAt(id, history.get(1).number());
        assertThat(before).contains("Private time: Mum in Bedroom, TUE THU 19:00-20:00, Yoga");
        assertThat(after).contains("Private time: Mum in Bedroom, WED 20:00-21:00, Yoga");
        assertThat(homes.homeAt(id, history.get(2).number())).doesNotContain("We do not enter");
    }

    @Test
    void aRoomNoLongerUsedCanBeRemoved() throws Exception {
        long id = newCase();
        HomeDraft saved = homes.save(id, whole(homes.load(id)));
        HomeDraft.TimeOutItem t = saved.timeOut();
        String attic = saved.rooms().get(1).key();
        // Dad's private time moves from the attic to the bedroom on Sunday night; the attic goes
        HomeDraft.PrivateTimeItem dadTime = saved.privateTimes().get(1);
        HomeDraft changed = new HomeDraft(saved.agreementId(), saved.version(), saved.household(),
                saved.rooms().stream().filter(r -> !r.key().equals(attic)).toList(),
                List.of(saved.privateTimes().get(0), new HomeDraft.PrivateTimeItem(dadTime.id(), dadTime.personKey(),
                        saved.rooms().get(0).key(), dadTime.days(), dadTime.start(), dadTime.end(), null),
                        saved.privateTimes().get(2)), saved.activities(), saved.respectRules(), t,
                saved.timeOutUses(), saved.planSignals());
        HomeDraft after = homes.save(id, changed);
        assertThat(after.rooms()).extracting(HomeDraft.RoomItem::name).doesNotContain("Attic");
        assertThat(after.privateTimes().get(1).roomKey()).isEqualTo(saved.rooms().get(0).key());
    }

    @Test
    void aTimeOutWithoutMaximumOrReturnSavesWithBothAsToDos() throws Exception {
        long id = newCase();
        HomeDraft draft = whole(homes.load(id));
        HomeDraft.TimeOutItem t = draft.timeOut();
        HomeDraft bad = new HomeDraft(draft.agreementId(), draft.version(), draft.household(), draft.rooms(),
                draft.privateTimes(), draft.activities(), draft.respectRules(), new HomeDraft.TimeOutItem(t.signal(),
                t.acknowledgement(), t.whoMayCall(), 30, null, t.childrenCaredByKey(), "  ", t.responsibleAdultKey(),
                t.whenItFails(), t.purpose(), t.places()), draft.timeOutUses(), draft.planSignals());
        HomeDraft saved = homes.save(id, bad);

        assertThat(saved.timeOut().maxMinutes()).isNull();
        assertThat(saved.timeOut().minMinutes()).isEqualTo(30);
        assertThat(ProblemKind.toDo(homes.check(saved))).containsExactlyInAnyOrder(
                new FieldProblem("timeOut.maxMinutes", "problem.maxMinutesRequired"),
                new FieldProblem("timeOut.comingBack", "problem.returnRequired"));
        assertThat(ProblemKind.blocking(homes.check(saved))).isEmpty();

        // a time-out longer than any pause is refused whole: nothing of it is half saved
        HomeDraft tooLong = new HomeDraft(saved.agreementId(), saved.version(), saved.household(), saved.rooms(),
                saved.privateTimes().subList(1, saved.privateTimes().size()), saved.activities(),
                saved.respectRules(), new HomeDraft.TimeOutItem(t.signal(), t.acknowledgement(), t.whoMayCall(), 30,
                HomeRules.LONGEST_TIME_OUT + 1, t.childrenCaredByKey(), t.comingBack(), t.responsibleAdultKey(),
                t.whenItFails(), t.purpose(), saved.timeOut().places()), saved.timeOutUses(), saved.planSignals());
        assertThatThrownBy(() -> homes.save(id, tooLong)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("timeOut.maxMinutes", "problem.timeOutLength")));
        assertThat(homes.load(id)).isEqualTo(saved);
    }

    @Test
    void aSaveFromAnOlderReadIsRefused() throws Exception {
        long id = newCase();
        HomeDraft empty = homes.load(id);
        homes.save(id, whole(empty));
        assertThatThrownBy(() -> homes.save(id, whole(empty))).isInstanceOf(StoreException.class);
    }

    @Test
    void conflictsAreExplainedAtEachAgreementConcerned() throws Exception {
        long id = newCase();
        HomeDraft draft = whole(homes.load(id));
        String dad = draft.household().get(1).key();
        List<HomeDraft.PrivateTimeItem> times = new java.util.ArrayList<>(draft.privateTimes());
        times.add(new HomeDraft.PrivateTimeItem(null, dad, "new-bedroom", Set.of(THURSDAY), LocalTime.of(19, 30),
                LocalTime.of(21, 0), "Nap"));
        HomeDraft clash = new HomeDraft(null, 0, draft.household(), draft.rooms(), times, draft.activities(),
                draft.respectRules(), draft.timeOut(), draft.timeOutUses(), List.of());
        assertThat(homes.conflicts(clash)).containsExactly(
                new HomeDraft.Conflict("privateTimes[0]", "home.conflict.sharedPlace", List.of("Mum", "Dad", "Bedroom"),
                        3 * 24 * 60 + 19 * 60 + 30),
                new HomeDraft.Conflict("privateTimes[3]", "home.conflict.sharedPlace", List.of("Mum", "Dad", "Bedroom"),
                        3 * 24 * 60 + 19 * 60 + 30),
                // and Mum's time-out place is now Dad's own space on Thursday evening
                new HomeDraft.Conflict("timeOut.places[1]", "home.conflict.timeOutInPrivateSpace",
                        List.of("Mum", "Bedroom", "Dad"), 3 * 24 * 60 + 19 * 60 + 30),
                new HomeDraft.Conflict("privateTimes[3]", "home.conflict.timeOutInPrivateSpace",
                        List.of("Mum", "Bedroom", "Dad"), 3 * 24 * 60 + 19 * 60 + 30));
    }
}
