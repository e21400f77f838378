package org.hearth.ui.handout;

import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.hearth.report.PrivateTimesClash;
import org.hearth.service.HandoutGaps;
import org.hearth.ui.Messages;

/** What the Handouts tab says when a handout is not made, and why, e.g. the fridge sheet while private times
 * clash, or a time-out card while the time-out has no maximum. */
final class HandoutRefusal {

    private HandoutRefusal() {
    }

    /** The reason in the worker's words, or null when the problem is not a refusal. */
    static String of(Throwable problem, Messages messages) {
        if (problem instanceof PrivateTimesClash clash) {
            String first = messages.format("handouts.refused.whose", clash.firstPerson(),
                    clash.firstRoom() == null ? "" : clash.firstRoom());
            String second = messages.format("handouts.refused.whose", clash.secondPerson(),
                    clash.secondRoom() == null ? "" : clash.secondRoom());
            return messages.format("handouts.refused.privateTimesClash", messages.of("home.day", clash.day()),
                    DateTimeFormatter.ofPattern("HH:mm").format(clash.at()),
                    messages.format("handouts.refused.and", first, second));
        }
        if (problem instanceof HandoutGaps.OpenToDos open) {
            return messages.format("handouts.refused.toDos", open.toDos().stream()
                    .map(p -> messages.get(p.messageKey())).distinct().collect(Collectors.joining(" ")));
        }
        return null;
    }
}
