package org.hearth.report;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * The fridge sheet is not made while two private times clash: one person's time in a room overlaps another's in
 * the same room, or one person has two private times at once. Says which (names and rooms are data, for the
 * worker's screen only; the message itself names no one, so it may be logged).
 */
public final class PrivateTimesClash extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient String firstPerson;
    private final transient String firstRoom;
    private final transient String secondPerson;
    private final transient String secondRoom;
    private final DayOfWeek day;
    private final LocalTime at;

    PrivateTimesClash(String firstPerson, String firstRoom, String secondPerson, String secondRoom, DayOfWeek day,
                      LocalTime at) {
        super("Two private times clash; the fridge sheet is not made");
        this.firstPerson = firstPerson;
        this.firstRoom = firstRoom;
        this.secondPerson = secondPerson;
        this.secondRoom = secondRoom;
        this.day = day;
        this.at = at;
    }

    public String firstPerson() {
        return firstPerson;
    }

    public String firstRoom() {
        return firstRoom;
    }

    public String secondPerson() {
        return secondPerson;
    }

    public String secondRoom() {
        return secondRoom;
    }

    /** The first day and time of the week when they clash. */
    public DayOfWeek day() {
        return day;
    }

    public LocalTime at() {
        return at;
    }
}
