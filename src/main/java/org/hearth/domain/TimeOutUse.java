package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/** The family reported using a time-out: who called it and whether it helped. */
@Entity
@Table(name = "time_out_use")
@Audited
public class TimeOutUse extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id", nullable = false)
    private HomeAgreement agreement;

    @Column(name = "used_at", nullable = false)
    private LocalDateTime usedAt;

    @ManyToOne
    @JoinColumn(name = "called_by_id")
    private Person calledBy;

    @Column
    private Boolean helped;

    @Column(length = TextRules.TEXT_UNITS)
    private String note;

    protected TimeOutUse() {
    }

    TimeOutUse(HomeAgreement agreement, LocalDateTime usedAt, Person calledBy) {
        this.agreement = agreement;
        this.usedAt = usedAt;
        this.calledBy = calledBy;
    }

    public HomeAgreement getAgreement() {
        return agreement;
    }

    public LocalDateTime getUsedAt() {
        return usedAt;
    }

    public Person getCalledBy() {
        return calledBy;
    }

    public Boolean getHelped() {
        return helped;
    }

    public void setHelped(Boolean helped) {
        this.helped = helped;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
