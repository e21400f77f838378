package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A household member is in touch with a network member: how often, and how. */
@Entity
@Table(name = "contact_link")
@Audited
public class ContactLink extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false)
    private Family family;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private NetworkMember member;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private ContactFrequency frequency;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    protected ContactLink() {
    }

    ContactLink(Family family, Person person, NetworkMember member) {
        this.family = family;
        this.person = person;
        this.member = member;
    }

    public Family getFamily() {
        return family;
    }

    public Person getPerson() {
        return person;
    }

    public NetworkMember getMember() {
        return member;
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
}
