package org.hearth.report;

import static org.hearth.report.Block.Style.H;
import static org.hearth.report.Block.Style.L;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.hearth.report.HandoutFacts.HomeFacts;
import org.hearth.report.HandoutFacts.PersonFact;
import org.hearth.report.HandoutFacts.PrivateTimeFact;

/**
 * "Our home agreements", for the fridge: the week of private times (a colour per person), activities, respect rules
 * and the time-out steps, in large type. It hangs where everyone in the home can read it, so it never says what
 * happens when the time-out fails (that is in the plan of the person at risk).
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
            sheet.fixed(H, "home.week");
            for (DayOfWeek day : DayOfWeek.values()) {
                List<PrivateTimeFact> times = home.privateTimes().stream().filter(t -> t.days().contains(day))
                        .sorted(Comparator.comparing(t -> t.from() == null ? java.time.LocalTime.MIN : t.from()))
                        .toList();
                if (times.isEmpty()) {
                    continue;
                }
                sheet.compose(Block.Style.D, language -> day.getDisplayName(TextStyle.FULL, Locale.forLanguageTag(language)));
                for (PrivateTimeFact time : times) {
                    sheet.coloured(when(time) + "   " + facts.nameOf(time.personKey()) + "  ·  " + time.room()
                            + (time.activity() == null ? "" : "  ·  " + time.activity()), colour(facts,
                            time.personKey()));
                }
            }
            sheet.fixed(L, "home.weekRule");
        }
        if (!home.activities().isEmpty()) {
            sheet.fixed(H, "home.activities");
            home.activities().forEach(a -> sheet.coloured(facts.nameOf(a.personKey()) + ":  " + a.what()
                    + (a.where() == null ? "" : "  (" + a.where() + ")") + when(a, w.firstLanguage()),
                    colour(facts, a.personKey())));
        }
        if (!home.respectRules().isEmpty()) {
            sheet.fixed(H, "home.respect");
            home.respectRules().forEach(rule -> sheet.typed(L, "✓  " + rule));
        }
        if (home.timeOut() != null) {
            sheet.fixed(H, "home.timeOut");
            TimeOutCardSheet.steps(facts, home.timeOut(), sheet, L);
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

    static String when(PrivateTimeFact time) {
        return time.from() == null ? "" : Signals.time(time.from()) + (time.to() == null ? ""
                : "–" + Signals.time(time.to()));
    }

    static String colour(HandoutFacts facts, String personKey) {
        return facts.person(personKey).map(PersonFact::colour).map(Palette::of).orElse("#7F7F7F");
    }
}
