package org.hearth.service;

import static org.hearth.service.CaseFileRules.line;
import static org.hearth.service.CaseFileRules.text;

/** The rules for the home agreements of a case file; see {@link CaseFileRules}. */
final class CaseFileHomeRules {

    private static final String AT = "/homeAgreement";

    private final CaseFileRules rules;

    CaseFileHomeRules(CaseFileRules rules) {
        this.rules = rules;
    }

    void check(CaseFileV1.Home home) throws CaseFileException {
        for (int i = 0; i < home.rooms().size(); i++) {
            CaseFileV1.Room room = home.rooms().get(i);
            rules.defineRoom(AT + "/rooms/" + i + "/id", room.id());
            line(AT + "/rooms/" + i + "/name", room.name(), true);
        }
        for (int i = 0; i < home.privateTimes().size(); i++) {
            privateTime(AT + "/privateTimes/" + i, home.privateTimes().get(i));
        }
        for (int i = 0; i < home.activities().size(); i++) {
            CaseFileV1.Activity activity = home.activities().get(i);
            String at = AT + "/activities/" + i;
            rules.person(activity.person(), at + "/person");
            text(at + "/what", activity.what(), true);
            rules.room(activity.room(), at + "/room");
            text(at + "/place", activity.place(), false);
        }
        for (int i = 0; i < home.respectRules().size(); i++) {
            text(AT + "/respectRules/" + i + "/text", home.respectRules().get(i).text(), true);
        }
        if (home.timeOut() != null) {
            timeOut(AT + "/timeOut", home.timeOut());
        }
        for (int i = 0; i < home.timeOutUses().size(); i++) {
            CaseFileV1.TimeOutUse use = home.timeOutUses().get(i);
            rules.optionalPerson(use.calledBy(), AT + "/timeOutUses/" + i + "/calledBy");
            text(AT + "/timeOutUses/" + i + "/note", use.note(), false);
        }
    }

    private void privateTime(String at, CaseFileV1.PrivateTime time) throws CaseFileException {
        rules.person(time.person(), at + "/person");
        if (time.room() == null) {
            throw new CaseFileException(at + "/room", "is required but missing: add it.");
        }
        rules.room(time.room(), at + "/room");
        if (time.start().equals(time.end())) {
            throw new CaseFileException(at + "/end", "a private time must not start and end at the same moment: "
                    + "change the end.");
        }
        text(at + "/activity", time.activity(), false);
    }

    private void timeOut(String at, CaseFileV1.TimeOut timeOut) throws CaseFileException {
        text(at + "/signal", timeOut.signal(), false);
        text(at + "/acknowledgement", timeOut.acknowledgement(), false);
        text(at + "/whoMayCall", timeOut.whoMayCall(), false);
        if (timeOut.minMinutes() != null && timeOut.maxMinutes() != null
                && timeOut.minMinutes() > timeOut.maxMinutes()) {
            throw new CaseFileException(at + "/maxMinutes", "is shorter than minMinutes: the longest time-out "
                    + "cannot be shorter than the shortest. Correct one of them.");
        }
        rules.optionalPerson(timeOut.childrenCaredBy(), at + "/childrenCaredBy");
        text(at + "/comingBack", timeOut.comingBack(), false);
        rules.optionalPerson(timeOut.responsibleAdult(), at + "/responsibleAdult");
        text(at + "/whenItFails", timeOut.whenItFails(), false);
        text(at + "/purpose", timeOut.purpose(), false);
        for (int i = 0; i < timeOut.places().size(); i++) {
            CaseFileV1.TimeOutPlace place = timeOut.places().get(i);
            String placeAt = at + "/places/" + i;
            rules.person(place.person(), placeAt + "/person");
            rules.room(place.room(), placeAt + "/room");
            text(placeAt + "/calmingActivity", place.calmingActivity(), false);
            text(placeAt + "/earlyCues", place.earlyCues(), false);
        }
    }
}
