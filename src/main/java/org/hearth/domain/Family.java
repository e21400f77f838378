package org.hearth.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A case: one family the worker supports, with its household and the people around it. */
@Entity
@Table(name = "family")
@Audited
public class Family extends Entry {

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = TextRules.REFERENCE_UNITS)
    private String reference;

    @Column(name = "display_name", nullable = false, length = TextRules.TEXT_UNITS)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CaseStatus status = CaseStatus.OPEN;

    @Column(name = "responsible_worker", length = TextRules.TEXT_UNITS)
    private String responsibleWorker;

    @Column(name = "created_on", nullable = false)
    private LocalDate createdOn;

    @Column(name = "next_review")
    private LocalDate nextReview;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** The family's language (an ISO 639 code), the default for its handouts. */
    @Column(length = 20)
    private String language;

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<Person> household = new ArrayList<>();

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<NetworkMember> network = new ArrayList<>();

    @OneToMany(mappedBy = "family", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ContactLink> contactLinks = new ArrayList<>();

    protected Family() {
    }

    public Family(String reference, String displayName, LocalDate createdOn) {
        this.reference = reference;
        this.displayName = displayName;
        this.createdOn = createdOn;
    }

    public Person addPerson(String name, HouseholdRole role) {
        Person person = new Person(this, name, role);
        household.add(person);
        return person;
    }

    public NetworkMember addNetworkMember(String name, RelationKind kind, Closeness closeness) {
        NetworkMember member = new NetworkMember(this, name, kind, closeness);
        network.add(member);
        return member;
    }

    public ContactLink addContactLink(Person person, NetworkMember member) {
        ContactLink link = new ContactLink(this, person, member);
        contactLinks.add(link);
        return link;
    }

    public long getVersion() {
        return version;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void close(LocalDate on) {
        status = CaseStatus.CLOSED;
        closedOn = on;
    }

    public void reopen() {
        status = CaseStatus.OPEN;
        closedOn = null;
    }

    public String getResponsibleWorker() {
        return responsibleWorker;
    }

    public void setResponsibleWorker(String responsibleWorker) {
        this.responsibleWorker = responsibleWorker;
    }

    public LocalDate getCreatedOn() {
        return createdOn;
    }

    public LocalDate getNextReview() {
        return nextReview;
    }

    public void setNextReview(LocalDate nextReview) {
        this.nextReview = nextReview;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public List<Person> getHousehold() {
        return household;
    }

    public List<NetworkMember> getNetwork() {
        return network;
    }

    public List<ContactLink> getContactLinks() {
        return contactLinks;
    }
}
