package org.hearth.ui.handout;

import java.util.List;
import org.hearth.service.Audience;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;

/**
 * What the Handouts tab says about who holds the chosen handout and where it is kept, e.g. "Sanne's own copy … keep
 * this copy where Mark cannot find it". Words from the resource bundles; names are data.
 */
final class HandoutAudience {

    private HandoutAudience() {
    }

    static String of(Audience.Copy copy, Messages messages) {
        String holder = copy.holderKey() == null ? "" : nameOf(copy.plan(), copy.holderKey());
        String text = messages.format("handouts.audience." + copy.holder().name(), holder);
        List<String> keepFrom = HandoutFactsOf.keepAwayFrom(copy);
        if (keepFrom.isEmpty()) {
            return text;
        }
        return text + " " + messages.format("handouts.audience.keepFrom." + copy.holder().name(), holder,
                String.join(", ", keepFrom));
    }

    private static String nameOf(PlanDraft plan, String key) {
        return plan.household().stream().filter(p -> p.key().equals(key)).map(PlanDraft.HouseholdRef::name)
                .findFirst().or(() -> plan.members().stream().filter(m -> m.key().equals(key))
                        .map(PlanDraft.Member::name).findFirst()).orElse("");
    }
}
