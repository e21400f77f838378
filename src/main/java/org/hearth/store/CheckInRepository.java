package org.hearth.store;

import java.util.List;
import org.hearth.domain.CheckIn;
import org.hearth.domain.Family;
import org.hibernate.Session;

/** The log of contacts reported to the worker. */
public final class CheckInRepository {

    private final Session session;

    CheckInRepository(Session session) {
        this.session = session;
    }

    /** The case's logged contacts, newest first, with the people they name loaded. */
    public List<CheckIn> of(Family family) {
        return session.createSelectionQuery("from CheckIn c left join fetch c.member left join fetch c.person "
                        + "where c.family = :f order by c.happenedAt desc, c.id desc", CheckIn.class)
                .setParameter("f", family).getResultList();
    }

    /**
     * Before an agreement, buddy pair or person is removed from the plan, the contacts logged for it stay in the
     * log but no longer point at it.
     */
    public void forget(Object planItem) {
        String field = planItem instanceof org.hearth.domain.CheckInAgreement ? "agreement"
                : planItem instanceof org.hearth.domain.BuddyPair ? "buddyPair" : "member";
        session.createSelectionQuery("from CheckIn c where c." + field + " = :item", CheckIn.class)
                .setParameter("item", planItem).getResultList().forEach(c -> {
                    switch (field) {
                        case "agreement" -> c.setAgreement(null);
                        case "buddyPair" -> c.setBuddyPair(null);
                        default -> c.setMember(null);
                    }
                });
    }

    public void add(CheckIn checkIn) {
        session.persist(checkIn);
    }
}
