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
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** A separate activity that gives someone space: sports, yoga, working in another room, a walk alone. */
@Entity
@Table(name = "activity_agreement")
@Audited
public class ActivityAgreement extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private HomeAgreement agreement;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String what;

    @ElementCollection
    @CollectionTable(name = "activity_day", joinColumns = @JoinColumn(name = "activity_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "day_of_week", nullable = false, length = 10)
    private Set<DayOfWeek> days = new HashSet<>();

    @Column(name = "start_time")
    private LocalTime start;

    @Column(name = "end_time")
    private LocalTime end;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    /** Where, when it is not one of the home's rooms: "the sports club". */
    @Column(name = "place", length = TextRules.TEXT_UNITS)
    private String place;

    protected ActivityAgreement() {
    }

    ActivityAgreement(HomeAgreement agreement, Person person, String what) {
        this.agreement = agreement;
        this.person = person;
        this.what = what;
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

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public Set<DayOfWeek> getDays() {
        return days;
    }

    public LocalTime getStart() {
        return start;
    }

    public LocalTime getEnd() {
        return end;
    }

    public void setTimes(LocalTime start, LocalTime end) {
        this.start = start;
        this.end = end;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }
}
