package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** A circumstance that raises the risk, ticked on the plan's checklist. */
@Entity
@Table(name = "risk_factor")
@Audited
public class RiskFactor extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private RiskFactorKind kind;

    /** The worker's own wording, for a factor of kind OWN. */
    @Column(name = "own_text", length = TextRules.TEXT_UNITS)
    private String ownText;

    @Column(nullable = false)
    private boolean present = true;

    protected RiskFactor() {
    }

    RiskFactor(SafetyPlan plan, RiskFactorKind kind, String ownText) {
        this.plan = plan;
        this.kind = kind;
        this.ownText = ownText;
    }

    public SafetyPlan getPlan() {
        return plan;
    }

    public RiskFactorKind getKind() {
        return kind;
    }

    public String getOwnText() {
        return ownText;
    }

    public void setOwnText(String ownText) {
        this.ownText = ownText;
    }

    public boolean isPresent() {
        return present;
    }

    public void setPresent(boolean present) {
        this.present = present;
    }
}
