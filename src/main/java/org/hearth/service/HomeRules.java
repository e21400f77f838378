package org.hearth.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HomeSchedule;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.TextRules;

/**
 * What the home agreements must have (problems, each at its field: nothing is saved while there is one, except a
 * to-do of a time-out not fully agreed yet, see {@link ProblemKind}), and the conflicts between agreements,
 * explained at each agreement concerned (they do not stop saving: the family may still be talking them through).
 */
public final class HomeRules {

    /** The longest time-out Hearth accepts, in minutes: a time-out is a pause, not a way to keep someone away. */
    public static final int LONGEST_TIME_OUT = 240;

    private HomeRules() {
    }

    public static List<FieldProblem> check(HomeDraft home) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> household = new HashSet<>();
        home.household().forEach(p -> household.add(p.key()));
        Set<String> rooms = new HashSet<>();
        Set<String> roomNames = new HashSet<>();
        for (int i = 0; i < home.rooms().size(); i++) {
            HomeDraft.RoomItem room = home.rooms().get(i);
            String at = "rooms[" + i + "]";
            line(problems, at + ".name", room.name(), true);
            if (room.name() != null && !roomNames.add(PlanRules.comparable(room.name()))) {
                problems.add(new FieldProblem(at + ".name", "problem.sameRoomName"));
            }
            rooms.add(room.key());
        }
        for (int i = 0; i < home.privateTimes().size(); i++) {
            HomeDraft.PrivateTimeItem time = home.privateTimes().get(i);
            String at = "privateTimes[" + i + "]";
            person(problems, at + ".person", time.personKey(), household);
            room(problems, at + ".room", time.roomKey(), rooms, true);
            if (time.days().isEmpty()) {
                problems.add(new FieldProblem(at + ".days", "problem.noDays"));
            }
            if (time.start() == null) {
                problems.add(new FieldProblem(at + ".start", "problem.time"));
            }
            if (time.end() == null) {
                problems.add(new FieldProblem(at + ".end", "problem.time"));
            } else if (time.end().equals(time.start())) {
                problems.add(new FieldProblem(at + ".end", "problem.sameStartEnd"));
            }
            line(problems, at + ".activity", time.activity(), false);
        }
        for (int i = 0; i < home.activities().size(); i++) {
            HomeDraft.ActivityItem activity = home.activities().get(i);
            String at = "activities[" + i + "]";
            person(problems, at + ".person", activity.personKey(), household);
            line(problems, at + ".what", activity.what(), true);
            room(problems, at + ".room", activity.roomKey(), rooms, false);
            line(problems, at + ".place", activity.place(), false);
            if ((activity.start() == null) != (activity.end() == null)) {
                problems.add(new FieldProblem(at + (activity.start() == null ? ".start" : ".end"),
                        "problem.bothTimes"));
            } else if (activity.start() != null && activity.start().equals(activity.end())) {
                problems.add(new FieldProblem(at + ".end", "problem.sameStartEnd"));
            }
            if (activity.start() != null && activity.days().isEmpty()) {
                problems.add(new FieldProblem(at + ".days", "problem.noDays"));
            }
        }
        for (int i = 0; i < home.respectRules().size(); i++) {
            text(problems, "respectRules[" + i + "].text", home.respectRules().get(i), true);
        }
        if (home.timeOut() != null) {
            timeOut(problems, home.timeOut(), household, rooms);
        }
        for (int i = 0; i < home.timeOutUses().size(); i++) {
            HomeDraft.TimeOutUseItem use = home.timeOutUses().get(i);
            String at = "timeOutUses[" + i + "]";
            if (use.usedAt() == null) {
                problems.add(new FieldProblem(at + ".usedAt", "problem.required"));
            }
            if (use.calledByKey() != null) {
                person(problems, at + ".calledBy", use.calledByKey(), household);
            }
            text(problems, at + ".note", use.note(), false);
        }
        return problems.stream().distinct().toList();
    }

    private static void timeOut(List<FieldProblem> problems, HomeDraft.TimeOutItem timeOut, Set<String> household,
                                Set<String> rooms) {
        String at = "timeOut";
        line(problems, at + ".signal", timeOut.signal(), false);
        line(problems, at + ".acknowledgement", timeOut.acknowledgement(), false);
        line(problems, at + ".whoMayCall", timeOut.whoMayCall(), false);
        if (timeOut.maxMinutes() == null) {
            problems.add(new FieldProblem(at + ".maxMinutes", "problem.maxMinutesRequired"));
        } else if (timeOut.maxMinutes() < 1 || timeOut.maxMinutes() > LONGEST_TIME_OUT) {
            problems.add(new FieldProblem(at + ".maxMinutes", "problem.timeOutLength"));
        }
        if (timeOut.minMinutes() != null) {
            if (timeOut.minMinutes() < 1 || timeOut.minMinutes() > LONGEST_TIME_OUT) {
                problems.add(new FieldProblem(at + ".minMinutes", "problem.timeOutLength"));
            } else if (timeOut.maxMinutes() != null && timeOut.minMinutes() > timeOut.maxMinutes()) {
                problems.add(new FieldProblem(at + ".minMinutes", "problem.minAboveMax"));
            }
        }
        if (TextRules.orNull(timeOut.comingBack()) == null) {
            problems.add(new FieldProblem(at + ".comingBack", "problem.returnRequired"));
        } else {
            text(problems, at + ".comingBack", timeOut.comingBack(), true);
        }
        if (timeOut.childrenCaredByKey() != null) {
            person(problems, at + ".childrenCaredBy", timeOut.childrenCaredByKey(), household);
        }
        if (timeOut.responsibleAdultKey() != null) {
            person(problems, at + ".responsibleAdult", timeOut.responsibleAdultKey(), household);
        }
        text(problems, at + ".whenItFails", timeOut.whenItFails(), false);
        text(problems, at + ".purpose", timeOut.purpose(), false);
        Set<String> placed = new HashSet<>();
        for (int i = 0; i < timeOut.places().size(); i++) {
            HomeDraft.TimeOutPlaceItem place = timeOut.places().get(i);
            String placeAt = at + ".places[" + i + "]";
            person(problems, placeAt + ".person", place.personKey(), household);
            if (place.personKey() != null && !placed.add(place.personKey())) {
                problems.add(new FieldProblem(placeAt + ".person", "problem.personTwice"));
            }
            room(problems, placeAt + ".room", place.roomKey(), rooms, false);
            text(problems, placeAt + ".calmingActivity", place.calmingActivity(), false);
            text(problems, placeAt + ".earlyCues", place.earlyCues(), false);
        }
    }

    /**
     * The conflicts between the agreements, each explained at every agreement it concerns: private times
     * ({@code privateTimes[i]}), timed activities ({@code activities[i]}), where people go in a time-out
     * ({@code timeOut.places[i]}) and, for someone with no private time, the private times as a whole.
     */
    public static List<HomeDraft.Conflict> conflicts(HomeDraft home) {
        Map<String, String> names = new HashMap<>();
        List<HomeSchedule.Member> people = new ArrayList<>();
        for (HomeDraft.HouseholdRef person : home.household()) {
            names.put(person.key(), person.name());
            people.add(new HomeSchedule.Member(person.key(), person.role() == HouseholdRole.CHILD));
        }
        List<HomeSchedule.Place> places = new ArrayList<>();
        for (HomeDraft.RoomItem room : home.rooms()) {
            names.put(room.key(), room.name() == null ? "" : room.name());
            places.add(new HomeSchedule.Place(room.key(), room.childAloneAllowed()));
        }
        List<HomeSchedule.Slot> slots = new ArrayList<>();
        for (int i = 0; i < home.privateTimes().size(); i++) {
            HomeDraft.PrivateTimeItem time = home.privateTimes().get(i);
            if (time.personKey() != null && time.roomKey() != null && time.start() != null && time.end() != null) {
                slots.add(new HomeSchedule.Slot("privateTimes[" + i + "]", time.personKey(), time.roomKey(),
                        time.days(), time.start(), time.end(), true));
            }
        }
        for (int i = 0; i < home.activities().size(); i++) {
            HomeDraft.ActivityItem activity = home.activities().get(i);
            String where = activity.roomKey() != null ? activity.roomKey()
                    : activity.place() != null ? "place:" + PlanRules.comparable(activity.place()) : null;
            if (activity.personKey() != null && where != null && activity.start() != null && activity.end() != null) {
                slots.add(new HomeSchedule.Slot("activities[" + i + "]", activity.personKey(), where,
                        activity.days(), activity.start(), activity.end(), false));
                if (activity.place() != null && activity.roomKey() == null) {
                    names.put(where, activity.place());
                }
            }
        }
        List<HomeSchedule.Stay> stays = new ArrayList<>();
        if (home.timeOut() != null) {
            for (int i = 0; i < home.timeOut().places().size(); i++) {
                HomeDraft.TimeOutPlaceItem place = home.timeOut().places().get(i);
                if (place.personKey() != null) {
                    stays.add(new HomeSchedule.Stay("timeOut.places[" + i + "]", place.personKey(),
                            place.roomKey()));
                }
            }
        }
        Map<String, String> whoIn = new HashMap<>();
        Map<String, String> whereIn = new HashMap<>();
        slots.forEach(s -> {
            whoIn.put(s.key(), s.person());
            whereIn.put(s.key(), s.place());
        });
        stays.forEach(s -> {
            whoIn.put(s.key(), s.person());
            whereIn.put(s.key(), s.place());
        });
        List<HomeDraft.Conflict> notes = new ArrayList<>();
        for (HomeSchedule.Conflict c : HomeSchedule.conflicts(people, places, slots, stays,
                home.timeOut() == null ? null : home.timeOut().childrenCaredByKey())) {
            String first = c.first();
            String second = c.second();
            switch (c.kind()) {
                case SHARED_PLACE -> {
                    List<String> args = List.of(names.get(whoIn.get(first)), names.get(whoIn.get(second)),
                            names.getOrDefault(whereIn.get(first), ""));
                    notes.add(new HomeDraft.Conflict(first, "home.conflict.sharedPlace", args, c.at()));
                    notes.add(new HomeDraft.Conflict(second, "home.conflict.sharedPlace", args, c.at()));
                }
                case TWO_PLACES -> {
                    List<String> args = List.of(names.get(whoIn.get(first)),
                            names.getOrDefault(whereIn.get(first), ""), names.getOrDefault(whereIn.get(second), ""));
                    notes.add(new HomeDraft.Conflict(first, "home.conflict.twoPlaces", args, c.at()));
                    notes.add(new HomeDraft.Conflict(second, "home.conflict.twoPlaces", args, c.at()));
                }
                case TIME_OUT_SAME_PLACE -> {
                    List<String> args = List.of(names.get(whoIn.get(first)), names.get(whoIn.get(second)),
                            names.getOrDefault(whereIn.get(first), ""));
                    notes.add(new HomeDraft.Conflict(first, "home.conflict.timeOutSamePlace", args, -1));
                    notes.add(new HomeDraft.Conflict(second, "home.conflict.timeOutSamePlace", args, -1));
                }
                case TIME_OUT_IN_PRIVATE_SPACE -> {
                    List<String> args = List.of(names.get(whoIn.get(first)),
                            names.getOrDefault(whereIn.get(first), ""), names.get(whoIn.get(second)));
                    notes.add(new HomeDraft.Conflict(first, "home.conflict.timeOutInPrivateSpace", args, c.at()));
                    notes.add(new HomeDraft.Conflict(second, "home.conflict.timeOutInPrivateSpace", args, c.at()));
                }
                case CHILD_ALONE -> notes.add(new HomeDraft.Conflict(first, "home.conflict.childAlone",
                        List.of(names.get(whoIn.get(first)), names.getOrDefault(whereIn.get(first), "")), -1));
                case NO_PRIVATE_TIME -> notes.add(new HomeDraft.Conflict("privateTimes",
                        "home.conflict.noPrivateTime", List.of(names.get(first)), -1));
                default -> throw new IllegalStateException();
            }
        }
        return notes;
    }

    private static void person(List<FieldProblem> problems, String field, String key, Set<String> household) {
        if (key == null || !household.contains(key)) {
            problems.add(new FieldProblem(field, key == null ? "problem.required" : "problem.unknownPerson"));
        }
    }

    private static void room(List<FieldProblem> problems, String field, String key, Set<String> rooms,
                             boolean required) {
        if (key == null) {
            if (required) {
                problems.add(new FieldProblem(field, "problem.required"));
            }
        } else if (!rooms.contains(key)) {
            problems.add(new FieldProblem(field, "problem.unknownRoom"));
        }
    }

    private static void line(List<FieldProblem> problems, String field, String value, boolean required) {
        add(problems, field, TextRules.checkLine(value, required, TextRules.MAX_CHARACTERS));
    }

    private static void text(List<FieldProblem> problems, String field, String value, boolean required) {
        add(problems, field, TextRules.check(value, required, TextRules.MAX_CHARACTERS));
    }

    private static void add(List<FieldProblem> problems, String field, Optional<TextRules.Problem> problem) {
        problem.ifPresent(p -> problems.add(FieldProblem.of(field, p)));
    }
}
