package org.hearth.ui.handout;

import org.hearth.report.HandoutFacts;
import org.hearth.service.HandoutService;

/** The home agreements as handout facts (filled in once the home agreements service is there). */
final class HomeFactsOf {

    private HomeFactsOf() {
    }

    static HandoutFacts.HomeFacts of(HandoutService.Source source) {
        return null;
    }
}
