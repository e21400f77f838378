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

    /** A case's data for its handouts: the case and its household, and the plan. */
    public record Source(CaseWorkspace workspace, PlanDraft plan) {
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

    public Source load(long caseId) {
        return new Source(cases.open(caseId), plans.load(caseId));
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
