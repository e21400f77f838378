package org.hearth.domain;

/**
 * A reason a case needs the worker's attention today, with the facts that say why. The screen words it; the case
 * opens at the place the reason points to.
 */
public record Attention(long caseId, String reference, String displayName, Reason reason, long days, String who,
                        ContactFrequency frequency) {

    /** Why a case is on the Today list, most urgent first. */
    public enum Reason { SIGNAL_USED, REVIEW_OVERDUE, REVIEW_DUE, CHECK_IN_OVERDUE, BUDDY_SILENT, PLAN_STILL_DRAFT }
}
