package org.hearth.domain;

/** How often an agreed contact takes place, with the number of days after which it is overdue. */
public enum ContactFrequency {
    DAILY(1), SEVERAL_TIMES_A_WEEK(3), WEEKLY(7), FORTNIGHTLY(14), MONTHLY(31);

    private final int days;

    ContactFrequency(int days) {
        this.days = days;
    }

    /** The longest time, in days, between two contacts that still keeps the agreement. */
    public int days() {
        return days;
    }
}
