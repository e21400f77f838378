package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** During a time-out: where one person goes, what they do there to calm down, and their early cues. */
@Entity
@Table(name = "time_out_place")
@Audited
public class TimeOutPlace extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "rule_id", nullable = false)
    private TimeOutRule rule;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne
    @JoinColumn(name = "room_id")
    private Room room;

    /** What this person does to calm down (no alcohol, no driving). */
    @Column(name = "calming_activity", length = TextRules.TEXT_UNITS)
    private String calmingActivity;

    /** This person's early cues of rising tension, in their own words. */
    @Column(name = "early_cues", length = TextRules.TEXT_UNITS)
    private String earlyCues;

    protected TimeOutPlace() {
    }

    TimeOutPlace(TimeOutRule rule, Person person) {
        this.rule = rule;
        this.person = person;
    }

    public TimeOutRule getRule() {
        return rule;
    }

    public Person getPerson() {
        return person;
    }

    public Room getRoom() {
        return room;
    }

    public void setRoom(Room room) {
        this.room = room;
    }

    public String getCalmingActivity() {
        return calmingActivity;
    }

    public void setCalmingActivity(String calmingActivity) {
        this.calmingActivity = calmingActivity;
    }

    public String getEarlyCues() {
        return earlyCues;
    }

    public void setEarlyCues(String earlyCues) {
        this.earlyCues = earlyCues;
    }
}
