package org.hearth.report;

import static org.hearth.report.Block.Style.B;
import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.P;
import static org.hearth.report.Block.Style.X;

import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.NetworkRole;
import org.hearth.report.HandoutFacts.MemberFact;
import org.hearth.report.HandoutFacts.ResponseFact;
import org.hearth.report.HandoutFacts.SignalFact;

/**
 * The card for one network member: only what they need (data minimisation: a card lost at work reveals as little as
 * possible). The signals they receive and their own steps, the check-ins and buddy pair they take part in, whom to
 * call. Never another member's signals or steps, never risk factors or notes.
 */
final class MemberCardSheet {

    private MemberCardSheet() {
    }

    static void write(HandoutFacts facts, String memberKey, Sheet sheet) {
        MemberFact member = facts.cardHolders().stream().filter(m -> m.key().equals(memberKey)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("This person has no role in the plan"));
        HandoutWords w = sheet.words();
        sheet.title("member.title").subtitle(member.name());
        boolean receives = false;
        for (SignalFact signal : facts.signals()) {
            for (ResponseFact response : signal.responses()) {
                if (response.memberKey().equals(memberKey)) {
                    if (!receives) {
                        sheet.fixed(H, "member.signals");
                        receives = true;
                    }
                    sheet.compose(X, language -> Signals.forReceiver(facts, signal, response, w, language));
                }
            }
        }
        var checkIns = facts.checkIns().stream().filter(c -> c.memberKey().equals(memberKey)).toList();
        var buddies = facts.buddies().stream().filter(b -> b.memberKey().equals(memberKey)).toList();
        if (!checkIns.isEmpty() || !buddies.isEmpty()) {
            sheet.fixed(H, "member.inTouch");
            for (HandoutFacts.CheckInFact c : checkIns) {
                sheet.compose(B, language -> "• " + w.in(language, "member.checkIn", facts.nameOf(c.personKey()),
                        w.name(language, "frequency", c.frequency()), w.name(language, "channel", c.channel())));
                if (c.coverStory() != null && !c.coverStory().isBlank()) {
                    sheet.compose(P, language -> "   " + w.in(language, "member.cover", c.coverStory().strip()));
                }
            }
            for (HandoutFacts.BuddyFact b : buddies) {
                sheet.compose(B, language -> "• " + w.in(language, "member.buddy", facts.nameOf(b.personKey()),
                        Signals.time(b.dailyTime()), w.name(language, "channel", b.channel())));
            }
        }
        if (member.roles().contains(NetworkRole.SCHOOL_OUTREACH)) {
            sheet.fixed(P, "member.school");
        }
        if (member.roles().contains(NetworkRole.EMERGENCY_CONTACT)) {
            sheet.fixed(H, "member.emergencyTitle");
            sheet.fixed(P, "member.emergency");
        }
        sheet.fixed(H, "member.worried");
        facts.numbers().stream().filter(n -> n.kind() == EmergencyContactKind.WORKER
                        || n.kind() == EmergencyContactKind.EMERGENCY)
                .forEach(n -> sheet.compose(B, language -> "• " + w.in(language, "number.line",
                        Signals.label(n, w, language), n.number())));
        if (!w.discreet()) {
            sheet.fixed(P, "member.private");
        }
    }
}
