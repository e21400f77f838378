package org.hearth.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test can move forward, as days pass for the worker. */
public final class MovableClock extends Clock {

    private volatile Instant now;

    public MovableClock(LocalDateTime start) {
        this.now = start.toInstant(ZoneOffset.UTC);
    }

    public void passDays(int days) {
        now = now.plus(Duration.ofDays(days));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
