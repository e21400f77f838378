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

    /** Counts every save of the plan as a change of the plan itself, so each save is one revision. */
    public void markChanged(SafetyPlan plan) {
        session.lock(plan, org.hibernate.LockMode.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void add(SafetyPlan plan) {
        session.persist(plan);
    }
}
