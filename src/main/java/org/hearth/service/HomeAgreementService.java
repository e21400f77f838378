package org.hearth.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hearth.domain.ActivityAgreement;
import org.hearth.domain.Family;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.Person;
import org.hearth.domain.PrivateTime;
import org.hearth.domain.RespectRule;
import org.hearth.domain.Room;
import org.hearth.domain.TextRules;
import org.hearth.domain.TimeOutPlace;
import org.hearth.domain.TimeOutRule;
import org.hearth.domain.TimeOutUse;
import org.hearth.store.Database;
import org.hearth.store.StoreException;
import org.hearth.store.UnitOfWork;

/**
 * The home agreements of a case (tips 6-8 of the guidance): read as a {@link HomeDraft}, checked by
 * {@link HomeRules}, saved whole in one transaction. Every save is a revision in the case's history, under the
 * worker's name.
 */
public final class HomeAgreementService {

    private final Database database;

    public HomeAgreementService(Database database) {
        this.database = database;
    }

    public List<FieldProblem> check(HomeDraft draft) {
        return HomeRules.check(draft);
    }

    public List<HomeDraft.Conflict> conflicts(HomeDraft draft) {
        return HomeRules.conflicts(draft);
    }

    public HomeDraft load(long caseId) {
        return database.read(work -> {
            Family family = work.cases().whole(caseId).orElseThrow(HomeAgreementService::gone);
            return HomeMapping.draft(family, work.homes().of(family).orElse(null),
                    work.plans().of(family).orElse(null));
        });
    }

    /**
     * Saves the agreements as drafted; refused (nothing saved) when they have a problem that is not a to-do (see
     * {@link ProblemKind}) or someone saved in between. A time-out not fully agreed yet saves, as a to-do.
     */
    public HomeDraft save(long caseId, HomeDraft draft) throws ValidationException {
        List<FieldProblem> problems = ProblemKind.blocking(HomeRules.check(draft));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        database.write(work -> store(work, caseId, draft));
        return load(caseId);
    }

    private void store(UnitOfWork work, long caseId, HomeDraft draft) {
        Family family = work.cases().whole(caseId).orElseThrow(HomeAgreementService::gone);
        Optional<HomeAgreement> existing = work.homes().of(family);
        boolean changedElsewhere = existing.isPresent()
                ? !existing.get().getId().equals(draft.agreementId()) || existing.get().getVersion() != draft.version()
                : draft.agreementId() != null;
        if (changedElsewhere) {
            throw new StoreException(StoreException.Reason.CHANGED_ELSEWHERE,
                    "Someone else changed these home agreements in the meantime");
        }
        HomeAgreement home = existing.orElseGet(() -> {
            HomeAgreement made = new HomeAgreement(family);
            work.homes().add(made);
            return made;
        });
        Map<String, Person> people = new HashMap<>();
        family.getHousehold().forEach(p -> people.put(PlanMapping.personKey(p), p));
        Map<String, Room> rooms = updateRooms(home, draft);

        Map<Long, PrivateTime> savedTimes = new HashMap<>();
        home.getPrivateTimes().forEach(t -> savedTimes.put(t.getId(), t));
        List<PrivateTime> keptTimes = new ArrayList<>();
        for (HomeDraft.PrivateTimeItem item : draft.privateTimes()) {
            PrivateTime time = item.id() == null ? null : savedTimes.get(item.id());
            if (time == null) {
                time = home.addPrivateTime(people.get(item.personKey()), rooms.get(item.roomKey()));
            }
            time.setPerson(people.get(item.personKey()));
            time.setRoom(rooms.get(item.roomKey()));
            if (!time.getDays().equals(item.days())) {
                time.setDays(item.days());
            }
            if (!time.getStart().equals(item.start()) || !time.getEnd().equals(item.end())) {
                time.setTimes(item.start(), item.end());
            }
            time.setActivity(TextRules.orNull(item.activity()));
            keptTimes.add(time);
        }
        home.getPrivateTimes().retainAll(keptTimes);

        Map<Long, ActivityAgreement> savedActivities = new HashMap<>();
        home.getActivities().forEach(a -> savedActivities.put(a.getId(), a));
        List<ActivityAgreement> keptActivities = new ArrayList<>();
        for (HomeDraft.ActivityItem item : draft.activities()) {
            ActivityAgreement activity = item.id() == null ? null : savedActivities.get(item.id());
            if (activity == null) {
                activity = home.addActivity(people.get(item.personKey()), item.what());
            }
            activity.setPerson(people.get(item.personKey()));
            activity.setWhat(item.what());
            if (!activity.getDays().equals(item.days())) {
                activity.getDays().clear();
                activity.getDays().addAll(item.days());
            }
            activity.setTimes(item.start(), item.end());
            activity.setRoom(item.roomKey() == null ? null : rooms.get(item.roomKey()));
            activity.setPlace(TextRules.orNull(item.place()));
            keptActivities.add(activity);
        }
        home.getActivities().retainAll(keptActivities);

        List<RespectRule> respect = home.getRespectRules();
        for (int i = 0; i < draft.respectRules().size(); i++) {
            if (i < respect.size()) {
                respect.get(i).setText(draft.respectRules().get(i));
            } else {
                home.addRespectRule(draft.respectRules().get(i));
            }
        }
        while (respect.size() > draft.respectRules().size()) {
            respect.remove(respect.size() - 1);
        }

        if (draft.timeOut() != null) {
            updateTimeOut(home.timeOut(), draft.timeOut(), people, rooms);
        }

        Map<Long, TimeOutUse> savedUses = new HashMap<>();
        home.getTimeOutUses().forEach(u -> savedUses.put(u.getId(), u));
        List<TimeOutUse> keptUses = new ArrayList<>();
        for (HomeDraft.TimeOutUseItem item : draft.timeOutUses()) {
            TimeOutUse use = item.id() == null ? null : savedUses.get(item.id());
            Person calledBy = item.calledByKey() == null ? null : people.get(item.calledByKey());
            if (use == null || !use.getUsedAt().equals(item.usedAt()) || !java.util.Objects.equals(use.getCalledBy(),
                    calledBy)) {
                use = home.logTimeOutUse(item.usedAt(), calledBy);
            }
            use.setHelped(item.helped());
            use.setNote(TextRules.orNull(item.note()));
            keptUses.add(use);
        }
        home.getTimeOutUses().retainAll(keptUses);
        if (!rooms.values().containsAll(home.getRooms())) {
            // what referred to a room that goes is changed first, so the room can then be removed
            work.flush();
            home.getRooms().retainAll(rooms.values());
        }
        if (existing.isPresent()) {
            work.homes().markChanged(home);
        }
        work.flush();
    }

    /** Updates and adds the rooms; those left out are removed at the end, once nothing refers to them. */
    private static Map<String, Room> updateRooms(HomeAgreement home, HomeDraft draft) {
        Map<String, Room> saved = new HashMap<>();
        home.getRooms().forEach(r -> saved.put(HomeMapping.roomKey(r), r));
        Map<String, Room> byKey = new HashMap<>();
        for (HomeDraft.RoomItem item : draft.rooms()) {
            Room room = saved.get(item.key());
            if (room == null) {
                room = home.addRoom(item.name());
            }
            room.setName(item.name());
            room.setOutside(item.outside());
            room.setChildAloneAllowed(item.childAloneAllowed());
            byKey.put(item.key(), room);
        }
        return byKey;
    }

    private static void updateTimeOut(TimeOutRule rule, HomeDraft.TimeOutItem item, Map<String, Person> people,
                                      Map<String, Room> rooms) {
        rule.setSignal(TextRules.orNull(item.signal()));
        rule.setAcknowledgement(TextRules.orNull(item.acknowledgement()));
        rule.setWhoMayCall(TextRules.orNull(item.whoMayCall()));
        rule.setDuration(item.minMinutes(), item.maxMinutes());
        rule.setChildrenCaredBy(item.childrenCaredByKey() == null ? null : people.get(item.childrenCaredByKey()));
        rule.setComingBack(TextRules.orNull(item.comingBack()));
        rule.setResponsibleAdult(item.responsibleAdultKey() == null ? null : people.get(item.responsibleAdultKey()));
        rule.setWhenItFails(TextRules.orNull(item.whenItFails()));
        rule.setPurpose(TextRules.orNull(item.purpose()));
        Map<Person, TimeOutPlace> saved = new HashMap<>();
        rule.getPlaces().forEach(p -> saved.put(p.getPerson(), p));
        List<TimeOutPlace> kept = new ArrayList<>();
        for (HomeDraft.TimeOutPlaceItem placeItem : item.places()) {
            Person person = people.get(placeItem.personKey());
            TimeOutPlace place = saved.remove(person);
            if (place == null) {
                place = rule.addPlace(person);
            }
            place.setRoom(placeItem.roomKey() == null ? null : rooms.get(placeItem.roomKey()));
            place.setCalmingActivity(TextRules.orNull(placeItem.calmingActivity()));
            place.setEarlyCues(TextRules.orNull(placeItem.earlyCues()));
            kept.add(place);
        }
        rule.getPlaces().retainAll(kept);
    }

    /** Every saved version of the case's home agreements, oldest first, with the worker who saved it. */
    public List<HomeDraft.Revision> history(long caseId) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(HomeAgreementService::gone);
            return work.homes().of(family).map(home -> work.history().ofHome(home.getId(),
                            home.getTimeOut() == null ? null : home.getTimeOut().getId()).stream()
                    .map(r -> new HomeDraft.Revision(r.number(), r.savedAt(), r.worker())).toList())
                    .orElse(List.of());
        });
    }

    /** The home agreements as they were at a revision, one fact per line, to compare two versions. */
    public String homeAt(long caseId, long revision) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(HomeAgreementService::gone);
            return work.homes().of(family).map(home -> {
                HomeAgreement then = work.history().homeAt(home.getId(), revision);
                return then == null ? "" : HomeText.of(then);
            }).orElse("");
        });
    }

    private static StoreException gone() {
        return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists");
    }
}
