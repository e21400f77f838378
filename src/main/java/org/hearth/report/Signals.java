package org.hearth.report;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.report.HandoutFacts.ResponseFact;
import org.hearth.report.HandoutFacts.SignalFact;

/** How a signal reads on paper: "If I say …, please …" (the discreet variant leaves out what it means). */
final class Signals {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private Signals() {
    }

    /** The opening line: "If I say “…”", "If I answer “…” to “…”", "If you see: …". */
    static String opening(SignalFact signal, HandoutWords w, String language) {
        return w.in(language, "signal." + signal.kind().name(), signal.word(),
                signal.answer() == null ? "" : signal.answer());
    }

    /** The signal as the household reads it: the opening, then what each receiver does. */
    static String forHousehold(HandoutFacts facts, SignalFact signal, HandoutWords w, String language) {
        StringBuilder text = new StringBuilder(opening(signal, w, language)).append(',');
        if (!w.discreet() && signal.meaning() != null) {
            text.append('\n').append(w.in(language, "signal.means", signal.meaning()));
        }
        for (ResponseFact response : signal.responses()) {
            text.append("\n\n").append(w.in(language, "signal.will", facts.nameOf(response.memberKey())));
            appendSteps(text, response, w, language);
        }
        return text.toString();
    }

    /** The signal as one receiver reads it: the opening, who sends it, and only their own steps. */
    static String forReceiver(HandoutFacts facts, SignalFact signal, ResponseFact response, HandoutWords w,
                              String language) {
        StringBuilder text = new StringBuilder(opening(signal, w, language)).append(',');
        if (!signal.senderKeys().isEmpty()) {
            text.append('\n').append(w.in(language, "signal.from", signal.senderKeys().stream()
                    .map(facts::nameOf).filter(n -> !n.isEmpty()).collect(Collectors.joining(", "))));
        }
        if (!w.discreet() && signal.meaning() != null) {
            text.append('\n').append(w.in(language, "signal.means", signal.meaning()));
        }
        text.append("\n\n").append(w.in(language, "signal.please"));
        appendSteps(text, response, w, language);
        return text.toString();
    }

    private static void appendSteps(StringBuilder text, ResponseFact response, HandoutWords w, String language) {
        if (response.steps() != null && !response.steps().isBlank()) {
            text.append('\n').append(HandoutWords.typed(language, response.steps().strip()));
        }
        if (response.callsWhom() != null && !response.callsWhom().isBlank()) {
            text.append('\n').append(w.in(language, "signal.calls", response.callsWhom().strip()));
        }
    }

    /**
     * A number's label: as typed, a pre-filled one in the handout's language, or in the discreet variant a neutral
     * word for its kind.
     */
    static String label(HandoutFacts.NumberFact number, HandoutWords w, String language) {
        if (w.discreet() || number.name() == null || number.name().isBlank()) {
            return w.name(language, "number", number.kind() == null ? EmergencyContactKind.OTHER : number.kind());
        }
        if (number.builtInLabel() != null) {
            return w.in(language, "number.builtIn." + number.builtInLabel(), number.number());
        }
        return number.name();
    }

    static String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }
}
