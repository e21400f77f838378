package org.hearth.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.Attention;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInAgreement;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.Family;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.FollowUpRules;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.TextRules;
import org.hearth.store.Database;
import org.hearth.store.FollowUpQueries;
import org.hearth.store.StoreException;

/**
 * Following up the plan with the network (tip 2 of the guidance): the contacts reported to the worker, and every
 * morning the cases that need attention.
 */
public final class FollowUpService {

    /** How far in the future a logged contact may lie (clocks differ a little), in minutes. */
    static final int CLOCK_SLACK_MINUTES = 5;

    private final Database database;
    private final Clock clock;

    public FollowUpService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The cases that need attention today, most urgent first, each with its reason. */
    public List<Attention> today() {
        LocalDate today = LocalDate.now(clock);
        return database.read(work -> {
            FollowUpQueries queries = work.followUp();
            List<Attention> list = new ArrayList<>();
            for (var signal : queries.signalsUsedSince(today.minusDays(FollowUpRules.SIGNAL_DAYS).atStartOfDay())) {
                if (list.stream().noneMatch(a -> a.caseId() == signal.caseName().caseId()
                        && a.reason() == Attention.Reason.SIGNAL_USED)) {
                    list.add(attention(signal.caseName(), Attention.Reason.SIGNAL_USED,
                            java.time.temporal.ChronoUnit.DAYS.between(signal.at().toLocalDate(), today),
                            signal.who(), null));
                }
            }
            for (var review : queries.reviewsDueBy(today)) {
                long late = java.time.temporal.ChronoUnit.DAYS.between(review.nextReview(), today);
                list.add(attention(review.caseName(), late > 0 ? Attention.Reason.REVIEW_OVERDUE
                        : Attention.Reason.REVIEW_DUE, late, null, null));
            }
            for (var agreement : queries.agreementContacts()) {
                FollowUpRules.overdueContact(agreement.frequency(), agreement.lastContact(), agreement.since(), today)
                        .ifPresent(days -> list.add(attention(agreement.caseName(), Attention.Reason.CHECK_IN_OVERDUE,
                                days, agreement.memberName() + " → " + agreement.personName(), agreement.frequency())));
            }
            for (var pair : queries.buddyReports()) {
                FollowUpRules.buddySilent(pair.lastReport(), pair.since(), today, FollowUpRules.BUDDY_SILENT_DAYS)
                        .ifPresent(days -> list.add(attention(pair.caseName(), Attention.Reason.BUDDY_SILENT, days,
                                pair.personName() + " & " + pair.buddyName(), null)));
            }
            for (var draft : queries.draftsCreatedBy(today.minusDays(FollowUpRules.DRAFT_DAYS))) {
                list.add(attention(draft.caseName(), Attention.Reason.PLAN_STILL_DRAFT,
                        java.time.temporal.ChronoUnit.DAYS.between(draft.createdOn(), today), null, null));
            }
            list.sort(Comparator.comparing(Attention::reason).thenComparing(Comparator.comparingLong(Attention::days)
                    .reversed()).thenComparing(Attention::reference));
            return list;
        });
    }

    /** How many open cases have their review today: the discreet reminder counts them, it never names them. */
    public int reviewsDueToday() {
        LocalDate today = LocalDate.now(clock);
        return (int) database.read(work -> work.followUp().reviewsDueBy(today)).stream()
                .filter(r -> r.nextReview().equals(today)).count();
    }

    private static Attention attention(FollowUpQueries.CaseName name, Attention.Reason reason, long days, String who,
                                       org.hearth.domain.ContactFrequency frequency) {
        return new Attention(name.caseId(), name.reference(), name.displayName(), reason, days, who, frequency);
    }

    /** The Follow-up tab of a case: its logged contacts (newest first), who can report, and the safety scores. */
    public FollowUp.CaseLog log(long caseId) {
        return database.read(work -> {
            Family family = work.cases().whole(caseId).orElseThrow(FollowUpService::gone);
            List<FollowUp.Contact> contacts = work.checkIns().of(family).stream().map(FollowUpService::contact)
                    .toList();
            List<FollowUp.Reporter> reporters = new ArrayList<>();
            family.getNetwork().stream().filter(m -> !m.isMustNotKnow())
                    .forEach(m -> reporters.add(new FollowUp.Reporter(false, m.getId(), m.getName())));
            List<FollowUp.Reporter> household = family.getHousehold().stream()
                    .map(p -> new FollowUp.Reporter(true, p.getId(), p.getName())).toList();
            reporters.addAll(household);
            List<FollowUp.Score> scores = new ArrayList<>();
            work.plans().of(family).ifPresent(plan -> plan.getReviews().forEach(review -> review.getScores()
                    .forEach(s -> scores.add(new FollowUp.Score(review.getReviewedOn(), s.getPerson().getId(),
                            s.getPerson().getName(), s.getPerson().getColour(), s.getScore())))));
            scores.sort(Comparator.comparing(FollowUp.Score::on));
            return new FollowUp.CaseLog(contacts, reporters, household, scores);
        });
    }

    /**
     * Logs a reported contact. It is linked to the check-in agreement or buddy pair it keeps, so the Today list
     * knows the agreement was kept. A signal used must say what action followed.
     */
    public FollowUp.Contact logContact(long caseId, FollowUp.NewContact contact) throws ValidationException {
        List<FieldProblem> problems = new ArrayList<>();
        if (contact.at() == null) {
            problems.add(new FieldProblem("at", "problem.required"));
        } else if (contact.at().isAfter(LocalDateTime.now(clock).plusMinutes(CLOCK_SLACK_MINUTES))) {
            problems.add(new FieldProblem("at", "problem.future"));
        }
        if (contact.who() == null) {
            problems.add(new FieldProblem("who", "problem.required"));
        }
        if (contact.outcome() == null) {
            problems.add(new FieldProblem("outcome", "problem.required"));
        }
        TextRules.check(contact.actionTaken(), contact.outcome() == CheckInOutcome.SIGNAL_USED,
                TextRules.MAX_CHARACTERS).ifPresent(p -> problems.add(p == TextRules.Problem.REQUIRED
                ? new FieldProblem("actionTaken", "problem.actionAfterSignal") : FieldProblem.of("actionTaken", p)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return database.writeReturning(work -> {
            Family family = work.cases().whole(caseId).orElseThrow(FollowUpService::gone);
            CheckIn checkIn = new CheckIn(family, contact.at(), contact.outcome());
            checkIn.setChannel(contact.channel());
            checkIn.setActionTaken(TextRules.orNull(contact.actionTaken()));
            Person about = contact.personId() == null ? null : family.getHousehold().stream()
                    .filter(p -> p.getId().equals(contact.personId())).findFirst().orElse(null);
            if (contact.who().household()) {
                about = about != null ? about : family.getHousehold().stream()
                        .filter(p -> p.getId() == contact.who().id()).findFirst().orElseThrow(FollowUpService::gone);
            } else {
                NetworkMember member = family.getNetwork().stream().filter(m -> m.getId() == contact.who().id())
                        .findFirst().orElseThrow(FollowUpService::gone);
                checkIn.setMember(member);
                Optional<SafetyPlan> plan = work.plans().of(family);
                if (plan.isPresent()) {
                    Person person = about;
                    plan.get().getCheckInAgreements().stream().filter(a -> a.getMember().equals(member))
                            .filter(a -> person == null || a.getPerson().equals(person))
                            .findFirst().ifPresent(checkIn::setAgreement);
                    plan.get().getBuddyPairs().stream().filter(b -> b.getBuddy().equals(member))
                            .filter(b -> person == null || b.getPerson().equals(person))
                            .findFirst().ifPresent(checkIn::setBuddyPair);
                    if (about == null) {
                        about = Optional.ofNullable(checkIn.getAgreement()).map(CheckInAgreement::getPerson)
                                .or(() -> Optional.ofNullable(checkIn.getBuddyPair()).map(BuddyPair::getPerson))
                                .orElse(null);
                    }
                }
            }
            checkIn.setPerson(about);
            work.checkIns().add(checkIn);
            work.flush();
            return contact(checkIn);
        });
    }

    private static FollowUp.Contact contact(CheckIn c) {
        String who = c.getMember() != null ? c.getMember().getName()
                : c.getPerson() != null ? c.getPerson().getName() : "";
        String about = c.getMember() != null && c.getPerson() != null ? c.getPerson().getName() : "";
        return new FollowUp.Contact(c.getId(), c.getHappenedAt(), who, about, c.getChannel(), c.getOutcome(),
                c.getActionTaken());
    }

    private static StoreException gone() {
        return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "This case or person no longer exists");
    }
}
