package org.hearth.service;

import java.util.Comparator;
import java.util.List;
import org.hearth.domain.ActivityAgreement;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.Person;
import org.hearth.domain.Room;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.TimeOutRule;

/** Reads a case's home agreements into the plain draft the Home tab edits. */
final class HomeMapping {

    private HomeMapping() {
    }

    static String roomKey(Room room) {
        return "r" + room.getId();
    }

    private static String key(Person person) {
        return person == null ? null : PlanMapping.personKey(person);
    }

    private static String key(Room room) {
        return room == null ? null : roomKey(room);
    }

    static HomeDraft draft(Family family, HomeAgreement home, SafetyPlan plan) {
        List<HomeDraft.HouseholdRef> household = family.getHousehold().stream().map(p -> new HomeDraft.HouseholdRef(
                PlanMapping.personKey(p), p.getId(), p.getName(), p.getRole(), p.getColour())).toList();
        List<String> signals = plan == null ? List.of() : plan.getSignals().stream().map(s -> s.getWord()).toList();
        if (home == null) {
            return new HomeDraft(null, 0, household, List.of(), List.of(), List.of(), List.of(), null, List.of(),
                    signals);
        }
        TimeOutRule rule = home.getTimeOut();
        HomeDraft.TimeOutItem timeOut = rule == null ? null : new HomeDraft.TimeOutItem(rule.getSignal(),
                rule.getAcknowledgement(), rule.getWhoMayCall(), rule.getMinMinutes(), rule.getMaxMinutes(),
                key(rule.getChildrenCaredBy()), rule.getComingBack(), key(rule.getResponsibleAdult()),
                rule.getWhenItFails(), rule.getPurpose(), rule.getPlaces().stream().map(p ->
                new HomeDraft.TimeOutPlaceItem(key(p.getPerson()), key(p.getRoom()), p.getCalmingActivity(),
                        p.getEarlyCues())).toList());
        return new HomeDraft(home.getId(), home.getVersion(), household,
                home.getRooms().stream().map(r -> new HomeDraft.RoomItem(roomKey(r), r.getId(), r.getName(),
                        r.isOutside(), r.isChildAloneAllowed())).toList(),
                home.getPrivateTimes().stream().map(t -> new HomeDraft.PrivateTimeItem(t.getId(), key(t.getPerson()),
                        key(t.getRoom()), t.getDays(), t.getStart(), t.getEnd(), t.getActivity())).toList(),
                home.getActivities().stream().map(HomeMapping::activity).toList(),
                home.getRespectRules().stream().map(r -> r.getText()).toList(),
                timeOut,
                home.getTimeOutUses().stream().sorted(Comparator.comparing(u -> u.getUsedAt()))
                        .map(u -> new HomeDraft.TimeOutUseItem(u.getId(), u.getUsedAt(), key(u.getCalledBy()),
                                u.getHelped(), u.getNote())).toList(),
                signals);
    }

    private static HomeDraft.ActivityItem activity(ActivityAgreement a) {
        return new HomeDraft.ActivityItem(a.getId(), key(a.getPerson()), a.getWhat(), a.getDays(), a.getStart(),
                a.getEnd(), key(a.getRoom()), a.getPlace());
    }
}
