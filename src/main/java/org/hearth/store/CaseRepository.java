package org.hearth.store;

import java.util.List;
import java.util.Optional;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.Family;
import org.hibernate.Session;

/** Cases (families) with their household and network. */
public final class CaseRepository {

    private final Session session;

    CaseRepository(Session session) {
        this.session = session;
    }

    public List<CaseSummary> summaries() {
        return session.createSelectionQuery(
                "select new org.hearth.domain.CaseSummary(f.id, f.reference, f.displayName, f.status, "
                        + "f.responsibleWorker, f.createdOn, f.nextReview, f.language) from Family f order by f.reference",
                CaseSummary.class).getResultList();
    }

    public Optional<Family> find(long id) {
        return Optional.ofNullable(session.find(Family.class, id));
    }

    /** The case with its household loaded, ready to show after the transaction ends. */
    public Optional<Family> withHousehold(long id) {
        return session.createSelectionQuery(
                        "select distinct f from Family f left join fetch f.household where f.id = :id", Family.class)
                .setParameter("id", id).uniqueResultOptional();
    }

    /** The case with household, network and contact lines loaded. */
    public Optional<Family> whole(long id) {
        Optional<Family> family = withHousehold(id);
        family.ifPresent(f -> {
            session.createSelectionQuery("select distinct m from NetworkMember m left join fetch m.channels "
                    + "left join fetch m.roles where m.family = :f", Object.class).setParameter("f", f).getResultList();
            f.getNetwork().size();
            f.getContactLinks().size();
        });
        return family;
    }

    public Optional<Family> byReference(String reference) {
        return session.createSelectionQuery("from Family f where lower(f.reference) = lower(:reference)", Family.class)
                .setParameter("reference", reference).uniqueResultOptional();
    }

    /** Whether another case already has this reference (case-insensitive). */
    public boolean referenceTaken(String reference, Long exceptId) {
        return session.createSelectionQuery(
                        "select count(f) from Family f where lower(f.reference) = lower(:reference) "
                                + "and (:except is null or f.id <> :except)", Long.class)
                .setParameter("reference", reference).setParameter("except", exceptId).getSingleResult() > 0;
    }

    /** Counts a change to the household or network as a change to the case, for optimistic locking. */
    public void markChanged(Family family) {
        session.lock(family, org.hibernate.LockMode.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(Family family) {
        session.persist(family);
    }

    // --- privacy: erasure and retention ---

    /** A household member by id. */
    public Optional<org.hearth.domain.Person> person(long id) {
        return Optional.ofNullable(session.find(org.hearth.domain.Person.class, id));
    }

    /** A network member by id. */
    public Optional<org.hearth.domain.NetworkMember> networkMember(long id) {
        return Optional.ofNullable(session.find(org.hearth.domain.NetworkMember.class, id));
    }

    /** Closed cases closed before the day, longest closed first: the ones due for a retention review. */
    public List<CaseSummary> closedBefore(java.time.LocalDate day) {
        return session.createSelectionQuery(
                "select new org.hearth.domain.CaseSummary(f.id, f.reference, f.displayName, f.status, "
                        + "f.responsibleWorker, f.createdOn, f.nextReview, f.language) from Family f "
                        + "where f.status = org.hearth.domain.CaseStatus.CLOSED and f.closedOn < :day "
                        + "order by f.closedOn, f.reference", CaseSummary.class)
                .setParameter("day", day).getResultList();
    }
}
