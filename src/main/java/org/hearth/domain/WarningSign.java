package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A sign of rising tension, in the family's own words. */
@Entity
@Table(name = "warning_sign")
@Audited
public class WarningSign extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    /** Whose sign this is, if it belongs to one person. */
    @ManyToOne
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String text;

    protected WarningSign() {
    }

    WarningSign(SafetyPlan plan, Person person, String text) {
        this.plan = plan;
        this.person = person;
        this.text = text;
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

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
