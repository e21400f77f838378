package org.hearth.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

/**
 * A way for a household member to say that things are going wrong: a code word, an ordinary question with an
 * agreed answer, an emoji or short text, or an agreed object or gesture.
 */
@Entity
@Table(name = "signal")
@Audited
public class Signal extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private SignalKind kind;

    /** The code word, the question, the emoji or text, or the object or gesture. */
    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String word;

    /** The agreed answer to the question, for a question-with-answer signal. */
    @Column(length = TextRules.TEXT_UNITS)
    private String answer;

    /** What the signal means, e.g. "call me now", "come by with an excuse", "call the police". */
    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String meaning;

    @ElementCollection
    @CollectionTable(name = "signal_channel", joinColumns = @JoinColumn(name = "signal_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Set<Channel> channels = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "signal_sender", joinColumns = @JoinColumn(name = "signal_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> senders = new HashSet<>();

    @OneToMany(mappedBy = "signal", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SignalResponse> responses = new ArrayList<>();

    /** Household members who must never see this signal on anything made for them. */
    @ManyToMany
    @JoinTable(name = "signal_confidential_from", joinColumns = @JoinColumn(name = "signal_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> confidentialFrom = new HashSet<>();

    protected Signal() {
    }

    Signal(SafetyPlan plan, SignalKind kind, String word, String meaning) {
        this.plan = plan;
        this.kind = kind;
        this.word = word;
        this.meaning = meaning;
    }

    public SignalResponse addResponse(NetworkMember receiver, String steps) {
        SignalResponse response = new SignalResponse(this, receiver, steps);
        responses.add(response);
        return response;
    }

    public SafetyPlan getPlan() {
        return plan;
    }

    public SignalKind getKind() {
        return kind;
    }

    public void setKind(SignalKind kind) {
        this.kind = kind;
    }

    public String getWord() {
        return word;
    }

    public void setWord(String word) {
        this.word = word;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getMeaning() {
        return meaning;
    }

    public void setMeaning(String meaning) {
        this.meaning = meaning;
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public Set<Person> getSenders() {
        return senders;
    }

    public List<SignalResponse> getResponses() {
        return responses;
    }

    public Set<Person> getConfidentialFrom() {
        return confidentialFrom;
    }
}
