package org.hearth.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** When a case needs attention: the thresholds of the Today list, as pure rules. */
public final class FollowUpRules {

    /** A signal used this many days ago or less keeps the case on the Today list. */
    public static final int SIGNAL_DAYS = 7;
    /** A plan still a draft after this many days needs attention. */
    public static final int DRAFT_DAYS = 14;
    /** A buddy pair with no report for this many days needs attention (unless the worker sets another number). */
    public static final int BUDDY_SILENT_DAYS = 2;

    private FollowUpRules() {
    }

    /**
     * Days since the last contact when that is longer than agreed; empty while the agreement is kept. Without any
     * logged contact, the time counts from when the agreement started.
     */
    public static Optional<Long> overdueContact(ContactFrequency frequency, LocalDateTime lastContact,
                                                LocalDate agreedSince, LocalDate today) {
        LocalDate from = lastContact != null ? lastContact.toLocalDate() : agreedSince;
        if (from == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, today);
        return days > frequency.days() ? Optional.of(days) : Optional.empty();
    }

    public static Optional<Long> buddySilent(LocalDateTime lastReport, LocalDate pairedSince, LocalDate today,
                                             int silentDays) {
        LocalDate from = lastReport != null ? lastReport.toLocalDate() : pairedSince;
        if (from == null) {
            return Optional.empty();
        }
        long days = ChronoUnit.DAYS.between(from, today);
        return days >= silentDays ? Optional.of(days) : Optional.empty();
    }
}
