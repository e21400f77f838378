package org.hearth.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hearth.domain.Channel;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.SignalKind;

/**
 * A case's safety plan as the Safety plan tab edits it: plain, immutable data. Items refer to people by key:
 * {@code "p<id>"} for a household member, {@code "m<id>"} for a saved network member, and any other unique text
 * (e.g. {@code "new-1"}) for a network member added on screen and not yet saved. Items that are saved carry their
 * database id; new items have none.
 */
public record PlanDraft(Long planId, long caseVersion, long planVersion, PlanStatus status, LocalDate agreedOn,
                        String agreedBy, LocalDate nextReview, String country,
                        List<HouseholdRef> household, List<Member> members, List<SignalItem> signals,
                        List<RiskFactorItem> riskFactors, List<WarningSignItem> warningSigns,
                        List<SafePlaceItem> safePlaces, List<EmergencyNumber> emergencyNumbers,
                        List<CheckInItem> checkIns, List<BuddyItem> buddies, List<ReviewItem> reviews,
                        List<ContactLinkItem> links) {

    /**
     * This draft as a change of a newer saved version: the same content, with the newer version's identity and
     * version numbers (so saving it replaces the newer version, as the worker chose) and its household, which the
     * plan does not edit.
     */
    public PlanDraft over(PlanDraft newer) {
        return new PlanDraft(newer.planId(), newer.caseVersion(), newer.planVersion(), status, agreedOn, agreedBy,
                nextReview, country, newer.household(), members, signals, riskFactors, warningSigns, safePlaces,
                emergencyNumbers, checkIns, buddies, reviews, links);
    }

    /** A household member, read-only here (the Overview tab edits them). */
    public record HouseholdRef(String key, long id, String name, HouseholdRole role, int colour) {
    }

    /**
     * Someone around the family, with their consent to take part, and their place on the network map: mapTurn is
     * the angle from the top, clockwise, in turns (0 to 1), mapRing the distance from the centre in rings (1 is the
     * inner edge of the "very close" ring, 4 the outer edge of "further away"); both null until placed.
     */
    public record Member(String key, Long id, String name, String relation, RelationKind kind, Closeness closeness,
                         String phone, Set<Channel> channels, boolean mustNotKnow, boolean consentGiven,
                         LocalDate consentOn, String consentScope, boolean emergencyContact, Double mapTurn,
                         Double mapRing) {

        /** The same person at another place on the map, in another ring and sector. */
        public Member placed(RelationKind newKind, Closeness newCloseness, Double turn, Double ring) {
            return new Member(key, id, name, relation, newKind, newCloseness, phone, channels, mustNotKnow,
                    consentGiven, consentOn, consentScope, emergencyContact, turn, ring);
        }
    }

    /** A household member (personKey) is in touch with a network member (memberKey): how often and how. */
    public record ContactLinkItem(String personKey, String memberKey, ContactFrequency frequency, Channel channel) {
    }

    /**
     * A signal: who may send it (household keys), what it means, and what each receiver does; keptFrom are the
     * household members (keys) it is confidential from: nothing made for them shows it (decision 0015).
     */
    public record SignalItem(Long id, SignalKind kind, String word, String answer, String meaning,
                             Set<Channel> channels, Set<String> senderKeys, List<Response> responses,
                             Set<String> keptFrom) {
    }

    /** What one receiver (a member key) does when the signal comes, step by step, and whom they call. */
    public record Response(String memberKey, String steps, String callsWhom) {
    }

    public record RiskFactorItem(RiskFactorKind kind, String ownText, boolean present) {
    }

    /** A warning sign in the family's words; personKey may be null when it belongs to no one person. */
    public record WarningSignItem(String personKey, String text) {
    }

    /** A safe place; keptFrom are the household members (keys) it is confidential from (decision 0015). */
    public record SafePlaceItem(String name, String address, String howToGetThere, String whoIsThere,
                                List<Thing> things, Set<String> keptFrom) {
    }

    public record Thing(String thing, boolean ready) {
    }

    public record EmergencyNumber(EmergencyContactKind kind, String name, String number, String note) {
    }

    /** A network member (memberKey) keeps in touch with a household member (personKey). */
    public record CheckInItem(Long id, String memberKey, String personKey, ContactFrequency frequency,
                              Channel channel, String coverStory) {
    }

    /** A household member (personKey) and a peer (memberKey) who contact each other every day. */
    public record BuddyItem(Long id, String personKey, String memberKey, LocalTime dailyTime, Channel channel,
                            String codeWord, String professionalName, String professionalPhone) {
    }

    /** A review: what was tried and whether it worked, and each household member's safety score (0-10). */
    public record ReviewItem(Long id, LocalDate reviewedOn, String note, Boolean triedOut, Boolean worked,
                             boolean afterIncident, Map<String, Integer> scores) {
    }

    /** One saved version of the plan in its history. */
    public record Revision(long number, java.time.Instant savedAt, String worker) {
    }
}
