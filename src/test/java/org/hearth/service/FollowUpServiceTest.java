package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hearth.domain.Attention;
import org.hearth.domain.Attention.Reason;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.FieldProblem;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpServiceTest {

    @TempDir
    Path home;
    MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
    Database database;
    FollowUpService followUp;
    long demo;

    @BeforeEach
    void open() throws Exception {
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        followUp = new FollowUpService(database, clock);
        demo = new DemoCase(database, clock).create();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private List<Reason> reasons() {
        return followUp.today().stream().filter(a -> a.caseId() == demo).map(Attention::reason).toList();
    }

    private FollowUp.Reporter reporter(String name) {
        return followUp.log(demo).reporters().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aCaseWhoseAgreementsAreKeptNeedsNoAttention() {
        assertThat(reasons()).isEmpty();
    }

    @Test
    void missedDailyContactAndASilentBuddyAppearAndLeaveWhenContactIsLogged() throws Exception {
        clock.passDays(2);
        List<Attention> today = followUp.today();
        assertThat(today).extracting(Attention::reason)
                .containsExactly(Reason.CHECK_IN_OVERDUE, Reason.BUDDY_SILENT);
        Attention daily = today.get(0);
        assertThat(daily.who()).isEqualTo("Ria de Wit → Sanne Bakker");
        assertThat(daily.days()).isEqualTo(3);

        followUp.logContact(demo, new FollowUp.NewContact(LocalDateTime.now(clock), reporter("Ria de Wit"), null,
                Channel.PHONE, CheckInOutcome.ALL_WELL, null));
        assertThat(reasons()).containsExactly(Reason.BUDDY_SILENT);
        followUp.logContact(demo, new FollowUp.NewContact(LocalDateTime.now(clock), reporter("Lotte"), null,
                Channel.TEXT_CHAT, CheckInOutcome.ALL_WELL, null));
        assertThat(reasons()).isEmpty();
    }

    @Test
    void theWeeklySchoolCallIsOverdueAfterTenDaysWithoutContact() {
        clock.passDays(7);
        assertThat(followUp.today()).filteredOn(a -> a.reason() == Reason.CHECK_IN_OVERDUE)
                .extracting(Attention::who).contains("Mrs. de Groot → Noor Bakker");
    }

    @Test
    void aSignalUsedKeepsTheCaseOnTheListForSevenDays() throws Exception {
        followUp.logContact(demo, new FollowUp.NewContact(LocalDateTime.now(clock), reporter("Fatima El Amrani"),
                null, Channel.PHONE, CheckInOutcome.SIGNAL_USED, "Went round with an excuse; called the worker."));
        assertThat(reasons()).containsExactly(Reason.SIGNAL_USED);
        assertThat(followUp.log(demo).contacts().get(0).outcome()).isEqualTo(CheckInOutcome.SIGNAL_USED);
        clock.passDays(7);
        assertThat(reasons()).contains(Reason.SIGNAL_USED);
        clock.passDays(1);
        assertThat(reasons()).doesNotContain(Reason.SIGNAL_USED);
    }

    @Test
    void aReviewIsDueOnItsDayAndOverdueAfter() {
        clock.passDays(42);
        assertThat(reasons()).contains(Reason.REVIEW_DUE);
        assertThat(followUp.reviewsDueToday()).isEqualTo(1);
        clock.passDays(1);
        assertThat(reasons()).contains(Reason.REVIEW_OVERDUE).doesNotContain(Reason.REVIEW_DUE);
        assertThat(followUp.reviewsDueToday()).isZero();
    }

    @Test
    void aSignalUsedMustSayWhatFollowedAndAContactCannotLieInTheFuture() {
        FollowUp.Reporter fatima = reporter("Fatima El Amrani");
        assertThatThrownBy(() -> followUp.logContact(demo, new FollowUp.NewContact(
                LocalDateTime.now(clock).plusHours(2), fatima, null, Channel.PHONE, CheckInOutcome.SIGNAL_USED, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        new FieldProblem("at", "problem.future"),
                        new FieldProblem("actionTaken", "problem.actionAfterSignal")));
        assertThat(followUp.log(demo).contacts()).hasSize(3);
    }

    @Test
    void theSafetyScoresOfTheReviewsAreOnTheLog() {
        assertThat(followUp.log(demo).scores()).extracting(FollowUp.Score::person, FollowUp.Score::score)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Sanne Bakker", 3),
                        org.assertj.core.groups.Tuple.tuple("Noor Bakker", 4),
                        org.assertj.core.groups.Tuple.tuple("Sanne Bakker", 5),
                        org.assertj.core.groups.Tuple.tuple("Noor Bakker", 6));
    }

    @Test
    void peopleWhoMustNotKnowCannotBeChosenAsReporters() {
        assertThat(followUp.log(demo).reporters()).extracting(FollowUp.Reporter::name).doesNotContain("Peter Bakker");
    }
}
