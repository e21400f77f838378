package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** Someone living in the home. */
@Entity
@Table(name = "person")
@Audited
public class Person extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false)
    private Family family;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HouseholdRole role;

    @Column(name = "birth_year")
    private Integer birthYear;

    @Column(length = TextRules.TEXT_UNITS)
    private String phone;

    /** The languages this person speaks, as the worker wrote them. */
    @Column(length = TextRules.TEXT_UNITS)
    private String languages;

    @Column(length = TextRules.TEXT_UNITS)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_role", nullable = false, length = 20)
    private RiskRole riskRole = RiskRole.NOT_KNOWN;

    /** The index of this person's colour, kept the same on every screen and handout. */
    @Column(nullable = false)
    private int colour;

    protected Person() {
    }

    Person(Family family, String name, HouseholdRole role) {
        this.family = family;
        this.name = name;
        this.role = role;
        this.colour = family.getHousehold().size();
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

    public HouseholdRole getRole() {
        return role;
    }

    public void setRole(HouseholdRole role) {
        this.role = role;
    }

    public Integer getBirthYear() {
        return birthYear;
    }

    public void setBirthYear(Integer birthYear) {
        this.birthYear = birthYear;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLanguages() {
        return languages;
    }

    public void setLanguages(String languages) {
        this.languages = languages;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public RiskRole getRiskRole() {
        return riskRole;
    }

    public void setRiskRole(RiskRole riskRole) {
        this.riskRole = riskRole;
    }

    public int getColour() {
        return colour;
    }

    public void setColour(int colour) {
        this.colour = colour;
    }
}
