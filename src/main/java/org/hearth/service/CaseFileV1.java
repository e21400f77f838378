package org.hearth.service;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.RiskRole;
import org.hearth.domain.SignalKind;

/**
 * Version 1 of the case file: the shape of the JSON, one record per object. Items refer to each other by ids
 * local to the file ("p1" for a person, "m1" for a network member, ...); database ids never leave Hearth.
 * Optional fields are left out when empty. See docs/case-format.md.
 */
public record CaseFileV1(String format, int version, Instant exportedAt, @JsonProperty("case") Details details,
                         List<Person> household, List<Member> network, List<ContactLink> contactLinks,
                         Plan safetyPlan, Home homeAgreement, List<CheckIn> checkIns) {

    public static final String FORMAT = "hearth-case";
    public static final int VERSION = 1;

    public record Details(String reference, String displayName, CaseStatus status, String responsibleWorker,
                          LocalDate createdOn, LocalDate nextReview, LocalDate closedOn, String language) {
    }

    public record Person(String id, String name, HouseholdRole role, Integer birthYear, String phone,
                         String languages, String notes, RiskRole riskRole, int colour) {
    }

    public record Member(String id, String name, String relation, RelationKind kind, Closeness closeness,
                         String phone, String email, List<Channel> channels, List<NetworkRole> roles,
                         boolean mustNotKnow, boolean consentGiven, LocalDate consentOn, String consentScope,
                         String notes, String language, Double mapX, Double mapY) {
    }

    public record ContactLink(String person, String member, ContactFrequency frequency, Channel channel) {
    }

    public record Plan(PlanStatus status, LocalDate createdOn, LocalDate agreedOn, String agreedBy, String country,
                       List<Signal> signals, List<RiskFactor> riskFactors, List<WarningSign> warningSigns,
                       List<SafePlace> safePlaces, List<EmergencyContact> emergencyContacts,
                       List<CheckInAgreement> checkInAgreements, List<BuddyPair> buddyPairs, List<Review> reviews) {
    }

    public record Signal(String id, SignalKind kind, String word, String answer, String meaning,
                         List<Channel> channels, List<String> senders, List<String> confidentialFrom,
                         List<Response> responses) {
    }

    public record Response(String receiver, String steps, String callsWhom) {
    }

    public record RiskFactor(RiskFactorKind kind, String ownText, boolean present) {
    }

    public record WarningSign(String person, String text) {
    }

    public record SafePlace(String name, String address, String howToGetThere, String whoIsThere,
                            List<Thing> thingsToTake, List<String> confidentialFrom) {
    }

    public record Thing(String thing, boolean ready) {
    }

    public record EmergencyContact(EmergencyContactKind kind, String name, String number, String note) {
    }

    public record CheckInAgreement(String id, String member, String person, ContactFrequency frequency,
                                   Channel channel, String coverStory) {
    }

    public record BuddyPair(String id, String person, String buddy, LocalTime dailyTime, Channel channel,
                            String codeWord, String professionalName, String professionalPhone) {
    }

    public record Review(LocalDate reviewedOn, String note, Boolean triedOut, Boolean worked, boolean afterIncident,
                         List<Score> scores) {
    }

    public record Score(String person, int score) {
    }

    public record Home(List<Room> rooms, List<PrivateTime> privateTimes, List<Activity> activities,
                       List<RespectRule> respectRules, TimeOut timeOut, List<TimeOutUse> timeOutUses) {
    }

    public record Room(String id, String name, boolean outside, boolean childAloneAllowed) {
    }

    public record PrivateTime(String person, String room, List<DayOfWeek> days, LocalTime start, LocalTime end,
                              String activity) {
    }

    public record Activity(String person, String what, List<DayOfWeek> days, LocalTime start, LocalTime end,
                           String room, String place) {
    }

    public record RespectRule(String text) {
    }

    public record TimeOut(String signal, String acknowledgement, String whoMayCall, Integer minMinutes,
                          Integer maxMinutes, String childrenCaredBy, String comingBack, String responsibleAdult,
                          String whenItFails, String purpose, List<TimeOutPlace> places) {
    }

    public record TimeOutPlace(String person, String room, String calmingActivity, String earlyCues) {
    }

    public record TimeOutUse(LocalDateTime usedAt, String calledBy, Boolean helped, String note) {
    }

    public record CheckIn(LocalDateTime happenedAt, String member, String person, String agreement,
                          String buddyPair, Channel channel, CheckInOutcome outcome, String actionTaken) {
    }
}
