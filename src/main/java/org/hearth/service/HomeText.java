package org.hearth.service;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.Person;
import org.hearth.domain.Room;
import org.hearth.domain.TimeOutRule;

/**
 * A saved version of the home agreements as lines of text, one fact per line in a fixed order, so two versions
 * can be compared side by side (like {@link PlanText}; the labels are plain English for the worker).
 */
final class HomeText {

    private HomeText() {
    }

    static String of(HomeAgreement home) {
        List<String> lines = new ArrayList<>();
        home.getRooms().stream().sorted(Comparator.comparing(r -> r.getId())).forEach(r -> lines.add("Room: "
                + one(r.getName()) + (r.isOutside() ? " (outside)" : "")
                + (r.isChildAloneAllowed() ? "" : " (no child alone)")));
        home.getPrivateTimes().stream().sorted(Comparator.comparing(t -> t.getId())).forEach(t -> lines.add(
                "Private time: " + name(t.getPerson()) + " in " + room(t.getRoom()) + ", " + days(t.getDays()) + " "
                        + t.getStart() + "-" + t.getEnd()
                        + (t.getActivity() == null ? "" : ", " + one(t.getActivity()))));
        home.getActivities().stream().sorted(Comparator.comparing(a -> a.getId())).forEach(a -> lines.add(
                "Activity: " + name(a.getPerson()) + ": " + one(a.getWhat())
                        + (a.getStart() == null ? "" : ", " + days(a.getDays()) + " " + a.getStart() + "-" + a.getEnd())
                        + (a.getRoom() == null ? "" : ", in " + room(a.getRoom()))
                        + (a.getPlace() == null ? "" : ", at " + one(a.getPlace()))));
        home.getRespectRules().stream().sorted(Comparator.comparing(r -> r.getId())).forEach(r -> lines.add(
                "Respect rule: " + one(r.getText())));
        TimeOutRule rule = home.getTimeOut();
        if (rule != null) {
            lines.add("Time-out signal: " + one(rule.getSignal()));
            lines.add("Time-out acknowledged: " + one(rule.getAcknowledgement()));
            lines.add("Time-out may be called by: " + one(rule.getWhoMayCall()));
            lines.add("Time-out lasts: " + (rule.getMinMinutes() == null ? "-" : rule.getMinMinutes()) + " to "
                    + (rule.getMaxMinutes() == null ? "-" : rule.getMaxMinutes()) + " minutes");
            lines.add("Children looked after by: " + name(rule.getChildrenCaredBy()));
            lines.add("Coming back: " + one(rule.getComingBack()));
            lines.add("Responsible adult: " + name(rule.getResponsibleAdult()));
            lines.add("When it does not work: " + one(rule.getWhenItFails()));
            lines.add("Purpose: " + one(rule.getPurpose()));
            rule.getPlaces().stream().sorted(Comparator.comparing(p -> p.getId())).forEach(p -> lines.add(
                    "  " + name(p.getPerson()) + " goes to " + room(p.getRoom()) + ": "
                            + one(p.getCalmingActivity()) + " | early cues: " + one(p.getEarlyCues())));
        }
        home.getTimeOutUses().stream().sorted(Comparator.comparing(u -> u.getUsedAt())).forEach(u -> lines.add(
                "Time-out used: " + u.getUsedAt() + " called by " + name(u.getCalledBy()) + ", helped: "
                        + (u.getHelped() == null ? "-" : u.getHelped() ? "yes" : "no")
                        + (u.getNote() == null ? "" : ", " + one(u.getNote()))));
        return String.join("\n", lines);
    }

    private static String days(Set<DayOfWeek> days) {
        return String.join(" ", new TreeSet<>(days).stream().map(d -> d.name().substring(0, 3)).toList());
    }

    private static String name(Person person) {
        return person == null ? "-" : one(person.getName());
    }

    private static String room(Room room) {
        return room == null ? "-" : one(room.getName());
    }

    private static String one(String text) {
        return text == null ? "-" : text.replace("\r\n", " / ").replace("\n", " / ").replace("\r", " / ");
    }
}
