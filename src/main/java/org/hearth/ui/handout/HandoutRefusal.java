package org.hearth.ui.handout;

import java.time.format.DateTimeFormatter;
import org.hearth.report.PrivateTimesClash;
import org.hearth.ui.Messages;

/** What the Handouts tab says when a handout is not made, and why, e.g. the fridge sheet while private times clash. */
final class HandoutRefusal {

    private HandoutRefusal() {
    }

    /** The reason in the worker's words, or null when the problem is not a refusal. */
    static String of(Throwable problem, Messages messages) {
        if (problem instanceof PrivateTimesClash clash) {
            return messages.format("handouts.refused.privateTimesClash", clash.firstPerson(),
                    clash.firstRoom() == null ? "" : clash.firstRoom(), clash.secondPerson(),
                    clash.secondRoom() == null ? "" : clash.secondRoom(), messages.of("home.day", clash.day()),
                    DateTimeFormatter.ofPattern("HH:mm").format(clash.at()));
        }
        return null;
    }
}
