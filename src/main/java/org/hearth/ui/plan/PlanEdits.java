package org.hearth.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.hearth.service.PlanDraft;

/** Changes to a plan draft: each returns a new draft and leaves the old one as it was (for undo). */
public final class PlanEdits {

    private PlanEdits() {
    }

    /** The list with the item at index replaced, or appended when index is -1; or removed when item is null. */
    public static <T> List<T> put(List<T> list, int index, T item) {
        List<T> copy = new ArrayList<>(list);
        if (item == null) {
            copy.remove(index);
        } else if (index < 0) {
            copy.add(item);
        } else {
            copy.set(index, item);
        }
        return List.copyOf(copy);
    }

    public static PlanDraft members(PlanDraft d, UnaryOperator<List<PlanDraft.Member>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), edit.apply(d.members()), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    public static PlanDraft signals(PlanDraft d, UnaryOperator<List<PlanDraft.SignalItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), edit.apply(d.signals()), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    public static PlanDraft riskFactors(PlanDraft d, UnaryOperator<List<PlanDraft.RiskFactorItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), edit.apply(d.riskFactors()),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    public static PlanDraft warningSigns(PlanDraft d, UnaryOperator<List<PlanDraft.WarningSignItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                edit.apply(d.warningSigns()), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(),
                d.reviews(), d.links());
    }

    public static PlanDraft safePlaces(PlanDraft d, UnaryOperator<List<PlanDraft.SafePlaceItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), edit.apply(d.safePlaces()), d.emergencyNumbers(), d.checkIns(), d.buddies(),
                d.reviews(), d.links());
    }

    public static PlanDraft emergencyNumbers(PlanDraft d, UnaryOperator<List<PlanDraft.EmergencyNumber>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), edit.apply(d.emergencyNumbers()), d.checkIns(), d.buddies(),
                d.reviews(), d.links());
    }

    public static PlanDraft checkIns(PlanDraft d, UnaryOperator<List<PlanDraft.CheckInItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), edit.apply(d.checkIns()), d.buddies(),
                d.reviews(), d.links());
    }

    public static PlanDraft buddies(PlanDraft d, UnaryOperator<List<PlanDraft.BuddyItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), edit.apply(d.buddies()),
                d.reviews(), d.links());
    }

    public static PlanDraft reviews(PlanDraft d, UnaryOperator<List<PlanDraft.ReviewItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(),
                edit.apply(d.reviews()), d.links());
    }

    public static PlanDraft links(PlanDraft d, UnaryOperator<List<PlanDraft.ContactLinkItem>> edit) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(),
                edit.apply(d.links()));
    }

    public static PlanDraft status(PlanDraft d, org.hearth.domain.PlanStatus status, java.time.LocalDate agreedOn,
                            String agreedBy, java.time.LocalDate nextReview) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), status, agreedOn, agreedBy, nextReview,
                d.country(), d.household(), d.members(), d.signals(), d.riskFactors(), d.warningSigns(),
                d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    public static PlanDraft country(PlanDraft d, String country, List<PlanDraft.EmergencyNumber> numbers) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), country, d.household(), d.members(), d.signals(), d.riskFactors(), d.warningSigns(),
                d.safePlaces(), numbers, d.checkIns(), d.buddies(), d.reviews(), d.links());
    }
}
