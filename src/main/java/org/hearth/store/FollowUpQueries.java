package org.hearth.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.PlanStatus;
import org.hibernate.Session;

/** What the Today list is made of, asked of all open cases at once (a handful of queries, not one per case). */
public final class FollowUpQueries {

    /** A case, named as the list shows it. */
    public record CaseName(long caseId, String reference, String displayName) {
    }

    public record DueReview(CaseName caseName, LocalDate nextReview) {
    }

    /** A check-in agreement with the moment of the last contact logged for it. */
    public record AgreementContact(CaseName caseName, String memberName, String personName,
                                   ContactFrequency frequency, LocalDateTime lastContact, LocalDate since) {
    }

    public record BuddyReport(CaseName caseName, String personName, String buddyName, LocalDateTime lastReport,
                              LocalDate since) {
    }

    public record SignalUsed(CaseName caseName, LocalDateTime at, String who) {
    }

    public record DraftPlan(CaseName caseName, LocalDate createdOn) {
    }

    private final Session session;

    FollowUpQueries(Session session) {
        this.session = session;
    }

    public List<DueReview> reviewsDueBy(LocalDate day) {
        return session.createSelectionQuery("select f.id, f.reference, f.displayName, f.nextReview from Family f "
                        + "where f.status = :open and f.nextReview <= :day order by f.nextReview", Object[].class)
                .setParameter("open", CaseStatus.OPEN).setParameter("day", day).getResultList().stream()
                .map(r -> new DueReview(name(r), (LocalDate) r[3])).toList();
    }

    public List<AgreementContact> agreementContacts() {
        return session.createSelectionQuery("select f.id, f.reference, f.displayName, m.name, p.name, a.frequency, "
                        + "(select max(c.happenedAt) from CheckIn c where c.agreement = a), "
                        + "coalesce(pl.agreedOn, pl.createdOn) "
                        + "from CheckInAgreement a join a.plan pl join pl.family f join a.member m join a.person p "
                        + "where f.status = :open", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList().stream()
                .map(r -> new AgreementContact(name(r), (String) r[3], (String) r[4], (ContactFrequency) r[5],
                        (LocalDateTime) r[6], (LocalDate) r[7])).toList();
    }

    public List<BuddyReport> buddyReports() {
        return session.createSelectionQuery("select f.id, f.reference, f.displayName, p.name, m.name, "
                        + "(select max(c.happenedAt) from CheckIn c where c.buddyPair = b), "
                        + "coalesce(pl.agreedOn, pl.createdOn) "
                        + "from BuddyPair b join b.plan pl join pl.family f join b.person p join b.buddy m "
                        + "where f.status = :open", Object[].class)
                .setParameter("open", CaseStatus.OPEN).getResultList().stream()
                .map(r -> new BuddyReport(name(r), (String) r[3], (String) r[4], (LocalDateTime) r[5],
                        (LocalDate) r[6])).toList();
    }

    public List<SignalUsed> signalsUsedSince(LocalDateTime since) {
        return session.createSelectionQuery("select f.id, f.reference, f.displayName, c.happenedAt, "
                        + "coalesce(m.name, p.name) from CheckIn c join c.family f left join c.member m "
                        + "left join c.person p where f.status = :open and c.outcome = :signal "
                        + "and c.happenedAt >= :since order by c.happenedAt desc", Object[].class)
                .setParameter("open", CaseStatus.OPEN).setParameter("signal", CheckInOutcome.SIGNAL_USED)
                .setParameter("since", since).getResultList().stream()
                .map(r -> new SignalUsed(name(r), (LocalDateTime) r[3], (String) r[4])).toList();
    }

    public List<DraftPlan> draftsCreatedBy(LocalDate day) {
        return session.createSelectionQuery("select f.id, f.reference, f.displayName, pl.createdOn from SafetyPlan pl "
                        + "join pl.family f where f.status = :open and pl.status = :draft and pl.createdOn <= :day",
                        Object[].class)
                .setParameter("open", CaseStatus.OPEN).setParameter("draft", PlanStatus.DRAFT)
                .setParameter("day", day).getResultList().stream()
                .map(r -> new DraftPlan(name(r), (LocalDate) r[3])).toList();
    }

    private static CaseName name(Object[] row) {
        return new CaseName((Long) row[0], (String) row[1], (String) row[2]);
    }
}
