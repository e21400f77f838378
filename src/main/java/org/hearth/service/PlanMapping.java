package org.hearth.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.domain.Family;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.Person;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.SafetyPlan;

/** Reads a case's plan into the plain draft the Safety plan tab edits. */
final class PlanMapping {

    private PlanMapping() {
    }

    static String personKey(Person person) {
        return "p" + person.getId();
    }

    static String memberKey(NetworkMember member) {
        return "m" + member.getId();
    }

    static PlanDraft draft(Family family, SafetyPlan plan) {
        List<PlanDraft.HouseholdRef> household = family.getHousehold().stream().map(p -> new PlanDraft.HouseholdRef(
                personKey(p), p.getId(), p.getName(), p.getRole(), p.getColour())).toList();
        List<PlanDraft.Member> members = family.getNetwork().stream().map(PlanMapping::member).toList();
        if (plan == null) {
            return new PlanDraft(null, family.getVersion(), 0, PlanStatus.DRAFT, null, null, family.getNextReview(),
                    SafetyPlanService.DEFAULT_COUNTRY, household, members, List.of(),
                    List.copyOf(SafetyPlanService.builtInRiskFactors()), List.of(), List.of(),
                    EmergencyNumbers.forCountry(SafetyPlanService.DEFAULT_COUNTRY), List.of(), List.of(), List.of(),
                    links(family));
        }
        List<PlanDraft.SignalItem> signals = plan.getSignals().stream().map(s -> new PlanDraft.SignalItem(s.getId(),
                s.getKind(), s.getWord(), s.getAnswer(), s.getMeaning(), SafetyPlanService.channels(s.getChannels()),
                sortedKeys(s.getSenders().stream().map(PlanMapping::personKey).toList()),
                s.getResponses().stream().map(r -> new PlanDraft.Response(memberKey(r.getReceiver()), r.getSteps(),
                        r.getCallsWhom())).toList(),
                sortedKeys(s.getConfidentialFrom().stream().map(PlanMapping::personKey).toList()))).toList();
        List<PlanDraft.ReviewItem> reviews = plan.getReviews().stream().sorted(Comparator.comparing(
                org.hearth.domain.PlanReview::getReviewedOn)).map(r -> {
                    Map<String, Integer> scores = new LinkedHashMap<>();
                    r.getScores().forEach(s -> scores.put(personKey(s.getPerson()), s.getScore()));
                    return new PlanDraft.ReviewItem(r.getId(), r.getReviewedOn(), r.getNote(), r.getTriedOut(),
                            r.getWorked(), r.isAfterIncident(), Map.copyOf(scores));
                }).toList();
        return new PlanDraft(plan.getId(), family.getVersion(), plan.getVersion(), plan.getStatus(),
                plan.getAgreedOn(), plan.getAgreedBy(), family.getNextReview(), plan.getCountry(), household, members,
                signals,
                plan.getRiskFactors().stream().map(f -> new PlanDraft.RiskFactorItem(f.getKind(), f.getOwnText(),
                        f.isPresent())).toList(),
                plan.getWarningSigns().stream().map(w -> new PlanDraft.WarningSignItem(
                        w.getPerson() == null ? null : personKey(w.getPerson()), w.getText())).toList(),
                plan.getSafePlaces().stream().map(p -> new PlanDraft.SafePlaceItem(p.getName(), p.getAddress(),
                        p.getHowToGetThere(), p.getWhoIsThere(), p.getThingsToTake().stream()
                        .map(t -> new PlanDraft.Thing(t.getThing(), t.isReady())).toList(),
                        sortedKeys(p.getConfidentialFrom().stream().map(PlanMapping::personKey).toList())))
                .toList(),
                plan.getEmergencyContacts().stream().map(e -> new PlanDraft.EmergencyNumber(e.getKind(), e.getName(),
                        e.getNumber(), e.getNote())).toList(),
                plan.getCheckInAgreements().stream().map(a -> new PlanDraft.CheckInItem(a.getId(),
                        memberKey(a.getMember()), personKey(a.getPerson()), a.getFrequency(), a.getChannel(),
                        a.getCoverStory())).toList(),
                plan.getBuddyPairs().stream().map(b -> new PlanDraft.BuddyItem(b.getId(), personKey(b.getPerson()),
                        memberKey(b.getBuddy()), b.getDailyTime(), b.getChannel(), b.getCodeWord(),
                        b.getProfessionalName(), b.getProfessionalPhone())).toList(),
                reviews, links(family));
    }

    private static List<PlanDraft.ContactLinkItem> links(Family family) {
        return family.getContactLinks().stream().map(l -> new PlanDraft.ContactLinkItem(personKey(l.getPerson()),
                memberKey(l.getMember()), l.getFrequency(), l.getChannel())).sorted(Comparator.comparing(
                PlanDraft.ContactLinkItem::personKey).thenComparing(PlanDraft.ContactLinkItem::memberKey)).toList();
    }

    private static PlanDraft.Member member(NetworkMember m) {
        return new PlanDraft.Member(memberKey(m), m.getId(), m.getName(), m.getRelation(), m.getKind(),
                m.getCloseness(), m.getPhone(), SafetyPlanService.channels(m.getChannels()), m.isMustNotKnow(),
                m.isConsentGiven(), m.getConsentOn(), m.getConsentScope(),
                m.getRoles().contains(NetworkRole.EMERGENCY_CONTACT), m.getMapX(), m.getMapY());
    }

    /** Sets read from the database come in no fixed order; the draft keeps a stable one so equal plans are equal. */
    private static Set<String> sortedKeys(List<String> keys) {
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.naturalOrder());
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(sorted));
    }
}
