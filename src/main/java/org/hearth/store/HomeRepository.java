package org.hearth.store;

import java.util.Optional;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hibernate.Session;

/** Home agreements, one per case. */
public final class HomeRepository {

    private final Session session;

    HomeRepository(Session session) {
        this.session = session;
    }

    public Optional<HomeAgreement> of(Family family) {
        return session.createSelectionQuery("from HomeAgreement h where h.family = :f", HomeAgreement.class)
                .setParameter("f", family).uniqueResultOptional();
    }

    /** Raises the agreement's version on every save, so a save made from an older read is refused. */
    public void markChanged(HomeAgreement agreement) {
        session.lock(agreement, org.hibernate.LockMode.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(HomeAgreement agreement) {
        session.persist(agreement);
    }
}
