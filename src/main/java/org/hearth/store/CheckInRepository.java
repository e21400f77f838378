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

    public List<CheckIn> of(Family family) {
        return session.createSelectionQuery("from CheckIn c where c.family = :f order by c.happenedAt", CheckIn.class)
                .setParameter("f", family).getResultList();
    }

    public void add(CheckIn checkIn) {
        session.persist(checkIn);
    }
}
