package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A network member keeps in touch with a household member: how often, how, and under which cover. */
@Entity
@Table(name = "check_in_agreement")
@Audited
public class CheckInAgreement extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private NetworkMember member;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ContactFrequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    /** The ordinary reason given for the contact, e.g. "homework support". */
    @Column(name = "cover_story", length = TextRules.TEXT_UNITS)
    private String coverStory;

    protected CheckInAgreement() {
    }

    CheckInAgreement(SafetyPlan plan, NetworkMember member, Person person, ContactFrequency frequency) {
        this.plan = plan;
        this.member = member;
        this.person = person;
        this.frequency = frequency;
    }

    public SafetyPlan getPlan() {
        return plan;
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

    public ContactFrequency getFrequency() {
        return frequency;
    }

    public void setFrequency(ContactFrequency frequency) {
        this.frequency = frequency;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getCoverStory() {
        return coverStory;
    }

    public void setCoverStory(String coverStory) {
        this.coverStory = coverStory;
    }
}
