package org.hearth.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.envers.Audited;

/**
 * A handout that was printed or saved as PDF: which kind, for whom, in which language(s), discreet or not, when.
 * Never its content.
 */
@Entity
@Table(name = "handout_record")
@Audited
public class HandoutRecord extends Entry {

    /** How the handout left Hearth. */
    public enum Action { PRINTED, SAVED_PDF }

    @ManyToOne(optional = false)
    @JoinColumn(name = "family_id", nullable = false)
    private Family family;

    @Column(name = "made_at", nullable = false)
    private LocalDateTime madeAt;

    @Column(nullable = false, length = 30)
    private String kind;

    @Column(name = "for_whom", length = TextRules.TEXT_UNITS)
    private String forWhom;

    @Column(nullable = false, length = 10)
    private String language;

    @Column(name = "second_language", length = 10)
    private String secondLanguage;

    @Column(nullable = false)
    private boolean discreet;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Action action;

    protected HandoutRecord() {
    }

    public HandoutRecord(Family family, LocalDateTime madeAt, String kind, String forWhom, String language,
                         String secondLanguage, boolean discreet, Action action) {
        this.family = family;
        this.madeAt = madeAt;
        this.kind = kind;
        this.forWhom = forWhom;
        this.language = language;
        this.secondLanguage = secondLanguage;
        this.discreet = discreet;
        this.action = action;
    }

    public Family getFamily() {
        return family;
    }

    public LocalDateTime getMadeAt() {
        return madeAt;
    }

    public String getKind() {
        return kind;
    }

    public String getForWhom() {
        return forWhom;
    }

    public String getLanguage() {
        return language;
    }

    public String getSecondLanguage() {
        return secondLanguage;
    }

    public boolean isDiscreet() {
        return discreet;
    }

    public Action getAction() {
        return action;
    }
}
