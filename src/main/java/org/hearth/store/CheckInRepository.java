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

    public void add(CheckIn checkIn) {
        session.persist(checkIn);
    }
}
