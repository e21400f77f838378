package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A number to call: the emergency number, a helpline, the worker, another professional. */
@Entity
@Table(name = "emergency_contact")
@Audited
public class EmergencyContact extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EmergencyContactKind kind;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String name;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String number;

    @Column(length = TextRules.TEXT_UNITS)
    private String note;

    protected EmergencyContact() {
    }

    EmergencyContact(SafetyPlan plan, EmergencyContactKind kind, String name, String number) {
        this.plan = plan;
        this.kind = kind;
        this.name = name;
        this.number = number;
    }

    public SafetyPlan getPlan() {
        return plan;
    }

    public EmergencyContactKind getKind() {
        return kind;
    }

    public void setKind(EmergencyContactKind kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
