package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalTime;
import org.hibernate.envers.Audited;

/** Two peers from a support group who contact each other every day, with their own code word. */
@Entity
@Table(name = "buddy_pair")
@Audited
public class BuddyPair extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(optional = false)
    @JoinColumn(name = "buddy_id", nullable = false)
    private NetworkMember buddy;

    @Column(name = "daily_time")
    private LocalTime dailyTime;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Channel channel;

    @Column(name = "code_word", length = TextRules.TEXT_UNITS)
    private String codeWord;

    @Column(name = "professional_name", length = TextRules.TEXT_UNITS)
    private String professionalName;

    @Column(name = "professional_phone", length = TextRules.TEXT_UNITS)
    private String professionalPhone;

    protected BuddyPair() {
    }

    BuddyPair(SafetyPlan plan, Person person, NetworkMember buddy) {
        this.plan = plan;
        this.person = person;
        this.buddy = buddy;
    }

    public SafetyPlan getPlan() {
        return plan;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public NetworkMember getBuddy() {
        return buddy;
    }

    public void setBuddy(NetworkMember buddy) {
        this.buddy = buddy;
    }

    public LocalTime getDailyTime() {
        return dailyTime;
    }

    public void setDailyTime(LocalTime dailyTime) {
        this.dailyTime = dailyTime;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getCodeWord() {
        return codeWord;
    }

    public void setCodeWord(String codeWord) {
        this.codeWord = codeWord;
    }

    public String getProfessionalName() {
        return professionalName;
    }

    public String getProfessionalPhone() {
        return professionalPhone;
    }

    public void setProfessional(String name, String phone) {
        this.professionalName = name;
        this.professionalPhone = phone;
    }
}
