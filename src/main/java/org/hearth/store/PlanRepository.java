package org.hearth.store;

import java.util.Optional;
import org.hearth.domain.Family;
import org.hearth.domain.SafetyPlan;
import org.hibernate.Session;

/** Safety plans, one per case. */
public final class PlanRepository {

    private final Session session;

    PlanRepository(Session session) {
        this.session = session;
    }

    public Optional<SafetyPlan> of(Family family) {
        return session.createSelectionQuery("from SafetyPlan p where p.family = :f", SafetyPlan.class)
                .setParameter("f", family).uniqueResultOptional();
    }

    /**
     * Raises the plan's version on every save, so a save made from an older read is refused. (Envers does not see
     * this version bump; a save's revision of the plan comes from the changes to its parts.)
     */
    public void markChanged(SafetyPlan plan) {
        session.lock(plan, org.hibernate.LockMode.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(SafetyPlan plan) {
        session.persist(plan);
    }
}
