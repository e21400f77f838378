package org.hearth.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.ContactLink;
import org.hearth.domain.Family;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.Person;
import org.hearth.domain.PlanReview;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.SafePlace;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.domain.TextRules;
import org.hearth.domain.ThingToTake;
import org.hearth.store.Database;
import org.hearth.store.StoreException;
import org.hearth.store.UnitOfWork;

/**
 * The safety plan of a case (tips 1-4 of the guidance): read as a {@link PlanDraft}, checked by {@link PlanRules},
 * saved whole in one transaction. Every save is one revision in the history, under the worker's name.
 */
public final class SafetyPlanService {

    /** The country whose numbers a new plan starts from. */
    static final String DEFAULT_COUNTRY = "NL";

    private final Database database;
    private final Clock clock;

    public SafetyPlanService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<FieldProblem> check(PlanDraft draft) {
        return PlanRules.check(draft);
    }

    public PlanDraft load(long caseId) {
        return database.read(work -> {
            Family family = work.cases().whole(caseId).orElseThrow(SafetyPlanService::gone);
            return PlanMapping.draft(family, work.plans().of(family).orElse(null));
        });
    }

    /**
     * Saves the plan as drafted; refused (nothing saved) when it has a problem that is not a to-do (see
     * {@link ProblemKind}) or someone saved in between. A draft with to-dos saves; an agreed plan has none.
     */
    public PlanDraft save(long caseId, PlanDraft draft) throws ValidationException {
        List<FieldProblem> problems = ProblemKind.blocking(PlanRules.check(draft));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        database.write(work -> store(work, caseId, draft));
        return load(caseId);
    }

    private void store(UnitOfWork work, long caseId, PlanDraft draft) {
        Family family = work.cases().whole(caseId).orElseThrow(SafetyPlanService::gone);
        Optional<SafetyPlan> existing = work.plans().of(family);
        if (family.getVersion() != draft.caseVersion() || existing.map(SafetyPlan::getId).orElse(null) != null
                && (!existing.get().getId().equals(draft.planId())
                || existing.get().getVersion() != draft.planVersion())
                || existing.isEmpty() && draft.planId() != null) {
            throw new StoreException(StoreException.Reason.CHANGED_ELSEWHERE,
                    "Someone else changed this plan in the meantime");
        }
        SafetyPlan plan = existing.orElseGet(() -> {
            SafetyPlan made = new SafetyPlan(family, LocalDate.now(clock));
            work.plans().add(made);
            return made;
        });
        Map<String, Person> people = new HashMap<>();
        family.getHousehold().forEach(p -> people.put(PlanMapping.personKey(p), p));
        Map<String, NetworkMember> members = updateMembers(family, draft);

        if (draft.status() == PlanStatus.AGREED) {
            plan.markAgreed(draft.agreedOn() != null ? draft.agreedOn() : LocalDate.now(clock), draft.agreedBy());
        } else {
            plan.markDraft();
        }
        plan.setCountry(TextRules.orNull(draft.country()));
        family.setNextReview(draft.nextReview());

        updateSignals(plan, draft, people, members);
        plan.getRiskFactors().clear();
        draft.riskFactors().forEach(f -> plan.addRiskFactor(f.kind(), TextRules.orNull(f.ownText()))
                .setPresent(f.present()));
        plan.getWarningSigns().clear();
        draft.warningSigns().forEach(w -> plan.addWarningSign(w.personKey() == null ? null : people.get(w.personKey()),
                w.text()));
        plan.getSafePlaces().clear();
        for (PlanDraft.SafePlaceItem item : draft.safePlaces()) {
            SafePlace place = plan.addSafePlace(item.name());
            keptFrom(item.keptFrom(), people).forEach(place.getConfidentialFrom()::add);
            place.setAddress(TextRules.orNull(item.address()));
            place.setHowToGetThere(TextRules.orNull(item.howToGetThere()));
            place.setWhoIsThere(TextRules.orNull(item.whoIsThere()));
            item.things().forEach(t -> place.getThingsToTake().add(new ThingToTake(t.thing(), t.ready())));
        }
        plan.getEmergencyContacts().clear();
        draft.emergencyNumbers().forEach(n -> plan.addEmergencyContact(n.kind(), n.name(), n.number())
                .setNote(TextRules.orNull(n.note())));
        updateCheckIns(work, plan, draft, people, members);
        updateBuddies(work, plan, draft, people, members);
        updateReviews(plan, draft, people);
        updateLinks(family, draft, people, members);
        giveRoles(draft, members);
        if (existing.isPresent()) {
            work.plans().markChanged(plan);
        }
        work.cases().markChanged(family);
        work.flush();
        removeMembersNoLongerThere(work, family, members);
    }

    /** Updates, adds and keys the network members; those left out are removed after the plan no longer uses them. */
    private static Map<String, NetworkMember> updateMembers(Family family, PlanDraft draft) {
        Map<String, NetworkMember> saved = new HashMap<>();
        family.getNetwork().forEach(m -> saved.put(PlanMapping.memberKey(m), m));
        Map<String, NetworkMember> byKey = new LinkedHashMap<>();
        for (PlanDraft.Member item : draft.members()) {
            NetworkMember member = saved.get(item.key());
            if (member == null) {
                member = family.addNetworkMember(item.name(), item.kind(), item.closeness());
            }
            member.setName(item.name());
            member.setRelation(TextRules.orNull(item.relation()));
            member.setKind(item.kind() == null ? RelationKind.FAMILY : item.kind());
            member.setCloseness(item.closeness());
            member.setPhone(TextRules.orNull(item.phone()));
            member.getChannels().clear();
            member.getChannels().addAll(item.channels());
            member.setMustNotKnow(item.mustNotKnow());
            boolean placed = item.mapTurn() != null && item.mapRing() != null
                    && Double.isFinite(item.mapTurn()) && Double.isFinite(item.mapRing());
            member.placeOnMap(placed ? item.mapTurn() : null, placed ? item.mapRing() : null);
            if (item.consentGiven()) {
                member.recordConsent(item.consentOn(), TextRules.orNull(item.consentScope()));
            } else {
                member.withdrawConsent();
            }
            byKey.put(item.key(), member);
        }
        return byKey;
    }

    /**
     * Who in the household is in touch with whom: links stay the same rows when they stay, so the history shows
     * only what changed. A link to someone no longer in the draft goes with that person.
     */
    private static void updateLinks(Family family, PlanDraft draft, Map<String, Person> people,
                                    Map<String, NetworkMember> members) {
        Map<String, ContactLink> saved = new HashMap<>();
        family.getContactLinks().forEach(l -> saved.put(PlanMapping.personKey(l.getPerson()) + "|"
                + PlanMapping.memberKey(l.getMember()), l));
        List<ContactLink> kept = new ArrayList<>();
        for (PlanDraft.ContactLinkItem item : draft.links()) {
            Person person = people.get(item.personKey());
            NetworkMember member = members.get(item.memberKey());
            if (person == null || member == null) {
                continue;
            }
            ContactLink link = saved.remove(item.personKey() + "|" + item.memberKey());
            if (link == null && kept.stream().anyMatch(l -> l.getPerson() == person && l.getMember() == member)) {
                continue;
            }
            if (link == null) {
                link = family.addContactLink(person, member);
            }
            link.setFrequency(item.frequency());
            link.setChannel(item.channel());
            kept.add(link);
        }
        family.getContactLinks().retainAll(kept);
    }

    private static void removeMembersNoLongerThere(UnitOfWork work, Family family,
                                                   Map<String, NetworkMember> kept) {
        List<NetworkMember> gone = family.getNetwork().stream().filter(m -> !kept.containsValue(m)).toList();
        for (NetworkMember member : gone) {
            work.checkIns().forget(member);
            family.getContactLinks().removeIf(link -> link.getMember().equals(member));
        }
        family.getNetwork().removeAll(gone);
    }

    private static void updateSignals(SafetyPlan plan, PlanDraft draft, Map<String, Person> people,
                                      Map<String, NetworkMember> members) {
        Map<Long, Signal> saved = new HashMap<>();
        plan.getSignals().forEach(s -> saved.put(s.getId(), s));
        List<Signal> kept = new ArrayList<>();
        for (PlanDraft.SignalItem item : draft.signals()) {
            Signal signal = item.id() == null ? null : saved.get(item.id());
            if (signal == null) {
                signal = plan.addSignal(item.kind(), item.word(), item.meaning());
            }
            signal.setKind(item.kind());
            signal.setWord(item.word());
            signal.setAnswer(TextRules.orNull(item.answer()));
            signal.setMeaning(item.meaning());
            signal.getChannels().clear();
            signal.getChannels().addAll(item.channels());
            signal.getSenders().clear();
            for (String key : item.senderKeys()) {
                signal.getSenders().add(people.get(key));
            }
            Set<Person> keptFrom = keptFrom(item.keptFrom(), people);
            signal.getConfidentialFrom().retainAll(keptFrom);
            signal.getConfidentialFrom().addAll(keptFrom);
            signal.getResponses().clear();
            for (PlanDraft.Response response : item.responses()) {
                signal.addResponse(members.get(response.memberKey()), TextRules.orNull(response.steps()))
                        .setCallsWhom(TextRules.orNull(response.callsWhom()));
            }
            kept.add(signal);
        }
        plan.getSignals().retainAll(kept);
    }

    /** The household members an item is kept from; keys of people no longer in the household are ignored. */
    private static Set<Person> keptFrom(Set<String> keys, Map<String, Person> people) {
        Set<Person> persons = new HashSet<>();
        if (keys != null) {
            keys.stream().map(people::get).filter(java.util.Objects::nonNull).forEach(persons::add);
        }
        return persons;
    }

    private static void updateCheckIns(UnitOfWork work, SafetyPlan plan, PlanDraft draft, Map<String, Person> people,
                                       Map<String, NetworkMember> members) {
        Map<Long, CheckInAgreement> saved = new HashMap<>();
        plan.getCheckInAgreements().forEach(a -> saved.put(a.getId(), a));
        List<CheckInAgreement> kept = new ArrayList<>();
        for (PlanDraft.CheckInItem item : draft.checkIns()) {
            CheckInAgreement agreement = item.id() == null ? null : saved.get(item.id());
            if (agreement == null) {
                agreement = plan.addCheckInAgreement(members.get(item.memberKey()), people.get(item.personKey()),
                        item.frequency());
            }
            agreement.setMember(members.get(item.memberKey()));
            agreement.setPerson(people.get(item.personKey()));
            agreement.setFrequency(item.frequency());
            agreement.setChannel(item.channel());
            agreement.setCoverStory(TextRules.orNull(item.coverStory()));
            kept.add(agreement);
        }
        plan.getCheckInAgreements().stream().filter(a -> !kept.contains(a)).forEach(a -> work.checkIns().forget(a));
        plan.getCheckInAgreements().retainAll(kept);
    }

    private static void updateBuddies(UnitOfWork work, SafetyPlan plan, PlanDraft draft, Map<String, Person> people,
                                      Map<String, NetworkMember> members) {
        Map<Long, BuddyPair> saved = new HashMap<>();
        plan.getBuddyPairs().forEach(b -> saved.put(b.getId(), b));
        List<BuddyPair> kept = new ArrayList<>();
        for (PlanDraft.BuddyItem item : draft.buddies()) {
            BuddyPair pair = item.id() == null ? null : saved.get(item.id());
            if (pair == null) {
                pair = plan.addBuddyPair(people.get(item.personKey()), members.get(item.memberKey()));
            }
            pair.setPerson(people.get(item.personKey()));
            pair.setBuddy(members.get(item.memberKey()));
            pair.setDailyTime(item.dailyTime());
            pair.setChannel(item.channel());
            pair.setCodeWord(TextRules.orNull(item.codeWord()));
            pair.setProfessional(TextRules.orNull(item.professionalName()), TextRules.orNull(item.professionalPhone()));
            kept.add(pair);
        }
        plan.getBuddyPairs().stream().filter(b -> !kept.contains(b)).forEach(b -> work.checkIns().forget(b));
        plan.getBuddyPairs().retainAll(kept);
    }

    private static void updateReviews(SafetyPlan plan, PlanDraft draft, Map<String, Person> people) {
        Map<Long, PlanReview> saved = new HashMap<>();
        plan.getReviews().forEach(r -> saved.put(r.getId(), r));
        List<PlanReview> kept = new ArrayList<>();
        for (PlanDraft.ReviewItem item : draft.reviews()) {
            PlanReview review = item.id() == null ? null : saved.get(item.id());
            if (review == null || !review.getReviewedOn().equals(item.reviewedOn())) {
                review = plan.addReview(item.reviewedOn());
            }
            review.setNote(TextRules.orNull(item.note()));
            review.setTriedOut(item.triedOut());
            review.setWorked(item.worked());
            review.setAfterIncident(item.afterIncident());
            review.getScores().clear();
            PlanReview scored = review;
            item.scores().forEach((key, score) -> scored.score(people.get(key), score));
            kept.add(review);
        }
        plan.getReviews().retainAll(kept);
    }

    /** A member's roles follow from the plan: a role given anywhere in the plan shows on the map, and back. */
    private static void giveRoles(PlanDraft draft, Map<String, NetworkMember> members) {
        Map<String, Set<NetworkRole>> roles = NetworkRoles.of(draft);
        members.forEach((key, member) -> {
            Set<NetworkRole> wanted = roles.get(key);
            new HashSet<>(member.getRoles()).stream().filter(r -> !wanted.contains(r)).forEach(member::takeRole);
            wanted.forEach(member::giveRole);
        });
    }

    /** Every saved version of the case's plan, oldest first, with the worker who saved it. */
    public List<PlanDraft.Revision> history(long caseId) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(SafetyPlanService::gone);
            return work.plans().of(family).map(plan -> work.history().ofPlan(plan.getId()).stream()
                    .map(r -> new PlanDraft.Revision(r.number(), r.savedAt(), r.worker())).toList()).orElse(List.of());
        });
    }

    /** The plan as it was at a revision, one fact per line, to compare two versions. */
    public String planAt(long caseId, long revision) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(SafetyPlanService::gone);
            SafetyPlan plan = work.plans().of(family).orElseThrow(SafetyPlanService::gone);
            SafetyPlan then = work.history().planAt(plan.getId(), revision);
            Family caseThen = work.history().caseAt(family.getId(), revision);
            return then == null ? "" : PlanText.of(then, caseThen == null ? null : caseThen.getNextReview());
        });
    }


    private static StoreException gone() {
        return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists");
    }

    static List<PlanDraft.RiskFactorItem> builtInRiskFactors() {
        List<PlanDraft.RiskFactorItem> factors = new ArrayList<>();
        for (RiskFactorKind kind : RiskFactorKind.values()) {
            if (kind != RiskFactorKind.OWN) {
                factors.add(new PlanDraft.RiskFactorItem(kind, null, false));
            }
        }
        return factors;
    }

    static Set<Channel> channels(Set<Channel> channels) {
        return channels.isEmpty() ? Set.of() : Set.copyOf(channels);
    }
}
