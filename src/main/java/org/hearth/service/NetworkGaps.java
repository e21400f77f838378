package org.hearth.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.HouseholdRole;

/**
 * What the network map points out to the worker: gaps in the family's network (no one receives a signal, no daily
 * contact, a child without a trusted adult outside the home) and the people who must not know.
 */
public final class NetworkGaps {

    /** One thing to point out: a message key and the names it mentions. */
    public record Gap(String messageKey, List<String> names) {
    }

    private NetworkGaps() {
    }

    public static List<Gap> of(PlanDraft draft) {
        List<Gap> gaps = new ArrayList<>();
        Map<String, PlanDraft.Member> members = new HashMap<>();
        draft.members().forEach(m -> members.put(m.key(), m));
        boolean anyReceiver = draft.signals().stream().flatMap(s -> s.responses().stream())
                .anyMatch(r -> members.containsKey(r.memberKey()));
        if (!anyReceiver) {
            gaps.add(new Gap("network.gap.noReceiver", List.of()));
        }
        boolean daily = !draft.buddies().isEmpty()
                || draft.checkIns().stream().anyMatch(c -> c.frequency() == ContactFrequency.DAILY)
                || draft.links().stream().anyMatch(l -> l.frequency() == ContactFrequency.DAILY
                && trusted(members.get(l.memberKey())));
        if (!daily) {
            gaps.add(new Gap("network.gap.noDailyContact", List.of()));
        }
        for (PlanDraft.HouseholdRef child : draft.household()) {
            if (child.role() == HouseholdRole.CHILD && !trustedAdults(draft, members).contains(child.key())) {
                gaps.add(new Gap("network.gap.childAlone", List.of(child.name())));
            }
        }
        for (PlanDraft.Member member : draft.members()) {
            if (member.mustNotKnow()) {
                gaps.add(new Gap("network.gap.mustNotKnow", List.of(member.name())));
            }
        }
        return gaps;
    }

    /** Household members who are in touch with, or kept an eye on by, someone outside who may know. */
    private static Set<String> trustedAdults(PlanDraft draft, Map<String, PlanDraft.Member> members) {
        Set<String> covered = new HashSet<>();
        draft.links().stream().filter(l -> trusted(members.get(l.memberKey()))).forEach(l -> covered.add(l.personKey()));
        draft.checkIns().stream().filter(c -> trusted(members.get(c.memberKey()))).forEach(c -> covered.add(c.personKey()));
        draft.buddies().stream().filter(b -> trusted(members.get(b.memberKey()))).forEach(b -> covered.add(b.personKey()));
        return covered;
    }

    private static boolean trusted(PlanDraft.Member member) {
        return member != null && !member.mustNotKnow() && member.consentGiven();
    }
}
