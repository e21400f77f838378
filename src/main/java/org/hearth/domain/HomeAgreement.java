package org.hearth.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** How a family gives each other space at home: rooms, private times, activities, respect rules, time-out. */
@Entity
@Table(name = "home_agreement")
@Audited
public class HomeAgreement extends Entry {

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false, unique = true)
    private Family family;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Room> rooms = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PrivateTime> privateTimes = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ActivityAgreement> activities = new ArrayList<>();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RespectRule> respectRules = new ArrayList<>();

    @OneToOne(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    private TimeOutRule timeOut;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TimeOutUse> timeOutUses = new ArrayList<>();

    protected HomeAgreement() {
    }

    public HomeAgreement(Family family) {
        this.family = family;
    }

    public Room addRoom(String name) {
        Room room = new Room(this, name);
        rooms.add(room);
        return room;
    }

    public PrivateTime addPrivateTime(Person person, Room room) {
        PrivateTime time = new PrivateTime(this, person, room);
        privateTimes.add(time);
        return time;
    }

    public ActivityAgreement addActivity(Person person, String what) {
        ActivityAgreement activity = new ActivityAgreement(this, person, what);
        activities.add(activity);
        return activity;
    }

    public RespectRule addRespectRule(String text) {
        RespectRule rule = new RespectRule(this, text);
        respectRules.add(rule);
        return rule;
    }

    /** The family's time-out rule, made when first asked for. */
    public TimeOutRule timeOut() {
        if (timeOut == null) {
            timeOut = new TimeOutRule(this);
        }
        return timeOut;
    }

    public TimeOutUse logTimeOutUse(java.time.LocalDateTime at, Person calledBy) {
        TimeOutUse use = new TimeOutUse(this, at, calledBy);
        timeOutUses.add(use);
        return use;
    }

    public long getVersion() {
        return version;
    }

    public Family getFamily() {
        return family;
    }

    public List<Room> getRooms() {
        return rooms;
    }

    public List<PrivateTime> getPrivateTimes() {
        return privateTimes;
    }

    public List<ActivityAgreement> getActivities() {
        return activities;
    }

    public List<RespectRule> getRespectRules() {
        return respectRules;
    }

    public TimeOutRule getTimeOut() {
        return timeOut;
    }

    public List<TimeOutUse> getTimeOutUses() {
        return timeOutUses;
    }
}
