package org.hearth.report;

import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.L;
import static org.hearth.report.Block.Style.P;

import java.time.format.TextStyle;
import java.util.Locale;
import org.hearth.report.HandoutFacts.HomeFacts;
import org.hearth.report.HandoutFacts.PersonFact;

/**
 * "Our home agreements", for the fridge, on one A4 page: the week of private times drawn as a grid (a colour per
 * person), activities, respect rules and the time-out steps, in large type. It is not made while two private times
 * clash. It hangs where everyone in the home can read it, so it never says what happens when the time-out fails
 * (that is in the plan of the person at risk).
 */
final class HomeAgreementsSheet {

    private HomeAgreementsSheet() {
    }

    static void write(HandoutFacts facts, Sheet sheet) {
        HandoutWords w = sheet.words();
        sheet.title("home.title");
        HomeFacts home = facts.home();
        if (home == null) {
            sheet.fixed(L, "home.none");
            return;
        }
        if (!home.privateTimes().isEmpty()) {
            WeekGrid.refuseClashes(facts, home.privateTimes());
            sheet.fixed(H, "home.week");
            WeekGrid.write(facts, home.privateTimes(), sheet);
            sheet.fixed(P, "home.weekRule");
        }
        if (!home.activities().isEmpty()) {
            sheet.fixed(H, "home.activities");
            home.activities().forEach(a -> sheet.coloured(facts.nameOf(a.personKey()) + ":  " + a.what()
                    + (a.where() == null ? "" : "  (" + a.where() + ")") + when(a, w.firstLanguage()),
                    colour(facts, a.personKey())));
        }
        if (!home.respectRules().isEmpty()) {
            sheet.fixed(H, "home.respect");
            home.respectRules().forEach(rule -> sheet.typed(P, "✓  " + rule));
        }
        if (home.timeOut() != null) {
            sheet.fixed(H, "home.timeOut");
            TimeOutCardSheet.brief(facts, home.timeOut(), sheet);
        }
    }

    /** When an activity takes place: its days (short names in the handout's language) and times. */
    static String when(HandoutFacts.ActivityFact activity, String language) {
        if (activity.days() == null || activity.days().isEmpty()) {
            return "";
        }
        String days = activity.days().stream().sorted().map(d -> d.getDisplayName(TextStyle.SHORT,
                Locale.forLanguageTag(language))).collect(java.util.stream.Collectors.joining(", "));
        String times = activity.from() == null ? "" : " " + Signals.time(activity.from())
                + (activity.to() == null ? "" : "–" + Signals.time(activity.to()));
        return "  ·  " + days + times;
    }

    static String colour(HandoutFacts facts, String personKey) {
        return facts.person(personKey).map(PersonFact::colour).map(Palette::of).orElse("#7F7F7F");
    }
}
