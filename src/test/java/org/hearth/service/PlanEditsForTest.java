package org.hearth.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small changes to a plan draft for tests. */
final class PlanEditsForTest {

    private PlanEditsForTest() {
    }

    static PlanDraft signal(PlanDraft d, int index, PlanDraft.SignalItem signal) {
        List<PlanDraft.SignalItem> signals = new ArrayList<>(d.signals());
        signals.set(index, signal);
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), signals, d.riskFactors(), d.warningSigns(),
                d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    static PlanDraft member(PlanDraft d, int index, PlanDraft.Member member) {
        List<PlanDraft.Member> members = new ArrayList<>(d.members());
        members.set(index, member);
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), members, d.signals(), d.riskFactors(), d.warningSigns(),
                d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    static PlanDraft buddy(PlanDraft d, PlanDraft.BuddyItem buddy) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                d.nextReview(), d.country(), d.household(), d.members(), d.signals(), d.riskFactors(),
                d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), List.of(buddy), d.reviews(), d.links());
    }

    static PlanDraft nextReview(PlanDraft d, LocalDate date) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), d.status(), d.agreedOn(), d.agreedBy(),
                date, d.country(), d.household(), d.members(), d.signals(), d.riskFactors(), d.warningSigns(),
                d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }

    static PlanDraft agreed(PlanDraft d, java.time.Clock clock) {
        return new PlanDraft(d.planId(), d.caseVersion(), d.planVersion(), org.hearth.domain.PlanStatus.AGREED,
                LocalDate.now(clock), "Sanne", d.nextReview(), d.country(), d.household(), d.members(), d.signals(),
                d.riskFactors(), d.warningSigns(), d.safePlaces(), d.emergencyNumbers(), d.checkIns(), d.buddies(),
                d.reviews(), d.links());
    }

    /** The signal at the index with its first receiver replaced by the member with this key. */
    static PlanDraft withReceiver(PlanDraft d, int index, String memberKey) {
        PlanDraft.SignalItem s = d.signals().get(index);
        List<PlanDraft.Response> responses = new ArrayList<>(s.responses());
        PlanDraft.Response first = responses.get(0);
        responses.set(0, new PlanDraft.Response(memberKey, first.steps(), first.callsWhom()));
        return signal(d, index, new PlanDraft.SignalItem(s.id(), s.kind(), s.word(), s.answer(), s.meaning(),
                s.channels(), s.senderKeys(), responses, s.keptFrom()));
    }
}
