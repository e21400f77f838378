package org.hearth.service;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.hearth.domain.HouseholdRole;

/**
 * A case's home agreements as the Home tab edits them (tips 6-8 of the guidance): plain, immutable data, loaded
 * and saved whole. Household members are referred to by key ({@code "p<id>"}); rooms by key too: {@code "r<id>"}
 * for a saved room, any other unique text (e.g. {@code "new-1"}) for a room added on screen and not yet saved.
 * Saved items carry their database id; new ones have none.
 */
public record HomeDraft(Long agreementId, long version, List<HouseholdRef> household, List<RoomItem> rooms,
                        List<PrivateTimeItem> privateTimes, List<ActivityItem> activities, List<String> respectRules,
                        TimeOutItem timeOut, List<TimeOutUseItem> timeOutUses, List<String> planSignals) {

    /**
     * This draft as a change of a newer saved version: the same agreements, with the newer version's identity and
     * version (so saving it replaces the newer version, as the worker chose), its household and its plan signals,
     * which this tab does not edit.
     */
    public HomeDraft over(HomeDraft newer) {
        return new HomeDraft(newer.agreementId(), newer.version(), newer.household(), rooms, privateTimes, activities,
                respectRules, timeOut, timeOutUses, newer.planSignals());
    }

    /** A household member, read-only here (the Overview tab edits them). */
    public record HouseholdRef(String key, long id, String name, HouseholdRole role, int colour) {
    }

    /** A room or place of the home, named by the family. */
    public record RoomItem(String key, Long id, String name, boolean outside, boolean childAloneAllowed) {
    }

    /** A room is one person's own at agreed times; an end before the start runs past midnight. */
    public record PrivateTimeItem(Long id, String personKey, String roomKey, Set<DayOfWeek> days, LocalTime start,
                                  LocalTime end, String activity) {
        public PrivateTimeItem {
            days = Set.copyOf(days);
        }
    }

    /** A separate activity: who, what, when (optional) and where (a room, or a place outside the home). */
    public record ActivityItem(Long id, String personKey, String what, Set<DayOfWeek> days, LocalTime start,
                               LocalTime end, String roomKey, String place) {
        public ActivityItem {
            days = Set.copyOf(days);
        }
    }

    /** The family's time-out; null until the worker sets one up. */
    public record TimeOutItem(String signal, String acknowledgement, String whoMayCall, Integer minMinutes,
                              Integer maxMinutes, String childrenCaredByKey, String comingBack,
                              String responsibleAdultKey, String whenItFails, String purpose,
                              List<TimeOutPlaceItem> places) {
    }

    /** During a time-out: where one person goes, what they do there to calm down, and their early cues. */
    public record TimeOutPlaceItem(String personKey, String roomKey, String calmingActivity, String earlyCues) {
    }

    /** The family reported using the time-out: when, who called it, whether it helped. */
    public record TimeOutUseItem(Long id, LocalDateTime usedAt, String calledByKey, Boolean helped, String note) {
    }

    /**
     * A conflict between agreements, to explain in plain words at the agreement concerned (a field path such as
     * {@code privateTimes[2]}): the message's arguments are names; when {@code at} is not -1 it is the first
     * minute of the week (from Monday 00:00) when the agreements first clash, for the screen to name.
     */
    public record Conflict(String field, String messageKey, List<String> arguments, int at) {
    }

    /** One saved version of the home agreements in the history. */
    public record Revision(long number, java.time.Instant savedAt, String worker) {
    }
}
