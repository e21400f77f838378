package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskRole;
import org.hearth.domain.SignalKind;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafetyPlanServiceTest {

    @TempDir
    Path home;
    MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
    Database database;
    SafetyPlanService plans;

    @BeforeEach
    void open() throws Exception {
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        plans = new SafetyPlanService(database, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private long newCase() throws Exception {
        CaseService cases = new CaseService(database, clock);
        long id = cases.create(new CaseDetails("HF-1", "Family", "W", LocalDate.of(2027, 1, 10), "ar")).id();
        cases.saveHousehold(id, cases.open(id).version(), List.of(
                new HouseholdMember(null, "مريم", HouseholdRole.PARENT, 1987, null, null, null, RiskRole.AT_RISK, 0),
                new HouseholdMember(null, "Lina", HouseholdRole.CHILD, 2015, null, null, null, RiskRole.NOT_KNOWN, 1)));
        return id;
    }

    private static PlanDraft.Member member(String key, String name, String phone, boolean consent, boolean mustNotKnow) {
        return new PlanDraft.Member(key, null, name, null, RelationKind.FRIENDS, Closeness.CLOSE, phone,
                phone == null ? Set.of() : Set.of(Channel.PHONE), mustNotKnow, consent,
                consent ? LocalDate.of(2026, 11, 20) : null, consent ? "signals" : null, false, null, null);
    }

    private static PlanDraft with(PlanDraft d, UnaryOperator<PlanDraft> edit) {
        return edit.apply(d);
    }

    /** A whole plan for a new case: two signals (one a question), a new member as receiver, check-in, buddy, review. */
    private PlanDraft wholePlan(PlanDraft empty) {
        String mum = empty.household().get(0).key();
        String child = empty.household().get(1).key();
        List<PlanDraft.Member> members = List.of(member("new-aunt", "Amira 🌷", "06 1111 2222", true, false),
                member("new-peer", "Lotte", "06 3333 4444", true, false),
                member("new-brother", "Karim", null, false, true));
        List<PlanDraft.SignalItem> signals = List.of(
                new PlanDraft.SignalItem(null, SignalKind.CODE_WORD, "القطة مريضة", null, "Call the police now",
                        Set.of(Channel.PHONE), Set.of(mum), List.of(new PlanDraft.Response("new-aunt",
                        "1. Stay calm.\n2. Call 112.", "112"), new PlanDraft.Response("new-peer", "Call the worker",
                        null)), Set.of()),
                new PlanDraft.SignalItem(null, SignalKind.QUESTION_ANSWER, "Did you water the plants?",
                        "No, it rained.", "Come by now", Set.of(Channel.TEXT_CHAT), Set.of(mum, child),
                        List.of(new PlanDraft.Response("new-aunt", "Come by with an excuse", null)), Set.of()));
        return new PlanDraft(empty.planId(), empty.caseVersion(), empty.planVersion(), PlanStatus.AGREED,
                LocalDate.of(2026, 11, 29), "مريم", LocalDate.of(2027, 2, 1), "NL", empty.household(), members,
                signals, empty.riskFactors(), List.of(new PlanDraft.WarningSignItem(null, "Doors slam")),
                List.of(new PlanDraft.SafePlaceItem("Amira's flat", "Lindenlaan 8", null, null,
                        List.of(new PlanDraft.Thing("Passports", false)), Set.of())), empty.emergencyNumbers(),
                List.of(new PlanDraft.CheckInItem(null, "new-aunt", child, ContactFrequency.WEEKLY, Channel.VIDEO_CALL,
                        "Homework help")),
                List.of(new PlanDraft.BuddyItem(null, mum, "new-peer", LocalTime.of(20, 0), Channel.TEXT_CHAT,
                        "pancakes", "Wendy", "038 111 2222")),
                List.of(new PlanDraft.ReviewItem(null, LocalDate.of(2026, 11, 29), "First plan", true, true, false,
                        Map.of(mum, 4, child, 6))), empty.links());
    }

    @Test
    void theDemoPlanIsReadWhole() {
        long demo = new DemoCase(database, clock).create();
        PlanDraft plan = plans.load(demo);
        assertThat(plan.signals()).hasSize(3);
        assertThat(plan.signals()).filteredOn(s -> s.kind() == SignalKind.QUESTION_ANSWER).singleElement()
                .extracting(PlanDraft.SignalItem::answer).isEqualTo("No, it rained.");
        assertThat(plan.checkIns()).hasSize(2);
        assertThat(plan.buddies()).hasSize(1);
        assertThat(plan.reviews()).hasSize(2);
        assertThat(plan.members()).filteredOn(PlanDraft.Member::mustNotKnow).extracting(PlanDraft.Member::name)
                .containsExactly("Peter Bakker");
        assertThat(plans.check(plan)).isEmpty();
    }

    @Test
    void savingTheDemoPlanUnchangedKeepsItAndItsRoles() throws Exception {
        long demo = new DemoCase(database, clock).create();
        PlanDraft plan = plans.load(demo);
        java.util.Map<String, Set<NetworkRole>> before = roles(demo);
        PlanDraft saved = plans.save(demo, plan);
        assertThat(saved.signals()).isEqualTo(plan.signals());
        assertThat(saved.members()).isEqualTo(plan.members());
        assertThat(saved.checkIns()).isEqualTo(plan.checkIns());
        assertThat(saved.reviews()).isEqualTo(plan.reviews());
        assertThat(saved.safePlaces()).isEqualTo(plan.safePlaces());
        assertThat(roles(demo)).isEqualTo(before);
    }

    private java.util.Map<String, Set<NetworkRole>> roles(long caseId) {
        return database.read(work -> {
            java.util.Map<String, Set<NetworkRole>> roles = new java.util.TreeMap<>();
            work.cases().whole(caseId).orElseThrow().getNetwork()
                    .forEach(m -> roles.put(m.getName(), Set.copyOf(m.getRoles())));
            return roles;
        });
    }

    @Test
    void aWholePlanSurvivesReopeningTheDatabaseExactly() throws Exception {
        long id = newCase();
        PlanDraft empty = plans.load(id);
        assertThat(empty.planId()).isNull();
        assertThat(empty.emergencyNumbers()).extracting(PlanDraft.EmergencyNumber::number)
                .containsExactly("112", "0800-2000");
        PlanDraft saved = plans.save(id, wholePlan(empty));
        database.close();
        database = Database.open(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        plans = new SafetyPlanService(database, clock);
        PlanDraft again = plans.load(id);
        assertThat(again).isEqualTo(saved);
        assertThat(again.signals().get(0).word()).isEqualTo("القطة مريضة");
        assertThat(again.signals().get(0).responses()).extracting(PlanDraft.Response::steps)
                .containsExactly("1. Stay calm.\n2. Call 112.", "Call the worker");
        assertThat(again.signals().get(1).senderKeys()).hasSize(2);
        assertThat(again.members()).extracting(PlanDraft.Member::name).containsExactly("Amira 🌷", "Lotte", "Karim");
        assertThat(again.reviews().get(0).scores()).containsValues(4, 6);
        assertThat(again.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(again.nextReview()).isEqualTo(LocalDate.of(2027, 2, 1));
        Set<NetworkRole> roles = database.read(work -> Set.copyOf(work.cases().whole(id).orElseThrow().getNetwork()
                .stream().filter(m -> m.getName().equals("Amira 🌷")).findFirst().orElseThrow().getRoles()));
        assertThat(roles).containsExactlyInAnyOrder(NetworkRole.SIGNAL_RECEIVER, NetworkRole.CHECK_IN);
    }

    private void refused(long id, PlanDraft draft, FieldProblem expected) throws Exception {
        PlanDraft before = plans.load(id);
        assertThatThrownBy(() -> plans.save(id, draft)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).contains(expected));
        assertThat(plans.load(id)).isEqualTo(before);
    }

    @Test
    void everyMistakeThatPutsPeopleAtRiskBlocksTheSave() throws Exception {
        long id = newCase();
        PlanDraft good = wholePlan(plans.load(id));
        assertThat(plans.check(good)).isEmpty();
        PlanDraft.SignalItem first = good.signals().get(0);

        refused(id, PlanEditsForTest.signal(good, 0, new PlanDraft.SignalItem(null, first.kind(), first.word(), null,
                first.meaning(), first.channels(), first.senderKeys(), List.of(), Set.of())),
                new FieldProblem("signals[0].receivers", "problem.signalNoReceiver"));
        refused(id, PlanEditsForTest.signal(good, 0, new PlanDraft.SignalItem(null, first.kind(), first.word(), null,
                first.meaning(), first.channels(), first.senderKeys(), List.of(new PlanDraft.Response("new-brother",
                "x", null)), Set.of())), new FieldProblem("signals[0].receivers", "problem.receiverMustNotKnow"));
        refused(id, PlanEditsForTest.signal(good, 1, new PlanDraft.SignalItem(null, SignalKind.CODE_WORD,
                " القطة مريضة ", null, "Come by for tea", Set.of(), Set.of(), first.responses(), Set.of())),
                new FieldProblem("signals[1].word", "problem.sameWordOtherMeaning"));
        PlanDraft.Member aunt = good.members().get(0);
        refused(id, PlanEditsForTest.member(good, 0, new PlanDraft.Member(aunt.key(), null, aunt.name(), null,
                aunt.kind(), aunt.closeness(), null, Set.of(), false, true, aunt.consentOn(), aunt.consentScope(),
                false, null, null)), new FieldProblem("status", "problem.agreedWithToDo"));
        PlanDraft.BuddyItem buddy = good.buddies().get(0);
        refused(id, PlanEditsForTest.buddy(good, new PlanDraft.BuddyItem(null, buddy.personKey(), buddy.memberKey(),
                buddy.dailyTime(), buddy.channel(), buddy.codeWord(), null, null)),
                new FieldProblem("status", "problem.agreedWithToDo"));
        refused(id, PlanEditsForTest.nextReview(good, null),
                new FieldProblem("nextReview", "problem.agreedWithoutReview"));
        refused(id, PlanEditsForTest.member(good, 1, new PlanDraft.Member("new-peer", null, "Lotte", null,
                RelationKind.PEER_SUPPORT, Closeness.CLOSE, "06 3333 4444", Set.of(Channel.PHONE), false, false, null,
                null, false, null, null)), new FieldProblem("members[1].consent", "problem.noConsent"));
    }

    @Test
    void aDraftWithToDosSavesButCannotBeAgreedUntilTheyAreDone() throws Exception {
        long id = newCase();
        PlanDraft good = wholePlan(plans.load(id));
        PlanDraft.BuddyItem buddy = good.buddies().get(0);
        PlanDraft noProfessional = PlanEditsForTest.buddy(good, new PlanDraft.BuddyItem(null, buddy.personKey(),
                buddy.memberKey(), buddy.dailyTime(), buddy.channel(), buddy.codeWord(), null, null));
        PlanDraft asDraft = new PlanDraft(noProfessional.planId(), noProfessional.caseVersion(),
                noProfessional.planVersion(), PlanStatus.DRAFT, null, null, noProfessional.nextReview(),
                noProfessional.country(), noProfessional.household(), noProfessional.members(),
                noProfessional.signals(), noProfessional.riskFactors(), noProfessional.warningSigns(),
                noProfessional.safePlaces(), noProfessional.emergencyNumbers(), noProfessional.checkIns(),
                noProfessional.buddies(), noProfessional.reviews(), noProfessional.links());

        PlanDraft saved = plans.save(id, asDraft);

        assertThat(saved.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(saved.buddies().get(0).professionalName()).isNull();
        assertThat(plans.check(saved)).containsExactly(
                new FieldProblem("buddies[0].professional", "problem.buddyNoProfessional"));
        refused(id, PlanEditsForTest.agreed(saved, clock), new FieldProblem("status", "problem.agreedWithToDo"));
    }

    @Test
    void aSaveOverANewerVersionIsRefused() throws Exception {
        long id = newCase();
        PlanDraft first = plans.save(id, wholePlan(plans.load(id)));
        plans.save(id, PlanEditsForTest.nextReview(first, LocalDate.of(2027, 3, 1)));
        assertThatThrownBy(() -> plans.save(id, PlanEditsForTest.nextReview(first, LocalDate.of(2027, 4, 1))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CHANGED_ELSEWHERE));
        assertThat(plans.load(id).nextReview()).isEqualTo(LocalDate.of(2027, 3, 1));
    }

    @Test
    void aCheckInAgreementWithLoggedContactsCanBeRemovedAndTheLogStays() throws Exception {
        long demo = new DemoCase(database, clock).create();
        FollowUpService followUp = new FollowUpService(database, clock);
        int logged = followUp.log(demo).contacts().size();
        PlanDraft plan = plans.load(demo);
        PlanDraft fewer = new PlanDraft(plan.planId(), plan.caseVersion(), plan.planVersion(), plan.status(),
                plan.agreedOn(), plan.agreedBy(), plan.nextReview(), plan.country(), plan.household(), plan.members(),
                plan.signals(), plan.riskFactors(), plan.warningSigns(), plan.safePlaces(), plan.emergencyNumbers(),
                List.of(), List.of(), plan.reviews(), plan.links());
        plans.save(demo, fewer);
        assertThat(plans.load(demo).checkIns()).isEmpty();
        assertThat(followUp.log(demo).contacts()).hasSize(logged);
        followUp.logContact(demo, new FollowUp.NewContact(LocalDateTime.now(clock), followUp.log(demo).reporters()
                .get(0), null, Channel.PHONE, CheckInOutcome.ALL_WELL, null));
    }

    @Test
    void everySaveIsARevisionAndTwoVersionsDifferInTheChangedLine() throws Exception {
        long id = newCase();
        PlanDraft first = plans.save(id, wholePlan(plans.load(id)));
        plans.save(id, PlanEditsForTest.nextReview(first, LocalDate.of(2027, 3, 1)));
        List<PlanDraft.Revision> history = plans.history(id);
        assertThat(history).hasSize(2);
        assertThat(history).extracting(PlanDraft.Revision::worker).containsOnly("Tester");
        List<String> older = plans.planAt(id, history.get(0).number()).lines().toList();
        List<String> newer = plans.planAt(id, history.get(1).number()).lines().toList();
        assertThat(older).contains("Next review: 2027-02-01").contains("Signal: CODE_WORD \"القطة مريضة\" means: "
                + "Call the police now");
        assertThat(newer).contains("Next review: 2027-03-01");
        assertThat(newer.stream().filter(l -> !older.contains(l)).toList()).containsExactly("Next review: 2027-03-01");
    }
}
