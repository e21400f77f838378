package org.hearth.report;

import static org.hearth.report.Block.Style.B;
import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.P;
import static org.hearth.report.Block.Style.X;

import java.util.Locale;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.report.HandoutFacts.BuddyFact;

/**
 * The card of one buddy pair: when they get in touch every day, how, their word and what it means, and the
 * professional they call. A line whose data is missing is left out, never printed with an empty slot.
 */
final class BuddyCardSheet {

    private BuddyCardSheet() {
    }

    static void write(HandoutFacts facts, String buddyKey, Sheet sheet) {
        BuddyFact pair = facts.buddies().stream().filter(b -> b.key().equals(buddyKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No such buddy pair"));
        HandoutWords w = sheet.words();
        String person = facts.nameOf(pair.personKey());
        String buddy = facts.nameOf(pair.memberKey());
        sheet.title("buddy.title").subtitle(person + "  &  " + buddy);
        sheet.fixed(P, "buddy.intro");
        sheet.fixed(H, "buddy.daily");
        sheet.compose(B, language -> "• " + (pair.dailyTime() == null
                ? w.in(language, "buddy.every", w.name(language, "channel", pair.channel()))
                : w.in(language, "buddy.everyAt", Signals.time(pair.dailyTime()),
                        w.name(language, "channel", pair.channel()))));
        String word = blankToNull(pair.codeWord());
        if (word != null) {
            // the pair's word means what the plan says it means (one word, one meaning); else what they agreed
            String meaning = w.discreet() ? null : facts.signals().stream()
                    .filter(s -> s.word() != null && s.word().strip().toLowerCase(Locale.ROOT)
                            .equals(word.toLowerCase(Locale.ROOT)))
                    .map(HandoutFacts.SignalFact::meaning).map(BuddyCardSheet::blankToNull)
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            sheet.fixed(H, "buddy.wordTitle");
            sheet.compose(X, language -> meaning == null ? w.in(language, "buddy.wordAgreed", word)
                    : w.in(language, "buddy.wordMeans", word, meaning));
        }
        String professional = blankToNull(pair.professionalName());
        String phone = blankToNull(pair.professionalPhone());
        var emergency = facts.numbers().stream().filter(n -> n.kind() == EmergencyContactKind.EMERGENCY).toList();
        if (professional == null && phone == null && emergency.isEmpty()) {
            return;
        }
        sheet.fixed(H, "buddy.silentTitle");
        if (professional != null && phone != null) {
            sheet.compose(P, language -> w.in(language, "buddy.silent", professional, phone));
        } else if (professional != null || phone != null) {
            String whom = professional != null ? professional : phone;
            sheet.compose(P, language -> w.in(language, "buddy.silentOne", whom));
        }
        if (phone != null) {
            sheet.compose(B, language -> "• " + w.in(language, "number.line", professional != null ? professional
                    : w.name(language, "number", EmergencyContactKind.PROFESSIONAL), phone));
        }
        emergency.forEach(n -> sheet.compose(B, language -> "• " + w.in(language, "number.line",
                Signals.label(n, w, language), n.number())));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
