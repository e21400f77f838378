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
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;

/** Someone around the family: a neighbour, relative, friend, teacher, peer or professional. */
@Entity
@Table(name = "network_member")
@Audited
public class NetworkMember extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false)
    private Family family;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String name;

    /** The relation in the family's words, e.g. "aunt", "neighbour at no. 12". */
    @Column(length = TextRules.TEXT_UNITS)
    private String relation;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RelationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Closeness closeness;

    @Column(length = TextRules.TEXT_UNITS)
    private String phone;

    @Column(length = TextRules.TEXT_UNITS)
    private String email;

    @ElementCollection
    @CollectionTable(name = "network_member_channel", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Set<Channel> channels = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "network_member_role", joinColumns = @JoinColumn(name = "member_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<NetworkRole> roles = new HashSet<>();

    /** This person must not learn of the plan or the signals. */
    @Column(name = "must_not_know", nullable = false)
    private boolean mustNotKnow;

    @Column(name = "consent_given", nullable = false)
    private boolean consentGiven;

    @Column(name = "consent_on")
    private LocalDate consentOn;

    /** What this person agreed to receive, in the worker's words. */
    @Column(name = "consent_scope", length = TextRules.TEXT_UNITS)
    private String consentScope;

    @Column(length = TextRules.TEXT_UNITS)
    private String notes;

    @Column(length = 20)
    private String language;

    @Column(name = "map_x")
    private Double mapX;

    @Column(name = "map_y")
    private Double mapY;

    protected NetworkMember() {
    }

    NetworkMember(Family family, String name, RelationKind kind, Closeness closeness) {
        this.family = family;
        this.name = name;
        this.kind = kind;
        this.closeness = closeness;
    }

    public Family getFamily() {
        return family;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRelation() {
        return relation;
    }

    public void setRelation(String relation) {
        this.relation = relation;
    }

    public RelationKind getKind() {
        return kind;
    }

    public void setKind(RelationKind kind) {
        this.kind = kind;
    }

    public Closeness getCloseness() {
        return closeness;
    }

    public void setCloseness(Closeness closeness) {
        this.closeness = closeness;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Channel> getChannels() {
        return channels;
    }

    public Set<NetworkRole> getRoles() {
        return roles;
    }

    /** Gives a role; a person who must not know, or who has not agreed to take part, cannot have one. */
    public void giveRole(NetworkRole role) {
        if (mustNotKnow) {
            throw new IllegalStateException("A person who must not know cannot have a role in the plan");
        }
        if (!consentGiven) {
            throw new IllegalStateException("A person who has not agreed to take part cannot have a role");
        }
        roles.add(role);
    }

    public void takeRole(NetworkRole role) {
        roles.remove(role);
    }

    public boolean isMustNotKnow() {
        return mustNotKnow;
    }

    /** Marking someone must-not-know takes every role away from them. */
    public void setMustNotKnow(boolean mustNotKnow) {
        this.mustNotKnow = mustNotKnow;
        if (mustNotKnow) {
            roles.clear();
        }
    }

    public boolean isConsentGiven() {
        return consentGiven;
    }

    public LocalDate getConsentOn() {
        return consentOn;
    }

    public String getConsentScope() {
        return consentScope;
    }

    public void recordConsent(LocalDate on, String scope) {
        this.consentGiven = true;
        this.consentOn = on;
        this.consentScope = scope;
    }

    public void withdrawConsent() {
        this.consentGiven = false;
        this.consentOn = null;
        this.consentScope = null;
        this.roles.clear();
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public Double getMapX() {
        return mapX;
    }

    public Double getMapY() {
        return mapY;
    }

    public void placeOnMap(Double x, Double y) {
        this.mapX = x;
        this.mapY = y;
    }

}
