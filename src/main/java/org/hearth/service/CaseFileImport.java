package org.hearth.service;

import static org.hearth.domain.TextRules.orNull;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.domain.ActivityAgreement;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.ContactLink;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.domain.PlanReview;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.PrivateTime;
import org.hearth.domain.Room;
import org.hearth.domain.SafePlace;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.domain.ThingToTake;
import org.hearth.domain.TimeOutPlace;
import org.hearth.domain.TimeOutRule;
import org.hearth.domain.TimeOutUse;
import org.hearth.store.UnitOfWork;

/**
 * Builds a new case from the records of a case file that {@link CaseFileRules} accepted, and hands it to the
 * store. Ids local to the file are resolved to the new items; nothing of the file's ids is kept.
 */
final class CaseFileImport {

    private final Map<String, Person> persons = new HashMap<>();
    private final Map<String, NetworkMember> members = new HashMap<>();
    private final Map<String, CheckInAgreement> agreements = new HashMap<>();
    private final Map<String, BuddyPair> buddyPairs = new HashMap<>();
    private final Map<String, Room> rooms = new HashMap<>();
    private SafetyPlan storedPlan;
    private HomeAgreement storedHome;

    /** Stores the case; the caller's transaction makes it all or nothing. */
    Family store(CaseFileV1 file, UnitOfWork work) {
        Family family = family(file);
        work.cases().add(family);
        if (file.safetyPlan() != null) {
            storedPlan = plan(family, file.safetyPlan());
            work.plans().add(storedPlan);
        }
        if (file.homeAgreement() != null) {
            storedHome = home(family, file.homeAgreement());
            work.homes().add(storedHome);
        }
        for (CaseFileV1.CheckIn c : file.checkIns()) {
            work.checkIns().add(checkIn(family, c));
        }
        work.flush();
        return family;
    }

    private Family family(CaseFileV1 file) {
        CaseFileV1.Details d = file.details();
        Family family = new Family(d.reference().strip(), d.displayName(), d.createdOn());
        family.setResponsibleWorker(orNull(d.responsibleWorker()));
        family.setNextReview(d.nextReview());
        family.setLanguage(orNull(d.language()));
        if (d.status() == CaseStatus.CLOSED) {
            family.close(d.closedOn());
        }
        for (CaseFileV1.Person p : file.household()) {
            Person person = family.addPerson(p.name(), p.role());
            person.setBirthYear(p.birthYear());
            person.setPhone(orNull(p.phone()));
            person.setLanguages(orNull(p.languages()));
            person.setNotes(orNull(p.notes()));
            person.setRiskRole(p.riskRole());
            person.setColour(p.colour());
            persons.put(p.id(), person);
        }
        for (CaseFileV1.Member m : file.network()) {
            members.put(m.id(), member(family, m));
        }
        for (CaseFileV1.ContactLink l : file.contactLinks()) {
            ContactLink link = family.addContactLink(persons.get(l.person()), members.get(l.member()));
            link.setFrequency(l.frequency());
            link.setChannel(l.channel());
        }
        return family;
    }

    private static NetworkMember member(Family family, CaseFileV1.Member m) {
        NetworkMember member = family.addNetworkMember(m.name(), m.kind(), m.closeness());
        member.setRelation(orNull(m.relation()));
        member.setPhone(orNull(m.phone()));
        member.setEmail(orNull(m.email()));
        member.getChannels().addAll(m.channels());
        if (m.consentGiven()) {
            member.recordConsent(m.consentOn(), orNull(m.consentScope()));
        }
        m.roles().forEach(member::giveRole);
        member.setMustNotKnow(m.mustNotKnow());
        member.setNotes(orNull(m.notes()));
        member.setLanguage(orNull(m.language()));
        member.placeOnMap(m.mapX(), m.mapY());
        return member;
    }

    private SafetyPlan plan(Family family, CaseFileV1.Plan p) {
        SafetyPlan plan = new SafetyPlan(family, p.createdOn());
        plan.setCountry(orNull(p.country()));
        if (p.status() == PlanStatus.AGREED) {
            plan.markAgreed(p.agreedOn(), orNull(p.agreedBy()));
        }
        for (CaseFileV1.Signal s : p.signals()) {
            Signal signal = plan.addSignal(s.kind(), s.word(), s.meaning());
            signal.setAnswer(orNull(s.answer()));
            signal.getChannels().addAll(s.channels());
            s.senders().forEach(id -> signal.getSenders().add(persons.get(id)));
            s.confidentialFrom().forEach(id -> signal.getConfidentialFrom().add(persons.get(id)));
            for (CaseFileV1.Response r : s.responses()) {
                signal.addResponse(members.get(r.receiver()), orNull(r.steps())).setCallsWhom(orNull(r.callsWhom()));
            }
        }
        for (CaseFileV1.RiskFactor f : p.riskFactors()) {
            plan.addRiskFactor(f.kind(), orNull(f.ownText())).setPresent(f.present());
        }
        for (CaseFileV1.WarningSign w : p.warningSigns()) {
            plan.addWarningSign(person(w.person()), w.text());
        }
        for (CaseFileV1.SafePlace sp : p.safePlaces()) {
            SafePlace place = plan.addSafePlace(sp.name());
            place.setAddress(orNull(sp.address()));
            place.setHowToGetThere(orNull(sp.howToGetThere()));
            place.setWhoIsThere(orNull(sp.whoIsThere()));
            sp.thingsToTake().forEach(t -> place.getThingsToTake().add(new ThingToTake(t.thing(), t.ready())));
            sp.confidentialFrom().forEach(id -> place.getConfidentialFrom().add(persons.get(id)));
        }
        for (CaseFileV1.EmergencyContact c : p.emergencyContacts()) {
            plan.addEmergencyContact(c.kind(), c.name(), c.number()).setNote(orNull(c.note()));
        }
        for (CaseFileV1.CheckInAgreement a : p.checkInAgreements()) {
            CheckInAgreement agreement = plan.addCheckInAgreement(members.get(a.member()), persons.get(a.person()),
                    a.frequency());
            agreement.setChannel(a.channel());
            agreement.setCoverStory(orNull(a.coverStory()));
            agreements.put(a.id(), agreement);
        }
        for (CaseFileV1.BuddyPair b : p.buddyPairs()) {
            BuddyPair pair = plan.addBuddyPair(persons.get(b.person()), members.get(b.buddy()));
            pair.setDailyTime(b.dailyTime());
            pair.setChannel(b.channel());
            pair.setCodeWord(orNull(b.codeWord()));
            pair.setProfessional(orNull(b.professionalName()), orNull(b.professionalPhone()));
            buddyPairs.put(b.id(), pair);
        }
        for (CaseFileV1.Review r : p.reviews()) {
            PlanReview review = plan.addReview(r.reviewedOn());
            review.setNote(orNull(r.note()));
            review.setTriedOut(r.triedOut());
            review.setWorked(r.worked());
            review.setAfterIncident(r.afterIncident());
            r.scores().forEach(s -> review.score(persons.get(s.person()), s.score()));
        }
        return plan;
    }

    private HomeAgreement home(Family family, CaseFileV1.Home h) {
        HomeAgreement home = new HomeAgreement(family);
        for (CaseFileV1.Room r : h.rooms()) {
            Room room = home.addRoom(r.name());
            room.setOutside(r.outside());
            room.setChildAloneAllowed(r.childAloneAllowed());
            rooms.put(r.id(), room);
        }
        for (CaseFileV1.PrivateTime t : h.privateTimes()) {
            PrivateTime time = home.addPrivateTime(persons.get(t.person()), rooms.get(t.room()));
            time.setDays(days(t.days()));
            time.setTimes(t.start(), t.end());
            time.setActivity(orNull(t.activity()));
        }
        for (CaseFileV1.Activity a : h.activities()) {
            ActivityAgreement activity = home.addActivity(persons.get(a.person()), a.what());
            activity.getDays().addAll(a.days());
            activity.setTimes(a.start(), a.end());
            activity.setRoom(room(a.room()));
            activity.setPlace(orNull(a.place()));
        }
        h.respectRules().forEach(r -> home.addRespectRule(r.text()));
        if (h.timeOut() != null) {
            timeOut(home.timeOut(), h.timeOut());
        }
        for (CaseFileV1.TimeOutUse u : h.timeOutUses()) {
            TimeOutUse use = home.logTimeOutUse(u.usedAt(), person(u.calledBy()));
            use.setHelped(u.helped());
            use.setNote(orNull(u.note()));
        }
        return home;
    }

    private void timeOut(TimeOutRule rule, CaseFileV1.TimeOut t) {
        rule.setSignal(orNull(t.signal()));
        rule.setAcknowledgement(orNull(t.acknowledgement()));
        rule.setWhoMayCall(orNull(t.whoMayCall()));
        rule.setDuration(t.minMinutes(), t.maxMinutes());
        rule.setChildrenCaredBy(person(t.childrenCaredBy()));
        rule.setComingBack(orNull(t.comingBack()));
        rule.setResponsibleAdult(person(t.responsibleAdult()));
        rule.setWhenItFails(orNull(t.whenItFails()));
        rule.setPurpose(orNull(t.purpose()));
        for (CaseFileV1.TimeOutPlace p : t.places()) {
            TimeOutPlace place = rule.addPlace(persons.get(p.person()));
            place.setRoom(room(p.room()));
            place.setCalmingActivity(orNull(p.calmingActivity()));
            place.setEarlyCues(orNull(p.earlyCues()));
        }
    }

    private CheckIn checkIn(Family family, CaseFileV1.CheckIn c) {
        CheckIn checkIn = new CheckIn(family, c.happenedAt(), c.outcome());
        checkIn.setMember(c.member() == null ? null : members.get(c.member()));
        checkIn.setPerson(person(c.person()));
        checkIn.setAgreement(c.agreement() == null ? null : agreements.get(c.agreement()));
        checkIn.setBuddyPair(c.buddyPair() == null ? null : buddyPairs.get(c.buddyPair()));
        checkIn.setChannel(c.channel());
        checkIn.setActionTaken(orNull(c.actionTaken()));
        return checkIn;
    }

    /** The plan as stored, or null when the file has none. */
    SafetyPlan storedPlan() {
        return storedPlan;
    }

    /** The home agreements as stored, or null when the file has none. */
    HomeAgreement storedHome() {
        return storedHome;
    }

    /** The file's own id of each stored person, network member and room, by the key the drafts use (after flush). */
    Map<String, String> fileIds() {
        Map<String, String> ids = new HashMap<>();
        persons.forEach((id, person) -> ids.put(PlanMapping.personKey(person), id));
        members.forEach((id, member) -> ids.put(PlanMapping.memberKey(member), id));
        rooms.forEach((id, room) -> ids.put(HomeMapping.roomKey(room), id));
        return ids;
    }

    private Person person(String id) {
        return id == null ? null : persons.get(id);
    }

    private Room room(String id) {
        return id == null ? null : rooms.get(id);
    }

    private static EnumSet<java.time.DayOfWeek> days(List<java.time.DayOfWeek> days) {
        return days.isEmpty() ? EnumSet.noneOf(java.time.DayOfWeek.class) : EnumSet.copyOf(days);
    }
}
