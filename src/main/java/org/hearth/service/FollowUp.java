package org.hearth.service;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInOutcome;

/** The plain data the follow-up screens show and send. */
public final class FollowUp {

    private FollowUp() {
    }

    /** Someone who can report a contact: a network member or a household member. */
    public record Reporter(boolean household, long id, String name) {
    }

    /** A contact to log: when, who reported it, about whom, how, what it found and what was done. */
    public record NewContact(LocalDateTime at, Reporter who, Long personId, Channel channel, CheckInOutcome outcome,
                             String actionTaken) {
    }

    /** A logged contact as the log shows it. */
    public record Contact(long id, LocalDateTime at, String who, String aboutWhom, Channel channel,
                          CheckInOutcome outcome, String actionTaken) {
    }

    /** How safe one person felt at one review. */
    public record Score(LocalDate on, long personId, String person, int colour, int score) {
    }

    /** Everything the Follow-up tab of a case shows. */
    public record CaseLog(List<Contact> contacts, List<Reporter> reporters, List<Reporter> household,
                          List<Score> scores) {
    }
}
