package org.hearth.service;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.RelationKind;

/**
 * The roles people around the family have, as they follow from the plan: a receiver of a signal, someone who checks
 * in, a buddy, the school that keeps an eye out, an emergency contact. The map and the plan both read them here.
 */
public final class NetworkRoles {

    private NetworkRoles() {
    }

    /** Every member's roles by member key; a member without a role has an empty set. */
    public static Map<String, Set<NetworkRole>> of(PlanDraft draft) {
        Map<String, Set<NetworkRole>> roles = new LinkedHashMap<>();
        Map<String, RelationKind> kinds = new LinkedHashMap<>();
        draft.members().forEach(m -> {
            roles.put(m.key(), m.emergencyContact() ? EnumSet.of(NetworkRole.EMERGENCY_CONTACT)
                    : EnumSet.noneOf(NetworkRole.class));
            kinds.put(m.key(), m.kind());
        });
        draft.signals().forEach(s -> s.responses().forEach(r -> add(roles, r.memberKey(), NetworkRole.SIGNAL_RECEIVER)));
        draft.checkIns().forEach(c -> {
            add(roles, c.memberKey(), NetworkRole.CHECK_IN);
            if (kinds.get(c.memberKey()) == RelationKind.SCHOOL) {
                add(roles, c.memberKey(), NetworkRole.SCHOOL_OUTREACH);
            }
        });
        draft.buddies().forEach(b -> add(roles, b.memberKey(), NetworkRole.BUDDY));
        return roles;
    }

    /** How many people around the family have at least one role. */
    public static long activeCount(PlanDraft draft) {
        return of(draft).values().stream().filter(r -> !r.isEmpty()).count();
    }

    private static void add(Map<String, Set<NetworkRole>> roles, String key, NetworkRole role) {
        Set<NetworkRole> set = roles.get(key);
        if (set != null) {
            set.add(role);
        }
    }
}
