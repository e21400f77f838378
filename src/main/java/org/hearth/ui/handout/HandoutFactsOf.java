package org.hearth.ui.handout;

import java.util.ArrayList;
import java.util.List;
import org.hearth.domain.RiskRole;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutLanguages;
import org.hearth.service.Audience;
import org.hearth.service.EmergencyNumbers;
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

    /**
     * Who holds a handout of this kind made for this recipient (a member key or buddy pair key, else null), and the
     * plan as that copy may print it: {@link Audience} decides.
     */
    public static Audience.Copy copy(HandoutService.Source source, HandoutKind kind, String forKey) {
        String holderKey = switch (kind.holder()) {
            case PERSON_AT_RISK -> personAtRisk(source);
            case NETWORK_MEMBER -> forKey;
            default -> null;
        };
        return Audience.copyFor(source.plan(), kind.holder(), holderKey);
    }

    /** The facts a handout of this kind for this recipient is made from: only what its holder may hold. */
    public static HandoutFacts of(HandoutService.Source source, byte[] mapPicture, HandoutKind kind, String forKey) {
        return of(source, copy(source, kind, forKey).plan(), mapPicture);
    }

    /**
     * The language a handout is made in unless the worker chooses another: a member's card in the member's own first
     * language when handouts exist in it, every other handout (and a card for a member without one) in the family's.
     */
    public static String defaultLanguage(HandoutService.Source source, HandoutKind kind, String forKey) {
        String family = HandoutLanguages.supportedOr(source.workspace().summary().language(),
                HandoutLanguages.ENGLISH);
        return kind == HandoutKind.MEMBER_CARD && forKey != null
                ? HandoutLanguages.supportedOr(source.languageFor(forKey), family) : family;
    }

    /** The names of the household members a copy is to be kept from, in the household's order. */
    public static List<String> keepAwayFrom(Audience.Copy copy) {
        return copy.plan().household().stream().filter(p -> copy.keepAwayFrom().contains(p.key()))
                .map(PlanDraft.HouseholdRef::name).toList();
    }

    private static String personAtRisk(HandoutService.Source source) {
        return source.plan().household().stream().filter(ref -> source.workspace().household().stream()
                        .anyMatch(m -> m.id() != null && m.id() == ref.id() && m.riskRole() == RiskRole.AT_RISK))
                .map(PlanDraft.HouseholdRef::key).findFirst().orElse(null);
    }

    private static HandoutFacts of(HandoutService.Source source, PlanDraft plan, byte[] mapPicture) {
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
                n.kind(), n.name(), n.number(), EmergencyNumbers.labelOf(n.name(), n.number()).orElse(null))).toList();
        return new HandoutFacts(source.workspace().summary().language(), household, members, signals, checkIns,
                buddies, places, numbers, mapPicture, HomeFactsOf.of(source));
    }

    private static String buddyKey(PlanDraft.BuddyItem buddy, int index) {
        return org.hearth.service.HandoutGaps.pairKey(buddy, index);
    }

    /**
     * Whom a handout of this kind can be made for (empty for kinds that are not per person), from the whole plan: a
     * member who only receives a signal kept from a household member still gets their card.
     */
    public static List<Recipient> recipients(HandoutKind kind, HandoutService.Source source) {
        HandoutFacts facts = of(source, source.plan(), null);
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
