package org.hearth.domain;

import java.time.LocalDate;

/** One line of the case list. */
public record CaseSummary(long id, String reference, String displayName, CaseStatus status,
                          String responsibleWorker, LocalDate createdOn, LocalDate nextReview,
                          String language) {

    /** Whether the review date has come (today counts) for an open case. */
    public boolean reviewDue(LocalDate today) {
        return status == CaseStatus.OPEN && nextReview != null && !nextReview.isAfter(today);
    }
}
