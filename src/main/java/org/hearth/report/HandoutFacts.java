package org.hearth.report;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.Channel;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.RelationKind;
import org.hearth.domain.SignalKind;

/**
 * Everything a handout may print about one case, as plain data (no entities): the household with their colours,
 * the people around the family with their roles, the signals with each receiver's steps, check-ins, buddy pairs,
 * safe places, numbers, the network map picture (PNG bytes, may be null) and the home agreements (may be null).
 * People are referred to by key, as in the plan.
 */
public record HandoutFacts(String familyLanguage, List<PersonFact> household, List<MemberFact> members,
                           List<SignalFact> signals, List<CheckInFact> checkIns, List<BuddyFact> buddies,
                           List<PlaceFact> safePlaces, List<NumberFact> numbers, byte[] mapPicture,
                           HomeFacts home) {

    /** A household member; colour is the index of their colour in the palette. */
    public record PersonFact(String key, String name, int colour, boolean atRisk) {
    }

    public record MemberFact(String key, String name, String relation, String phone, Set<NetworkRole> roles,
                             boolean mustNotKnow, Closeness closeness, RelationKind kind) {
    }

    /** A signal: the word (or question), the agreed answer, what it means, who sends it, what receivers do. */
    public record SignalFact(SignalKind kind, String word, String answer, String meaning, List<String> senderKeys,
                             List<ResponseFact> responses) {
    }

    public record ResponseFact(String memberKey, String steps, String callsWhom) {
    }

    public record CheckInFact(String memberKey, String personKey, ContactFrequency frequency, Channel channel,
                              String coverStory) {
    }

    public record BuddyFact(String key, String personKey, String memberKey, LocalTime dailyTime, Channel channel,
                            String codeWord, String professionalName, String professionalPhone) {
    }

    public record PlaceFact(String name, String address, String howToGetThere, String whoIsThere,
                            List<String> things) {
    }

    /**
     * A number to call; builtInLabel, when not null, names the handout text that prints a pre-filled name in the
     * handout's language (key {@code number.builtIn.<label>}, the number as its argument).
     */
    public record NumberFact(EmergencyContactKind kind, String name, String number, String builtInLabel) {
        public NumberFact(EmergencyContactKind kind, String name, String number) {
            this(kind, name, number, null);
        }
    }

    /** The home agreements: private times, activities, respect rules and the time-out. */
    public record HomeFacts(List<PrivateTimeFact> privateTimes, List<ActivityFact> activities,
                            List<String> respectRules, TimeOutFact timeOut) {
    }

    public record PrivateTimeFact(String personKey, String room, Set<DayOfWeek> days, LocalTime from, LocalTime to,
                                  String activity) {
    }

    public record ActivityFact(String personKey, String what, String where, Set<DayOfWeek> days, LocalTime from,
                               LocalTime to) {
    }

    /** The family's time-out: how it is called, where each one goes and what calms them, how they come back. */
    public record TimeOutFact(String purpose, String signal, String acknowledgement, String whoMayCall,
                              Integer minMinutes, Integer maxMinutes, String childrenCaredBy, String responsibleAdult,
                              List<TimeOutPlaceFact> places, String comingBack, String whenItFails) {
    }

    public record TimeOutPlaceFact(String personKey, String where, String calming, String earlyCues) {
    }

    /** A case with nothing in it (for warming up). */
    public static HandoutFacts empty() {
        return new HandoutFacts("en", List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null);
    }

    public Optional<PersonFact> person(String key) {
        return household.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    public Optional<MemberFact> member(String key) {
        return members.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** The name of a household member or network member by key, or "" when unknown. */
    public String nameOf(String key) {
        return person(key).map(PersonFact::name).or(() -> member(key).map(MemberFact::name)).orElse("");
    }

    /** The people who get a member card: a role in the plan, and not someone who must not know. */
    public List<MemberFact> cardHolders() {
        return members.stream().filter(m -> !m.mustNotKnow() && !m.roles().isEmpty()).toList();
    }
}
