package org.hearth.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/**
 * The family's time-out when tension rises: the signal, where everyone goes, for how long, how they come back
 * together and which adult carries the responsibility. Never a punishment: the purpose is written in the
 * family's own words, and a maximum duration and a fixed return are required.
 */
@Entity
@Table(name = "time_out_rule")
@Audited
public class TimeOutRule extends Entry {

    @OneToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false, unique = true)
    private HomeAgreement agreement;

    /** The agreed time-out word or gesture. */
    @Column(name = "signal_text", length = TextRules.TEXT_UNITS)
    private String signal;

    /** How the others acknowledge the time-out. */
    @Column(length = TextRules.TEXT_UNITS)
    private String acknowledgement;

    /** Who may call a time-out (anyone, unless the family agreed otherwise). */
    @Column(name = "who_may_call", length = TextRules.TEXT_UNITS)
    private String whoMayCall;

    @Column(name = "min_minutes")
    private Integer minMinutes;

    @Column(name = "max_minutes")
    private Integer maxMinutes;

    @ManyToOne
    @JoinColumn(name = "children_cared_by_id")
    private Person childrenCaredBy;

    /** How and when the family comes back together. */
    @Column(name = "coming_back", length = TextRules.TEXT_UNITS)
    private String comingBack;

    @ManyToOne
    @JoinColumn(name = "responsible_adult_id")
    private Person responsibleAdult;

    /** What to do when the time-out does not work (e.g. use a signal from the safety plan). */
    @Column(name = "when_it_fails", length = TextRules.TEXT_UNITS)
    private String whenItFails;

    /** In the family's words: a time-out is a pause, never a punishment or a way to control someone. */
    @Column(length = TextRules.TEXT_UNITS)
    private String purpose;

    @OneToMany(mappedBy = "rule", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<TimeOutPlace> places = new ArrayList<>();

    protected TimeOutRule() {
    }

    TimeOutRule(HomeAgreement agreement) {
        this.agreement = agreement;
    }

    public TimeOutPlace addPlace(Person person) {
        TimeOutPlace place = new TimeOutPlace(this, person);
        places.add(place);
        return place;
    }

    public HomeAgreement getAgreement() {
        return agreement;
    }

    public String getSignal() {
        return signal;
    }

    public void setSignal(String signal) {
        this.signal = signal;
    }

    public String getAcknowledgement() {
        return acknowledgement;
    }

    public void setAcknowledgement(String acknowledgement) {
        this.acknowledgement = acknowledgement;
    }

    public String getWhoMayCall() {
        return whoMayCall;
    }

    public void setWhoMayCall(String whoMayCall) {
        this.whoMayCall = whoMayCall;
    }

    public Integer getMinMinutes() {
        return minMinutes;
    }

    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    public void setDuration(Integer minMinutes, Integer maxMinutes) {
        this.minMinutes = minMinutes;
        this.maxMinutes = maxMinutes;
    }

    public Person getChildrenCaredBy() {
        return childrenCaredBy;
    }

    public void setChildrenCaredBy(Person childrenCaredBy) {
        this.childrenCaredBy = childrenCaredBy;
    }

    public String getComingBack() {
        return comingBack;
    }

    public void setComingBack(String comingBack) {
        this.comingBack = comingBack;
    }

    public Person getResponsibleAdult() {
        return responsibleAdult;
    }

    public void setResponsibleAdult(Person responsibleAdult) {
        this.responsibleAdult = responsibleAdult;
    }

    public String getWhenItFails() {
        return whenItFails;
    }

    public void setWhenItFails(String whenItFails) {
        this.whenItFails = whenItFails;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public List<TimeOutPlace> getPlaces() {
        return places;
    }
}
