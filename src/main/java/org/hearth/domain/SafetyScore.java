package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** How safe one household member feels, from 0 (not at all) to 10 (completely), at a review. */
@Entity
@Table(name = "safety_score")
@Audited
public class SafetyScore extends Entry {

    public static final int LOWEST = 0;
    public static final int HIGHEST = 10;

    @ManyToOne(optional = false)
    @JoinColumn(name = "review_id", nullable = false)
    private PlanReview review;

    @ManyToOne(optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(nullable = false)
    private int score;

    protected SafetyScore() {
    }

    SafetyScore(PlanReview review, Person person, int score) {
        if (score < LOWEST || score > HIGHEST) {
            throw new IllegalArgumentException("A safety score lies between 0 and 10");
        }
        this.review = review;
        this.person = person;
        this.score = score;
    }

    public PlanReview getReview() {
        return review;
    }

    public Person getPerson() {
        return person;
    }

    public int getScore() {
        return score;
    }
}
