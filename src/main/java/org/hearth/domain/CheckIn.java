package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/** A contact that took place and was reported to the worker: who, when, how, and what it found. */
@Entity
@Table(name = "check_in")
@Audited
public class CheckIn extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false)
    private Family family;

    @Column(name = "happened_at", nullable = false)
    private LocalDateTime happenedAt;

    @ManyToOne
    @JoinColumn(name = "member_id")
    private NetworkMember member;

    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne
    @JoinColumn(name = "agreement_id")
    private CheckInAgreement agreement;

    @ManyToOne
    @JoinColumn(name = "buddy_pair_id")
    private BuddyPair buddyPair;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CheckInOutcome outcome;

    @Column(name = "action_taken", length = TextRules.TEXT_UNITS)
    private String actionTaken;

    protected CheckIn() {
    }

    public CheckIn(Family family, LocalDateTime happenedAt, CheckInOutcome outcome) {
        this.family = family;
        this.happenedAt = happenedAt;
        this.outcome = outcome;
    }

    public Family getFamily() {
        return family;
    }

    public LocalDateTime getHappenedAt() {
        return happenedAt;
    }

    public NetworkMember getMember() {
        return member;
    }

    public void setMember(NetworkMember member) {
        this.member = member;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public CheckInAgreement getAgreement() {
        return agreement;
    }

    public void setAgreement(CheckInAgreement agreement) {
        this.agreement = agreement;
    }

    public BuddyPair getBuddyPair() {
        return buddyPair;
    }

    public void setBuddyPair(BuddyPair buddyPair) {
        this.buddyPair = buddyPair;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public CheckInOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(CheckInOutcome outcome) {
        this.outcome = outcome;
    }

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String actionTaken) {
        this.actionTaken = actionTaken;
    }
}
