package org.hearth.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** The agreements that keep a family safe: signals, places, numbers, check-ins, buddies and reviews. */
@Entity
@Table(name = "safety_plan")
@Audited
public class SafetyPlan extends Entry {

    @Version
    private long version;

    @OneToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false, unique = true)
    private Family family;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status = PlanStatus.DRAFT;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "agreed_by", length = TextRules.TEXT_UNITS)
    private String agreedBy;

    /** The country whose emergency numbers the plan starts from (ISO 3166 code). */
    @Column(length = 10)
    private String country;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Signal> signals = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<RiskFactor> riskFactors = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<WarningSign> warningSigns = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SafePlace> safePlaces = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<EmergencyContact> emergencyContacts = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<CheckInAgreement> checkInAgreements = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<BuddyPair> buddyPairs = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<PlanReview> reviews = new ArrayList<>();

    protected SafetyPlan() {
    }

    public SafetyPlan(Family family, LocalDate createdOn) {
        this.family = family;
        this.createdOn = createdOn;
    }

    public Signal addSignal(SignalKind kind, String word, String meaning) {
        Signal signal = new Signal(this, kind, word, meaning);
        signals.add(signal);
        return signal;
    }

    public RiskFactor addRiskFactor(RiskFactorKind kind, String ownText) {
        RiskFactor factor = new RiskFactor(this, kind, ownText);
        riskFactors.add(factor);
        return factor;
    }

    public WarningSign addWarningSign(Person person, String text) {
        WarningSign sign = new WarningSign(this, person, text);
        warningSigns.add(sign);
        return sign;
    }

    public SafePlace addSafePlace(String name) {
        SafePlace place = new SafePlace(this, name);
        safePlaces.add(place);
        return place;
    }

    public EmergencyContact addEmergencyContact(EmergencyContactKind kind, String name, String number) {
        EmergencyContact contact = new EmergencyContact(this, kind, name, number);
        emergencyContacts.add(contact);
        return contact;
    }

    public CheckInAgreement addCheckInAgreement(NetworkMember member, Person person, ContactFrequency frequency) {
        CheckInAgreement agreement = new CheckInAgreement(this, member, person, frequency);
        checkInAgreements.add(agreement);
        return agreement;
    }

    public BuddyPair addBuddyPair(Person person, NetworkMember buddy) {
        BuddyPair pair = new BuddyPair(this, person, buddy);
        buddyPairs.add(pair);
        return pair;
    }

    public PlanReview addReview(LocalDate on) {
        PlanReview review = new PlanReview(this, on);
        reviews.add(review);
        return review;
    }

    public void markAgreed(LocalDate on, String by) {
        status = PlanStatus.AGREED;
        agreedOn = on;
        agreedBy = by;
    }

    public void markDraft() {
        status = PlanStatus.DRAFT;
        agreedOn = null;
        agreedBy = null;
    }

    public long getVersion() {
        return version;
    }

    public Family getFamily() {
        return family;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getAgreedOn() {
        return agreedOn;
    }

    public String getAgreedBy() {
        return agreedBy;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public List<Signal> getSignals() {
        return signals;
    }

    public List<RiskFactor> getRiskFactors() {
        return riskFactors;
    }

    public List<WarningSign> getWarningSigns() {
        return warningSigns;
    }

    public List<SafePlace> getSafePlaces() {
        return safePlaces;
    }

    public List<EmergencyContact> getEmergencyContacts() {
        return emergencyContacts;
    }

    public List<CheckInAgreement> getCheckInAgreements() {
        return checkInAgreements;
    }

    public List<BuddyPair> getBuddyPairs() {
        return buddyPairs;
    }

    public List<PlanReview> getReviews() {
        return reviews;
    }
}
