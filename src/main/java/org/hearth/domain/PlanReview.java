package org.hearth.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;

/** A moment the plan was looked at again: what was tried, whether it worked, and how safe everyone feels. */
@Entity
@Table(name = "plan_review")
@Audited
public class PlanReview extends Entry {

    @ManyToOne(optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SafetyPlan plan;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    @Column(length = TextRules.TEXT_UNITS)
    private String note;

    @Column(name = "tried_out")
    private Boolean triedOut;

    @Column
    private Boolean worked;

    /** Whether this review followed an incident. */
    @Column(name = "after_incident", nullable = false)
    private boolean afterIncident;

    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<SafetyScore> scores = new ArrayList<>();

    protected PlanReview() {
    }

    PlanReview(SafetyPlan plan, LocalDate reviewedOn) {
        this.plan = plan;
        this.reviewedOn = reviewedOn;
    }

    public SafetyScore score(Person person, int score) {
        SafetyScore entry = new SafetyScore(this, person, score);
        scores.add(entry);
        return entry;
    }

    public SafetyPlan getPlan() {
        return plan;
    }

    public LocalDate getReviewedOn() {
        return reviewedOn;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public Boolean getTriedOut() {
        return triedOut;
    }

    public void setTriedOut(Boolean triedOut) {
        this.triedOut = triedOut;
    }

    public Boolean getWorked() {
        return worked;
    }

    public void setWorked(Boolean worked) {
        this.worked = worked;
    }

    public boolean isAfterIncident() {
        return afterIncident;
    }

    public void setAfterIncident(boolean afterIncident) {
        this.afterIncident = afterIncident;
    }

    public List<SafetyScore> getScores() {
        return scores;
    }
}
