package org.hearth.service;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.hearth.domain.Family;
import org.hearth.domain.HandoutRecord;
import org.hearth.store.Database;
import org.hearth.store.StoreException;

/**
 * What handouts are made from (the case, its household and its safety plan), and the record of every handout printed
 * or saved: what, for whom, in which language, when; never its content.
 */
public final class HandoutService {

    /**
     * A case's data for its handouts: the case and its household, the plan, the home agreements (or null), and the
     * first language of each network member who has one (ISO 639 code by member key), in which their card is made by
     * default.
     */
    public record Source(CaseWorkspace workspace, PlanDraft plan, Home home,
                         java.util.Map<String, String> memberLanguages) {
        public Source(CaseWorkspace workspace, PlanDraft plan, Home home) {
            this(workspace, plan, home, java.util.Map.of());
        }

        public Source {
            memberLanguages = java.util.Map.copyOf(memberLanguages);
        }

        /** The language a network member's card is made in by default: theirs, else the family's. */
        public String languageFor(String memberKey) {
            String own = memberKey == null ? null : memberLanguages.get(memberKey);
            return own != null ? own : workspace.summary().language();
        }
    }

    /** The home agreements as the fridge sheet and the time-out card print them; people by plan key. */
    public record Home(List<PrivateTime> privateTimes, List<Activity> activities, List<String> respectRules,
                       TimeOut timeOut) {
    }

    public record PrivateTime(String personKey, String room, java.util.Set<java.time.DayOfWeek> days,
                              java.time.LocalTime from, java.time.LocalTime to, String activity) {
    }

    public record Activity(String personKey, String what, String where, java.util.Set<java.time.DayOfWeek> days,
                           java.time.LocalTime from, java.time.LocalTime to) {
    }

    /** The time-out; childrenCaredBy and responsibleAdult are names. */
    public record TimeOut(String purpose, String signal, String acknowledgement, String whoMayCall,
                          Integer minMinutes, Integer maxMinutes, String childrenCaredBy, String responsibleAdult,
                          List<TimeOutPlace> places, String comingBack, String whenItFails) {
    }

    public record TimeOutPlace(String personKey, String where, String calming, String earlyCues) {
    }

    /** One handout that left Hearth. */
    public record Made(LocalDateTime madeAt, String kind, String forWhom, String language, String secondLanguage,
                       boolean discreet, HandoutRecord.Action action) {
    }

    private final Database database;
    private final Clock clock;
    private final CaseService cases;
    private final SafetyPlanService plans;

    public HandoutService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.cases = new CaseService(database, clock);
        this.plans = new SafetyPlanService(database, clock);
    }

    /**
     * Refuses ({@link HandoutGaps.OpenToDos}) when the handout of this kind, for this holder's plan key, would carry a
     * to-do the family has not agreed yet; see {@link HandoutGaps}.
     */
    public void refuseWhileOpenToDos(long caseId, String kindCode, String forKey) {
        HomeDraft home = database.read(work -> {
            Family family = work.cases().whole(caseId).orElseThrow(() -> new StoreException(
                    StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists"));
            return work.homes().of(family).map(agreement -> HomeMapping.draft(family, agreement,
                    work.plans().of(family).orElse(null))).orElse(null);
        });
        HandoutGaps.refuseWhileOpen(kindCode, forKey, plans.load(caseId), home);
    }

    public Source load(long caseId) {
        return new Source(cases.open(caseId), plans.load(caseId), home(caseId), memberLanguages(caseId));
    }

    private java.util.Map<String, String> memberLanguages(long caseId) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(() -> new StoreException(
                    StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists"));
            java.util.Map<String, String> languages = new java.util.HashMap<>();
            family.getNetwork().stream().filter(m -> m.getLanguage() != null && !m.getLanguage().isBlank())
                    .forEach(m -> languages.put(PlanMapping.memberKey(m), m.getLanguage().strip()));
            return languages;
        });
    }

    private Home home(long caseId) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(() -> new StoreException(
                    StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists"));
            return work.homes().of(family).map(HandoutService::home).orElse(null);
        });
    }

    private static Home home(org.hearth.domain.HomeAgreement agreement) {
        List<PrivateTime> times = agreement.getPrivateTimes().stream().map(t -> new PrivateTime(
                PlanMapping.personKey(t.getPerson()), t.getRoom() == null ? "" : t.getRoom().getName(),
                java.util.Set.copyOf(t.getDays()), t.getStart(), t.getEnd(), t.getActivity())).toList();
        List<Activity> activities = agreement.getActivities().stream().map(a -> new Activity(
                PlanMapping.personKey(a.getPerson()), a.getWhat(),
                a.getRoom() != null ? a.getRoom().getName() : a.getPlace(), java.util.Set.copyOf(a.getDays()),
                a.getStart(), a.getEnd())).toList();
        List<String> rules = agreement.getRespectRules().stream().map(org.hearth.domain.RespectRule::getText)
                .toList();
        org.hearth.domain.TimeOutRule rule = agreement.getTimeOut();
        TimeOut timeOut = rule == null ? null : new TimeOut(rule.getPurpose(), rule.getSignal(),
                rule.getAcknowledgement(), rule.getWhoMayCall(), rule.getMinMinutes(), rule.getMaxMinutes(),
                rule.getChildrenCaredBy() == null ? null : rule.getChildrenCaredBy().getName(),
                rule.getResponsibleAdult() == null ? null : rule.getResponsibleAdult().getName(),
                rule.getPlaces().stream().map(p -> new TimeOutPlace(PlanMapping.personKey(p.getPerson()),
                        p.getRoom() == null ? null : p.getRoom().getName(), p.getCalmingActivity(),
                        p.getEarlyCues())).toList(), rule.getComingBack(), rule.getWhenItFails());
        return new Home(times, activities, rules, timeOut);
    }

    /** The case with this reference, if there is one. */
    public Optional<Long> caseId(String reference) {
        return database.read(work -> work.cases().byReference(reference).map(Family::getId));
    }

    /** Records that a handout was printed or saved; one revision in the case history, under the worker's name. */
    public void record(long caseId, String kind, String forWhom, String language, String secondLanguage,
                       boolean discreet, HandoutRecord.Action action) {
        database.write(work -> {
            Family family = work.cases().find(caseId).orElseThrow(() -> new StoreException(
                    StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists"));
            work.handouts().add(new HandoutRecord(family, LocalDateTime.now(clock).withNano(0), kind,
                    forWhom == null || forWhom.isBlank() ? null : forWhom, language, secondLanguage, discreet,
                    action));
        });
    }

    /** The case's printed and saved handouts, newest first. */
    public List<Made> records(long caseId) {
        return database.read(work -> {
            Family family = work.cases().find(caseId).orElseThrow(() -> new StoreException(
                    StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists"));
            return work.handouts().of(family).stream().map(r -> new Made(r.getMadeAt(), r.getKind(),
                    r.getForWhom(), r.getLanguage(), r.getSecondLanguage(), r.isDiscreet(), r.getAction())).toList();
        });
    }
}
