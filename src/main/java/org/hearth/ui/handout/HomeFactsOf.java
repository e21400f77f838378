package org.hearth.ui.handout;

import org.hearth.report.HandoutFacts;
import org.hearth.service.HandoutService;

/** The home agreements as handout facts (plain data for the report layer). */
final class HomeFactsOf {

    private HomeFactsOf() {
    }

    static HandoutFacts.HomeFacts of(HandoutService.Source source) {
        HandoutService.Home home = source.home();
        if (home == null) {
            return null;
        }
        HandoutService.TimeOut t = home.timeOut();
        HandoutFacts.TimeOutFact timeOut = t == null ? null : new HandoutFacts.TimeOutFact(t.purpose(), t.signal(),
                t.acknowledgement(), t.whoMayCall(), t.minMinutes(), t.maxMinutes(), t.childrenCaredBy(),
                t.responsibleAdult(), t.places().stream().map(p -> new HandoutFacts.TimeOutPlaceFact(p.personKey(),
                p.where(), p.calming(), p.earlyCues())).toList(), t.comingBack(), t.whenItFails());
        return new HandoutFacts.HomeFacts(
                home.privateTimes().stream().map(p -> new HandoutFacts.PrivateTimeFact(p.personKey(), p.room(),
                        p.days(), p.from(), p.to(), p.activity())).toList(),
                home.activities().stream().map(a -> new HandoutFacts.ActivityFact(a.personKey(), a.what(), a.where(),
                        a.days(), a.from(), a.to()))
                        .toList(),
                home.respectRules(), timeOut);
    }
}
