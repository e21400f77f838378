package org.hearth.report;

import static org.hearth.report.Block.Style.P;

import org.hearth.report.HandoutFacts.TimeOutFact;
import org.hearth.report.HandoutFacts.TimeOutPlaceFact;

/**
 * The pocket time-out card: the steps of the family's time-out. Like the fridge sheet it is for everyone in the
 * home, so what happens when the time-out fails is not on it.
 */
final class TimeOutCardSheet {

    private TimeOutCardSheet() {
    }

    static void write(HandoutFacts facts, Sheet sheet) {
        sheet.title("timeOut.title");
        TimeOutFact timeOut = facts.home() == null ? null : facts.home().timeOut();
        if (timeOut == null) {
            sheet.fixed(P, "timeOut.none");
            return;
        }
        steps(facts, timeOut, sheet, P);
    }

    /** The numbered steps, in the given text style (large on the fridge sheet). */
    static void steps(HandoutFacts facts, TimeOutFact t, Sheet sheet, Block.Style style) {
        HandoutWords w = sheet.words();
        sheet.typed(style, t.purpose());
        int[] step = {0};
        if (t.signal() != null) {
            int n = ++step[0];
            sheet.compose(style, language -> number(n) + w.in(language, "timeOut.signal", t.signal()));
        }
        if (t.acknowledgement() != null) {
            int n = ++step[0];
            sheet.compose(style, language -> number(n) + w.in(language, "timeOut.answer", t.acknowledgement()));
        }
        if (!t.places().isEmpty()) {
            int n = ++step[0];
            sheet.compose(style, language -> number(n) + w.in(language, "timeOut.go"));
            for (TimeOutPlaceFact place : t.places()) {
                sheet.coloured(facts.nameOf(place.personKey()) + ":  " + (place.where() == null ? "" : place.where())
                        + (place.calming() == null ? "" : "  –  " + place.calming()),
                        HomeAgreementsSheet.colour(facts, place.personKey()));
            }
        }
        if (t.minMinutes() != null || t.maxMinutes() != null) {
            int n = ++step[0];
            sheet.compose(style, language -> number(n) + (t.minMinutes() != null && t.maxMinutes() != null
                    ? w.in(language, "timeOut.minutes", t.minMinutes(), t.maxMinutes())
                    : t.minMinutes() != null ? w.in(language, "timeOut.atLeast", t.minMinutes())
                    : w.in(language, "timeOut.atMost", t.maxMinutes())));
        }
        if (t.childrenCaredBy() != null) {
            int n = ++step[0];
            sheet.compose(style, language -> number(n) + w.in(language, "timeOut.children", t.childrenCaredBy()));
        }
        if (t.comingBack() != null) {
            int n = ++step[0];
            sheet.compose(style, language -> number(n) + w.in(language, "timeOut.back", t.comingBack()));
        }
        if (t.whoMayCall() != null) {
            sheet.compose(P, language -> w.in(language, "timeOut.who", t.whoMayCall()));
        }
        if (t.responsibleAdult() != null) {
            sheet.compose(P, language -> w.in(language, "timeOut.adult", t.responsibleAdult()));
        }
    }

    /**
     * The time-out in brief, in one box, for the fridge sheet: how it is called and answered, where each one goes,
     * how long, who looks after the children and how we come back. Every step with what calms each one is on the
     * time-out card.
     */
    static void brief(HandoutFacts facts, TimeOutFact t, Sheet sheet) {
        HandoutWords w = sheet.words();
        sheet.compose(Block.Style.X, language -> {
            java.util.List<String> lines = new java.util.ArrayList<>();
            if (t.signal() != null) {
                lines.add(w.in(language, "timeOut.signal", t.signal()));
            }
            if (t.acknowledgement() != null) {
                lines.add(w.in(language, "timeOut.answer", t.acknowledgement()));
            }
            if (!t.places().isEmpty()) {
                lines.add(w.in(language, "timeOut.go") + " " + String.join(";  ", t.places().stream()
                        .filter(p -> p.where() != null).map(p -> HandoutWords.typed(language,
                                facts.nameOf(p.personKey()) + ": " + p.where())).toList()));
            }
            if (t.minMinutes() != null || t.maxMinutes() != null) {
                lines.add(t.minMinutes() != null && t.maxMinutes() != null
                        ? w.in(language, "timeOut.minutes", t.minMinutes(), t.maxMinutes())
                        : t.minMinutes() != null ? w.in(language, "timeOut.atLeast", t.minMinutes())
                        : w.in(language, "timeOut.atMost", t.maxMinutes()));
            }
            if (t.childrenCaredBy() != null) {
                lines.add(w.in(language, "timeOut.children", t.childrenCaredBy()));
            }
            if (t.comingBack() != null) {
                lines.add(w.in(language, "timeOut.back", t.comingBack()));
            }
            lines.add(w.in(language, "home.timeOutCard"));
            return String.join("\n", lines);
        });
    }

    private static String number(int step) {
        return step + ".  ";
    }
}
