package org.hearth.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * A room is one person's own at agreed times: "Tuesday and Thursday 19:00-20:00 the bedroom is Mum's, for yoga".
 * An end before the start means the time runs past midnight into the next day.
 */
@Entity
@Table(name = "private_time")
@Audited
public class PrivateTime extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private HomeAgreement agreement;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @ElementCollection
    @CollectionTable(name = "private_time_day", joinColumns = @JoinColumn(name = "private_time_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private Set<DayOfWeek> days = new HashSet<>();

    @Column(name = "start_time", nullable = false)
    private LocalTime start = LocalTime.of(19, 0);

    @Column(name = "end_time", nullable = false)
    private LocalTime end = LocalTime.of(20, 0);

    @Column(length = TextRules.TEXT_UNITS)
    private String activity;

    protected PrivateTime() {
    }

    PrivateTime(HomeAgreement agreement, Person person, Room room) {
        this.agreement = agreement;
        this.person = person;
        this.room = room;
    }

    public HomeAgreement getAgreement() {
        return agreement;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public void setDays(Set<DayOfWeek> days) {
        this.days.clear();
        this.days.addAll(days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : days);
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setTimes(LocalTime start, LocalTime end) {
        if (start.equals(end)) {
            throw new IllegalArgumentException("A private time must not start and end at the same moment");
        }
        this.start = start;
        this.end = end;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }
}
