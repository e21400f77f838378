package org.hearth.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;

/** Where to go when it is not safe at home, how to get there, who is there and what to take. */
@Entity
@Table(name = "safe_place")
@Audited
public class SafePlace extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String name;

    @Column(length = TextRules.TEXT_UNITS)
    private String address;

    @Column(name = "how_to_get_there", length = TextRules.TEXT_UNITS)
    private String howToGetThere;

    @Column(name = "who_is_there", length = TextRules.TEXT_UNITS)
    private String whoIsThere;

    @ElementCollection
    @CollectionTable(name = "safe_place_thing", joinColumns = @JoinColumn(name = "place_id"))
    @OrderColumn(name = "position")
    private List<ThingToTake> thingsToTake = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "safe_place_confidential_from", joinColumns = @JoinColumn(name = "place_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> confidentialFrom = new HashSet<>();

    protected SafePlace() {
    }

    SafePlace(SafetyPlan plan, String name) {
        this.plan = plan;
        this.name = name;
    }

    public SafetyPlan getPlan() {
        return plan;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getHowToGetThere() {
        return howToGetThere;
    }

    public void setHowToGetThere(String howToGetThere) {
        this.howToGetThere = howToGetThere;
    }

    public String getWhoIsThere() {
        return whoIsThere;
    }

    public void setWhoIsThere(String whoIsThere) {
        this.whoIsThere = whoIsThere;
    }

    public List<ThingToTake> getThingsToTake() {
        return thingsToTake;
    }

    public Set<Person> getConfidentialFrom() {
        return confidentialFrom;
    }
}
