package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A rule the family sets for respecting each other's space: "we knock". */
@Entity
@Table(name = "respect_rule")
@Audited
public class RespectRule extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private HomeAgreement agreement;

    @Column(nullable = false, length = TextRules.TEXT_UNITS)
    private String text;

    protected RespectRule() {
    }

    RespectRule(HomeAgreement agreement, String text) {
        this.agreement = agreement;
        this.text = text;
    }

    public HomeAgreement getAgreement() {
        return agreement;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
