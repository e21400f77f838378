package org.hearth.ui.handout;

import java.util.ArrayList;
import java.util.List;
import org.hearth.domain.RiskRole;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.service.HandoutService;
import org.hearth.service.NetworkRoles;
import org.hearth.service.PlanDraft;

/**
 * Turns a case's plan and household into the plain facts handouts are made from (the report layer knows no
 * services and no entities). Used by the Handouts tab and by the command line.
 */
public final class HandoutFactsOf {

    /** Someone a handout can be made for: a member (member card) or a buddy pair (buddy card). */
    public record Recipient(String key, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private HandoutFactsOf() {
    }

    public static HandoutFacts of(HandoutService.Source source, byte[] mapPicture) {
        // a handout can be found by anyone in the home: nothing kept from a household member is printed
        PlanDraft plan = org.hearth.service.Audience.forTheHome(source.plan());
        var roles = NetworkRoles.of(plan);
        List<HandoutFacts.PersonFact> household = new ArrayList<>();
        for (PlanDraft.HouseholdRef ref : plan.household()) {
            boolean atRisk = source.workspace().household().stream()
                    .anyMatch(m -> m.id() != null && m.id() == ref.id() && m.riskRole() == RiskRole.AT_RISK);
            household.add(new HandoutFacts.PersonFact(ref.key(), ref.name(), ref.colour(), atRisk));
        }
        List<HandoutFacts.MemberFact> members = plan.members().stream().map(m -> new HandoutFacts.MemberFact(m.key(),
                m.name(), m.relation(), m.phone(), roles.getOrDefault(m.key(), java.util.Set.of()), m.mustNotKnow(),
                m.closeness(), m.kind())).toList();
        List<HandoutFacts.SignalFact> signals = plan.signals().stream().map(s -> new HandoutFacts.SignalFact(s.kind(),
                s.word(), s.answer(), s.meaning(), List.copyOf(s.senderKeys()), s.responses().stream()
                .map(r -> new HandoutFacts.ResponseFact(r.memberKey(), r.steps(), r.callsWhom())).toList())).toList();
        List<HandoutFacts.CheckInFact> checkIns = plan.checkIns().stream().map(c -> new HandoutFacts.CheckInFact(
                c.memberKey(), c.personKey(), c.frequency(), c.channel(), c.coverStory())).toList();
        List<HandoutFacts.BuddyFact> buddies = new ArrayList<>();
        for (int i = 0; i < plan.buddies().size(); i++) {
            PlanDraft.BuddyItem b = plan.buddies().get(i);
            buddies.add(new HandoutFacts.BuddyFact(buddyKey(b, i), b.personKey(), b.memberKey(), b.dailyTime(),
                    b.channel(), b.codeWord(), b.professionalName(), b.professionalPhone()));
        }
        List<HandoutFacts.PlaceFact> places = plan.safePlaces().stream().map(p -> new HandoutFacts.PlaceFact(p.name(),
                p.address(), p.howToGetThere(), p.whoIsThere(), p.things().stream().map(PlanDraft.Thing::thing)
                .toList())).toList();
        List<HandoutFacts.NumberFact> numbers = plan.emergencyNumbers().stream().map(n -> new HandoutFacts.NumberFact(
                n.kind(), n.name(), n.number())).toList();
        return new HandoutFacts(source.workspace().summary().language(), household, members, signals, checkIns,
                buddies, places, numbers, mapPicture, HomeFactsOf.of(source));
    }

    private static String buddyKey(PlanDraft.BuddyItem buddy, int index) {
        return buddy.id() != null ? "b" + buddy.id() : "b-new-" + index;
    }

    /** Whom a handout of this kind can be made for (empty for kinds that are not per person). */
    public static List<Recipient> recipients(HandoutKind kind, HandoutFacts facts) {
        if (kind == HandoutKind.MEMBER_CARD) {
            return facts.cardHolders().stream().map(m -> new Recipient(m.key(), m.name())).toList();
        }
        if (kind == HandoutKind.BUDDY_CARD) {
            return facts.buddies().stream().map(b -> new Recipient(b.key(), facts.nameOf(b.personKey()) + " & "
                    + facts.nameOf(b.memberKey()))).toList();
        }
        return List.of();
    }

}
