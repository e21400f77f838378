package org.hearth.store;

import java.time.Instant;
import java.util.List;
import org.hearth.domain.Family;
import org.hibernate.Session;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;

/** The saved revisions of a case: when, and by whom. */
public final class History {

    /** One saved change. */
    public record Revision(long number, Instant savedAt, String worker) {
    }

    private final Session session;

    History(Session session) {
        this.session = session;
    }

    /** Every saved version of a safety plan, oldest first. */
    public List<Revision> ofPlan(long planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(org.hearth.domain.SafetyPlan.class, false, true)
                .add(AuditEntity.id().eq(planId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            HearthRevision revision = (HearthRevision) row[1];
            return new Revision(revision.getId(), Instant.ofEpochMilli(revision.getSavedAt()), revision.getWorker());
        }).toList();
    }

    /** The plan as it was at a revision, with its parts; read it before the transaction ends. */
    public org.hearth.domain.SafetyPlan planAt(long planId, long revision) {
        return AuditReaderFactory.get(session).find(org.hearth.domain.SafetyPlan.class, planId, revision);
    }

    /** The case's details as they were at a revision (its next review date lives there). */
    public Family caseAt(long familyId, long revision) {
        return AuditReaderFactory.get(session).find(Family.class, familyId, revision);
    }

    /** The latest revision in which someone in a case's household was added, changed or removed, if any. */
    public java.util.Optional<Revision> lastOfHousehold(long familyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(org.hearth.domain.Person.class, false, true)
                .add(AuditEntity.relatedId("family").eq(familyId))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return rows.stream().map(row -> {
            HearthRevision revision = (HearthRevision) row[1];
            return new Revision(revision.getId(), Instant.ofEpochMilli(revision.getSavedAt()), revision.getWorker());
        }).findFirst();
    }

    /** The revisions in which the case itself (its reference, name, status, dates) changed, oldest first. */
    public List<Revision> ofCase(long familyId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(Family.class, false, true)
                .add(AuditEntity.id().eq(familyId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            HearthRevision revision = (HearthRevision) row[1];
            return new Revision(revision.getId(), Instant.ofEpochMilli(revision.getSavedAt()), revision.getWorker());
        }).toList();
    }

    /**
     * Every revision in which a case's home agreements changed, oldest first: the agreement itself (a room, time
     * or rule added or removed) or any of its parts (a private time moved, a room renamed, the time-out edited).
     */
    public List<Revision> ofHome(long agreementId, Long timeOutRuleId) {
        var reader = AuditReaderFactory.get(session);
        java.util.Map<Long, Revision> revisions = new java.util.TreeMap<>();
        java.util.function.BiConsumer<Class<?>, org.hibernate.envers.query.criteria.AuditCriterion> collect =
                (type, criterion) -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = reader.createQuery().forRevisionsOfEntity(type, false, true)
                            .add(criterion).getResultList();
                    for (Object[] row : rows) {
                        HearthRevision revision = (HearthRevision) row[1];
                        revisions.putIfAbsent(revision.getId(), new Revision(revision.getId(),
                                Instant.ofEpochMilli(revision.getSavedAt()), revision.getWorker()));
                    }
                };
        collect.accept(org.hearth.domain.HomeAgreement.class, AuditEntity.id().eq(agreementId));
        for (Class<?> part : List.of(org.hearth.domain.Room.class, org.hearth.domain.PrivateTime.class,
                org.hearth.domain.ActivityAgreement.class, org.hearth.domain.RespectRule.class,
                org.hearth.domain.TimeOutRule.class, org.hearth.domain.TimeOutUse.class)) {
            collect.accept(part, AuditEntity.relatedId("agreement").eq(agreementId));
        }
        if (timeOutRuleId != null) {
            collect.accept(org.hearth.domain.TimeOutPlace.class, AuditEntity.relatedId("rule").eq(timeOutRuleId));
        }
        return List.copyOf(revisions.values());
    }

    /** The home agreements as they were at a revision, with their parts; read them before the transaction ends. */
    public org.hearth.domain.HomeAgreement homeAt(long agreementId, long revision) {
        return AuditReaderFactory.get(session).find(org.hearth.domain.HomeAgreement.class, agreementId, revision);
    }

    // --- privacy: the history of one person, for their subject-access export ---

    /** The revisions in which a household member's own details changed, oldest first. */
    public List<Revision> ofPerson(long personId) {
        return revisionsOf(org.hearth.domain.Person.class, personId);
    }

    /** The revisions in which a network member's own details changed, oldest first. */
    public List<Revision> ofMember(long memberId) {
        return revisionsOf(org.hearth.domain.NetworkMember.class, memberId);
    }

    private List<Revision> revisionsOf(Class<?> type, long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(session).createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        return rows.stream().map(row -> {
            HearthRevision revision = (HearthRevision) row[1];
            return new Revision(revision.getId(), Instant.ofEpochMilli(revision.getSavedAt()), revision.getWorker());
        }).toList();
    }
}
