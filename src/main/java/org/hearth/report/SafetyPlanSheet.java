package org.hearth.report;

import static org.hearth.report.Block.Style.B;
import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.P;
import static org.hearth.report.Block.Style.X;

import java.util.List;
import org.hearth.report.HandoutFacts.PersonFact;
import org.hearth.report.HandoutFacts.SignalFact;

/** The safety plan for the person at risk: signals and what happens then, safe places, numbers, who keeps in touch. */
final class SafetyPlanSheet {

    private SafetyPlanSheet() {
    }

    static void write(HandoutFacts facts, Sheet sheet) {
        HandoutWords w = sheet.words();
        PersonFact person = facts.household().stream().filter(PersonFact::atRisk).findFirst().orElse(null);
        sheet.title("plan.title");
        if (person != null) {
            sheet.subtitle(person.name());
        }
        sheet.fixed(P, "plan.intro");
        if (!facts.signals().isEmpty()) {
            sheet.fixed(H, "plan.signals");
            for (SignalFact signal : facts.signals()) {
                sheet.compose(X, language -> Signals.forHousehold(facts, signal, w, language));
            }
        }
        List<HandoutFacts.CheckInFact> checkIns = facts.checkIns().stream()
                .filter(c -> person == null || person.key().equals(c.personKey())).toList();
        List<HandoutFacts.BuddyFact> buddies = facts.buddies().stream()
                .filter(b -> person == null || person.key().equals(b.personKey())).toList();
        if (!checkIns.isEmpty() || !buddies.isEmpty()) {
            sheet.fixed(H, "plan.inTouch");
            for (HandoutFacts.CheckInFact c : checkIns) {
                sheet.compose(B, language -> "• " + w.in(language, "plan.checkIn", facts.nameOf(c.memberKey()),
                        w.name(language, "frequency", c.frequency()), w.name(language, "channel", c.channel())));
            }
            for (HandoutFacts.BuddyFact b : buddies) {
                sheet.compose(B, language -> "• " + w.in(language, "plan.buddy", facts.nameOf(b.memberKey()),
                        Signals.time(b.dailyTime()), w.name(language, "channel", b.channel())));
            }
        }
        if (!facts.safePlaces().isEmpty()) {
            sheet.fixed(H, "plan.places");
            for (HandoutFacts.PlaceFact place : facts.safePlaces()) {
                sheet.compose(X, language -> place(place, w, language));
            }
        }
        if (!facts.numbers().isEmpty()) {
            sheet.fixed(H, "plan.numbers");
            for (HandoutFacts.NumberFact number : facts.numbers()) {
                sheet.compose(B, language -> "• " + w.in(language, "number.line", Signals.label(number, w, language),
                        number.number()));
            }
        }
        if (!w.discreet()) {
            sheet.fixed(P, "plan.keepSafe");
        }
    }

    private static String place(HandoutFacts.PlaceFact place, HandoutWords w, String language) {
        StringBuilder text = new StringBuilder(HandoutWords.typed(language, place.name()));
        if (place.address() != null) {
            text.append('\n').append(w.in(language, "place.address", place.address()));
        }
        if (place.howToGetThere() != null) {
            text.append('\n').append(w.in(language, "place.how", place.howToGetThere()));
        }
        if (place.whoIsThere() != null) {
            text.append('\n').append(w.in(language, "place.who", place.whoIsThere()));
        }
        if (!place.things().isEmpty()) {
            text.append('\n').append(w.in(language, "place.take", String.join(", ", place.things())));
        }
        return text.toString();
    }
}
