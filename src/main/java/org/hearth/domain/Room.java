package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A room or place of the home, named by the family: "the attic", "the balcony", "a walk outside". */
@Entity
@Table(name = "room")
@Audited
public class Room extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private HomeAgreement agreement;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String name;

    /** A place outside the home, such as a walk or the garden. */
    @Column(nullable = false)
    private boolean outside;

    /** Whether the family agreed that a young child may be here alone. */
    @Column(name = "child_alone_allowed", nullable = false)
    private boolean childAloneAllowed = true;

    protected Room() {
    }

    Room(HomeAgreement agreement, String name) {
        this.agreement = agreement;
        this.name = name;
    }

    public HomeAgreement getAgreement() {
        return agreement;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isOutside() {
        return outside;
    }

    public void setOutside(boolean outside) {
        this.outside = outside;
    }

    public boolean isChildAloneAllowed() {
        return childAloneAllowed;
    }

    public void setChildAloneAllowed(boolean childAloneAllowed) {
        this.childAloneAllowed = childAloneAllowed;
    }
}
