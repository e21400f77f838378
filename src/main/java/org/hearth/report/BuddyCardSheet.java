package org.hearth.report;

import static org.hearth.report.Block.Style.B;
import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.P;
import static org.hearth.report.Block.Style.X;

import org.hearth.report.HandoutFacts.BuddyFact;

/** The card of one buddy pair: when they get in touch every day, how, their word, and the professional they call. */
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
        String professional = pair.professionalName() == null ? "" : pair.professionalName().strip();
        String phone = pair.professionalPhone() == null ? "" : pair.professionalPhone().strip();
        if (pair.codeWord() != null && !pair.codeWord().isBlank()) {
            sheet.fixed(H, "buddy.wordTitle");
            sheet.compose(X, language -> w.in(language, "buddy.word", pair.codeWord().strip(), professional, phone));
        }
        sheet.fixed(H, "buddy.silentTitle");
        sheet.compose(P, language -> w.in(language, "buddy.silent", professional, phone));
        sheet.compose(B, language -> "• " + w.in(language, "number.line", professional, phone));
        facts.numbers().stream().filter(n -> n.kind() == org.hearth.domain.EmergencyContactKind.EMERGENCY)
                .forEach(n -> sheet.compose(B, language -> "• " + w.in(language, "number.line",
                        Signals.label(n, w, language), n.number())));
    }
}
