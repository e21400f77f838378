package org.hearth.service;

import java.util.Set;

/**
 * The one place that decides what may be shown to whom (issue 7, point 8; decision 0015). A signal or safe place
 * can be kept from one or more household members ("the other parent is not the audience"): nothing made for such a
 * person shows it, and nothing that lies in the shared home (every printed handout) shows it either.
 */
public final class Audience {

    private Audience() {
    }

    /** Whether an item kept from these household members (keys) may be shown to this one (a key). */
    public static boolean mayShow(Set<String> keptFrom, String personKey) {
        return keptFrom == null || personKey == null || !keptFrom.contains(personKey);
    }

    /** Whether an item may be on paper that lies in the home: only when it is kept from no one. */
    public static boolean mayLieInTheHome(Set<String> keptFrom) {
        return keptFrom == null || keptFrom.isEmpty();
    }

    /** The plan as a person may see it: without the signals and safe places kept from them. */
    public static PlanDraft forPerson(PlanDraft plan, String personKey) {
        return PlanEditsOf.only(plan, s -> mayShow(s.keptFrom(), personKey), p -> mayShow(p.keptFrom(), personKey));
    }

    /**
     * The plan as handouts print it: a sheet or card can be found by anyone in the home, so an item kept from
     * anyone in the household is left out of every handout.
     */
    public static PlanDraft forTheHome(PlanDraft plan) {
        return PlanEditsOf.only(plan, s -> mayLieInTheHome(s.keptFrom()), p -> mayLieInTheHome(p.keptFrom()));
    }

    /** Keeps the signals and safe places that pass. */
    private static final class PlanEditsOf {
        static PlanDraft only(PlanDraft d, java.util.function.Predicate<PlanDraft.SignalItem> signal,
                              java.util.function.Predicate<PlanDraft.SafePlaceItem> place) {
            return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(),
                    d.agreedBy(), d.nextReview(), d.country(), d.household(), d.members(),
                    d.signals().stream().filter(signal).toList(), d.riskFactors(), d.warningSigns(),
                    d.safePlaces().stream().filter(place).toList(), d.emergencyNumbers(), d.checkIns(), d.buddies(),
                    d.reviews(), d.links());
        }
    }
}
