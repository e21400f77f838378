package org.hearth.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.Organisation;
import org.hearth.ui.Messages;
import org.junit.jupiter.api.Test;

/** The Handouts tab says which private times clash when the fridge sheet is not made, in the worker's language. */
class HandoutRefusalTest {

    @Test
    void theTabNamesTheTwoPrivateTimesThatClash() {
        List<HandoutFacts.PrivateTimeFact> times = List.of(
                new HandoutFacts.PrivateTimeFact("p1", "Bedroom", Set.of(DayOfWeek.TUESDAY), LocalTime.of(19, 0),
                        LocalTime.of(20, 0), "Yoga"),
                new HandoutFacts.PrivateTimeFact("p2", "Bedroom", Set.of(DayOfWeek.TUESDAY), LocalTime.of(19, 30),
                        LocalTime.of(21, 0), "Nap"));
        HandoutFacts facts = new HandoutFacts("en", List.of(new HandoutFacts.PersonFact("p1", "Sanne", 0, true),
                new HandoutFacts.PersonFact("p2", "Mark", 1, false)), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null, new HandoutFacts.HomeFacts(times, List.of(), List.of(), null));
        Throwable problem = catchThrowable(() -> new HandoutMaker(new HandoutTemplates()).make(facts,
                new HandoutRequest(HandoutKind.HOME_AGREEMENTS, null, "en", null, false), Organisation.NONE));
        assertThat(HandoutRefusal.of(problem, new Messages(Locale.ENGLISH))).isEqualTo("The fridge sheet is not made "
                + "while two private times clash on Tuesday at 19:30: Sanne (Bedroom) and Mark (Bedroom). Change one "
                + "of them on the Home tab first.");
        assertThat(HandoutRefusal.of(problem, new Messages(Locale.forLanguageTag("nl"))))
                .contains("op dinsdag om 19:30: Sanne (Bedroom) en Mark (Bedroom)");
        assertThat(HandoutRefusal.of(new IllegalStateException("other"), new Messages(Locale.ENGLISH))).isNull();
    }
}
