package org.hearth.service;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;
import org.hearth.domain.HandoutHolder;

/**
 * The one place that decides what may be shown to whom (decision 0015). A signal or safe place can be kept from one
 * or more household members ("the other parent is not the audience"): nothing made for such a person shows it. What
 * a printed handout may hold follows from who holds it and where it is kept ({@link HandoutHolder}): a sheet that
 * hangs in the home holds shared items only; the person at risk's own copy holds everything not kept from them; a
 * network member's card, kept in that member's home, holds the signals they receive even when those are kept from
 * a household member.
 */
public final class Audience {

    private Audience() {
    }

    /**
     * One printed copy: who holds it (holderKey: the person at risk's or the network member's key, else null), the
     * plan as it may print it, and the household members (keys) it is to be kept from, because it holds something
     * kept from them (empty when it holds shared items only).
     */
    public record Copy(HandoutHolder holder, String holderKey, PlanDraft plan, Set<String> keepAwayFrom) {
        public Copy {
            keepAwayFrom = Set.copyOf(keepAwayFrom);
        }
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
        return only(plan, s -> mayShow(s.keptFrom(), personKey), p -> mayShow(p.keptFrom(), personKey));
    }

    /** The plan as paper that lies in the home may print it: only what is kept from no one. */
    public static PlanDraft forTheHome(PlanDraft plan) {
        return only(plan, s -> mayLieInTheHome(s.keptFrom()), p -> mayLieInTheHome(p.keptFrom()));
    }

    /**
     * The copy of a handout for this holder. Without a holder key where one is needed (no person at risk marked, no
     * member chosen) the copy holds only what may lie in the home.
     */
    public static Copy copyFor(PlanDraft plan, HandoutHolder holder, String holderKey) {
        if (holderKey == null) {
            return home(plan, holder);
        }
        return switch (holder) {
            case PERSON_AT_RISK -> {
                PlanDraft own = forPerson(plan, holderKey);
                Set<String> from = new LinkedHashSet<>();
                own.signals().forEach(s -> from.addAll(keys(s.keptFrom())));
                own.safePlaces().forEach(p -> from.addAll(keys(p.keptFrom())));
                yield new Copy(holder, holderKey, own, from);
            }
            case NETWORK_MEMBER -> {
                Predicate<PlanDraft.SignalItem> theirs = s -> s.responses().stream()
                        .anyMatch(r -> holderKey.equals(r.memberKey()));
                PlanDraft card = only(plan, s -> mayShow(s.keptFrom(), holderKey)
                        && (mayLieInTheHome(s.keptFrom()) || theirs.test(s)), p -> mayLieInTheHome(p.keptFrom()));
                Set<String> from = new LinkedHashSet<>();
                card.signals().stream().filter(theirs).forEach(s -> from.addAll(keys(s.keptFrom())));
                yield new Copy(holder, holderKey, card, from);
            }
            case THE_HOME, BUDDY_PAIR, ANYONE -> home(plan, holder);
        };
    }

    private static Copy home(PlanDraft plan, HandoutHolder holder) {
        return new Copy(holder, null, forTheHome(plan), Set.of());
    }

    private static Set<String> keys(Set<String> keptFrom) {
        return keptFrom == null ? Set.of() : keptFrom;
    }

    /** Keeps the signals and safe places that pass. */
    private static PlanDraft only(PlanDraft d, Predicate<PlanDraft.SignalItem> signal,
                                  Predicate<PlanDraft.SafePlaceItem> place) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(),
                d.agreedBy(), d.nextReview(), d.country(), d.household(), d.members(),
                d.signals().stream().filter(signal).toList(), d.riskFactors(), d.warningSigns(),
                d.safePlaces().stream().filter(place).toList(), d.emergencyNumbers(), d.checkIns(), d.buddies(),
                d.reviews(), d.links());
    }
}
