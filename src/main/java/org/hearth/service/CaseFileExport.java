package org.hearth.service;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.domain.ActivityAgreement;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.ContactLink;
import org.hearth.domain.EmergencyContact;
import org.hearth.domain.Entry;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.domain.PlanReview;
import org.hearth.domain.PrivateTime;
import org.hearth.domain.RiskFactor;
import org.hearth.domain.Room;
import org.hearth.domain.SafePlace;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.SafetyScore;
import org.hearth.domain.Signal;
import org.hearth.domain.SignalResponse;
import org.hearth.domain.TimeOutPlace;
import org.hearth.domain.TimeOutRule;
import org.hearth.domain.TimeOutUse;
import org.hearth.domain.WarningSign;

/**
 * Maps one stored case to the records of the case file. Runs while the transaction is open, so that lazy
 * collections load. Each item gets an id local to the file, in the order Hearth lists them: p1, p2... for
 * persons, m1... members, s1... signals, c1... check-in agreements, b1... buddy pairs, r1... rooms. Sets are
 * written in a fixed order, so that the same case always gives the same file.
 */
final class CaseFileExport {

    private final Map<Long, String> persons = new HashMap<>();
    private final Map<Long, String> members = new HashMap<>();
    private final Map<Long, String> signals = new HashMap<>();
    private final Map<Long, String> agreements = new HashMap<>();
    private final Map<Long, String> buddyPairs = new HashMap<>();
    private final Map<Long, String> rooms = new HashMap<>();

    CaseFileV1 of(Family family, SafetyPlan plan, HomeAgreement home, List<CheckIn> checkIns, Instant exportedAt) {
        CaseFileV1.Details details = new CaseFileV1.Details(family.getReference(), family.getDisplayName(),
                family.getStatus(), family.getResponsibleWorker(), family.getCreatedOn(), family.getNextReview(),
                family.getClosedOn(), family.getLanguage());
        List<CaseFileV1.Person> household = family.getHousehold().stream().map(this::person).toList();
        List<CaseFileV1.Member> network = family.getNetwork().stream().map(this::member).toList();
        List<CaseFileV1.ContactLink> links = family.getContactLinks().stream().map(this::link).toList();
        CaseFileV1.Plan planRecord = plan == null ? null : plan(plan);
        CaseFileV1.Home homeRecord = home == null ? null : home(home);
        List<CaseFileV1.CheckIn> log = checkIns.stream()
                .sorted(Comparator.comparing(CheckIn::getHappenedAt).thenComparing(CheckIn::getId))
                .map(this::checkIn).toList();
        return new CaseFileV1(CaseFileV1.FORMAT, CaseFileV1.VERSION, exportedAt, details, household, network, links,
                planRecord, homeRecord, log);
    }

    private CaseFileV1.Person person(Person p) {
        String id = register(persons, "p", p);
        return new CaseFileV1.Person(id, p.getName(), p.getRole(), p.getBirthYear(), p.getPhone(), p.getLanguages(),
                p.getNotes(), p.getRiskRole(), p.getColour());
    }

    private CaseFileV1.Member member(NetworkMember m) {
        String id = register(members, "m", m);
        return new CaseFileV1.Member(id, m.getName(), m.getRelation(), m.getKind(), m.getCloseness(), m.getPhone(),
                m.getEmail(), sorted(m.getChannels()), sorted(m.getRoles()), m.isMustNotKnow(), m.isConsentGiven(),
                m.getConsentOn(), m.getConsentScope(), m.getNotes(), m.getLanguage(), m.getMapX(), m.getMapY());
    }

    private CaseFileV1.ContactLink link(ContactLink l) {
        return new CaseFileV1.ContactLink(ref(persons, l.getPerson()), ref(members, l.getMember()), l.getFrequency(),
                l.getChannel());
    }

    private CaseFileV1.Plan plan(SafetyPlan plan) {
        List<CaseFileV1.Signal> signals = plan.getSignals().stream().map(this::signal).toList();
        List<CaseFileV1.RiskFactor> factors = plan.getRiskFactors().stream().map(CaseFileExport::riskFactor).toList();
        List<CaseFileV1.WarningSign> signs = plan.getWarningSigns().stream().map(this::warningSign).toList();
        List<CaseFileV1.SafePlace> places = plan.getSafePlaces().stream().map(this::safePlace).toList();
        List<CaseFileV1.EmergencyContact> contacts = plan.getEmergencyContacts().stream()
                .map(CaseFileExport::emergencyContact).toList();
        List<CaseFileV1.CheckInAgreement> checkIns = plan.getCheckInAgreements().stream()
                .map(this::checkInAgreement).toList();
        List<CaseFileV1.BuddyPair> buddies = plan.getBuddyPairs().stream().map(this::buddyPair).toList();
        List<CaseFileV1.Review> reviews = plan.getReviews().stream().map(this::review).toList();
        return new CaseFileV1.Plan(plan.getStatus(), plan.getCreatedOn(), plan.getAgreedOn(), plan.getAgreedBy(),
                plan.getCountry(), signals, factors, signs, places, contacts, checkIns, buddies, reviews);
    }

    private CaseFileV1.Signal signal(Signal s) {
        String id = register(signals, "s", s);
        List<CaseFileV1.Response> responses = s.getResponses().stream().map(this::response).toList();
        return new CaseFileV1.Signal(id, s.getKind(), s.getWord(), s.getAnswer(), s.getMeaning(),
                sorted(s.getChannels()), refs(persons, s.getSenders()), refs(persons, s.getConfidentialFrom()),
                responses);
    }

    private CaseFileV1.Response response(SignalResponse r) {
        return new CaseFileV1.Response(ref(members, r.getReceiver()), r.getSteps(), r.getCallsWhom());
    }

    private static CaseFileV1.RiskFactor riskFactor(RiskFactor f) {
        return new CaseFileV1.RiskFactor(f.getKind(), f.getOwnText(), f.isPresent());
    }

    private CaseFileV1.WarningSign warningSign(WarningSign w) {
        return new CaseFileV1.WarningSign(ref(persons, w.getPerson()), w.getText());
    }

    private CaseFileV1.SafePlace safePlace(SafePlace p) {
        List<CaseFileV1.Thing> things = p.getThingsToTake().stream()
                .map(t -> new CaseFileV1.Thing(t.getThing(), t.isReady())).toList();
        return new CaseFileV1.SafePlace(p.getName(), p.getAddress(), p.getHowToGetThere(), p.getWhoIsThere(), things,
                refs(persons, p.getConfidentialFrom()));
    }

    private static CaseFileV1.EmergencyContact emergencyContact(EmergencyContact c) {
        return new CaseFileV1.EmergencyContact(c.getKind(), c.getName(), c.getNumber(), c.getNote());
    }

    private CaseFileV1.CheckInAgreement checkInAgreement(CheckInAgreement a) {
        String id = register(agreements, "c", a);
        return new CaseFileV1.CheckInAgreement(id, ref(members, a.getMember()), ref(persons, a.getPerson()),
                a.getFrequency(), a.getChannel(), a.getCoverStory());
    }

    private CaseFileV1.BuddyPair buddyPair(BuddyPair b) {
        String id = register(buddyPairs, "b", b);
        return new CaseFileV1.BuddyPair(id, ref(persons, b.getPerson()), ref(members, b.getBuddy()), b.getDailyTime(),
                b.getChannel(), b.getCodeWord(), b.getProfessionalName(), b.getProfessionalPhone());
    }

    private CaseFileV1.Review review(PlanReview r) {
        List<CaseFileV1.Score> scores = r.getScores().stream().map(this::score).toList();
        return new CaseFileV1.Review(r.getReviewedOn(), r.getNote(), r.getTriedOut(), r.getWorked(),
                r.isAfterIncident(), scores);
    }

    private CaseFileV1.Score score(SafetyScore s) {
        return new CaseFileV1.Score(ref(persons, s.getPerson()), s.getScore());
    }

    private CaseFileV1.Home home(HomeAgreement home) {
        List<CaseFileV1.Room> roomRecords = home.getRooms().stream().map(this::room).toList();
        List<CaseFileV1.PrivateTime> times = home.getPrivateTimes().stream().map(this::privateTime).toList();
        List<CaseFileV1.Activity> activities = home.getActivities().stream().map(this::activity).toList();
        List<CaseFileV1.RespectRule> rules = home.getRespectRules().stream()
                .map(r -> new CaseFileV1.RespectRule(r.getText())).toList();
        CaseFileV1.TimeOut timeOut = home.getTimeOut() == null ? null : timeOut(home.getTimeOut());
        List<CaseFileV1.TimeOutUse> uses = home.getTimeOutUses().stream().map(this::timeOutUse).toList();
        return new CaseFileV1.Home(roomRecords, times, activities, rules, timeOut, uses);
    }

    private CaseFileV1.Room room(Room r) {
        String id = register(rooms, "r", r);
        return new CaseFileV1.Room(id, r.getName(), r.isOutside(), r.isChildAloneAllowed());
    }

    private CaseFileV1.PrivateTime privateTime(PrivateTime t) {
        return new CaseFileV1.PrivateTime(ref(persons, t.getPerson()), ref(rooms, t.getRoom()), sorted(t.getDays()),
                t.getStart(), t.getEnd(), t.getActivity());
    }

    private CaseFileV1.Activity activity(ActivityAgreement a) {
        return new CaseFileV1.Activity(ref(persons, a.getPerson()), a.getWhat(), sorted(a.getDays()), a.getStart(),
                a.getEnd(), ref(rooms, a.getRoom()), a.getPlace());
    }

    private CaseFileV1.TimeOut timeOut(TimeOutRule t) {
        List<CaseFileV1.TimeOutPlace> places = t.getPlaces().stream().map(this::timeOutPlace).toList();
        return new CaseFileV1.TimeOut(t.getSignal(), t.getAcknowledgement(), t.getWhoMayCall(), t.getMinMinutes(),
                t.getMaxMinutes(), ref(persons, t.getChildrenCaredBy()), t.getComingBack(),
                ref(persons, t.getResponsibleAdult()), t.getWhenItFails(), t.getPurpose(), places);
    }

    private CaseFileV1.TimeOutPlace timeOutPlace(TimeOutPlace p) {
        return new CaseFileV1.TimeOutPlace(ref(persons, p.getPerson()), ref(rooms, p.getRoom()),
                p.getCalmingActivity(), p.getEarlyCues());
    }

    private CaseFileV1.TimeOutUse timeOutUse(TimeOutUse u) {
        return new CaseFileV1.TimeOutUse(u.getUsedAt(), ref(persons, u.getCalledBy()), u.getHelped(), u.getNote());
    }

    private CaseFileV1.CheckIn checkIn(CheckIn c) {
        return new CaseFileV1.CheckIn(c.getHappenedAt(), ref(members, c.getMember()), ref(persons, c.getPerson()),
                ref(agreements, c.getAgreement()), ref(buddyPairs, c.getBuddyPair()), c.getChannel(), c.getOutcome(),
                c.getActionTaken());
    }

    private static String register(Map<Long, String> ids, String prefix, Entry entry) {
        String id = prefix + (ids.size() + 1);
        ids.put(entry.getId(), id);
        return id;
    }

    /** The file id of an item listed earlier in the file; an item of another case would be a broken store. */
    private static String ref(Map<Long, String> ids, Entry entry) {
        if (entry == null) {
            return null;
        }
        String id = ids.get(entry.getId());
        if (id == null) {
            throw new IllegalStateException("A stored item refers to something outside its case");
        }
        return id;
    }

    private static List<String> refs(Map<Long, String> ids, Collection<? extends Entry> entries) {
        return entries.stream().map(e -> ref(ids, e))
                .sorted(Comparator.comparing((String id) -> id.length()).thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    private static <E extends Enum<E>> List<E> sorted(Collection<E> values) {
        return values.stream().sorted().toList();
    }
}
