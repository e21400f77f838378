package org.hearth.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hearth.domain.CaseRules;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.Family;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.Person;
import org.hearth.domain.TextRules;
import org.hearth.store.Database;
import org.hearth.store.StoreException;
import org.hearth.store.UnitOfWork;

/** The cases a worker supports: list, create, edit, close, reopen, and the household of each. */
public final class CaseService {

    private final Database database;
    private final Clock clock;

    public CaseService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public List<CaseSummary> cases() {
        return database.read(work -> work.cases().summaries());
    }

    public CaseSummary create(CaseDetails details) throws ValidationException {
        check(details);
        try {
            return database.writeReturning(work -> {
                failIfReferenceTaken(work, details.reference(), null);
                Family family = new Family(details.reference().strip(), details.displayName(), LocalDate.now(clock));
                apply(family, details);
                work.cases().add(family);
                work.flush();
                return summary(family);
            });
        } catch (Rejected rejected) {
            throw rejected.validation;
        }
    }

    public CaseSummary update(long id, CaseDetails details) throws ValidationException {
        check(details);
        try {
            return database.writeReturning(work -> {
                failIfReferenceTaken(work, details.reference(), id);
                Family family = work.cases().find(id).orElseThrow(CaseService::gone);
                family.setReference(details.reference().strip());
                family.setDisplayName(details.displayName());
                apply(family, details);
                return summary(family);
            });
        } catch (Rejected rejected) {
            throw rejected.validation;
        }
    }

    public CaseSummary close(long id) {
        return database.writeReturning(work -> {
            Family family = work.cases().find(id).orElseThrow(CaseService::gone);
            family.close(LocalDate.now(clock));
            return summary(family);
        });
    }

    public CaseSummary reopen(long id) {
        return database.writeReturning(work -> {
            Family family = work.cases().find(id).orElseThrow(CaseService::gone);
            family.reopen();
            return summary(family);
        });
    }

    public CaseWorkspace open(long id) {
        return database.read(work -> {
            Family family = work.cases().withHousehold(id).orElseThrow(CaseService::gone);
            return new CaseWorkspace(summary(family), family.getVersion(),
                    family.getHousehold().stream().map(HouseholdMember::of).toList());
        });
    }

    /**
     * Saves the household as shown on screen: changed people are updated, new ones added, missing ones removed.
     * If someone else saved the case since it was read, nothing is saved.
     */
    /** Who last saved a change to the case's household, and when (from its history). */
    public java.util.Optional<CaseWorkspace.SavedBy> lastSaved(long id) {
        return database.read(work -> work.history().lastOfHousehold(id)
                .map(r -> new CaseWorkspace.SavedBy(r.worker(), r.savedAt())));
    }

    public CaseWorkspace saveHousehold(long id, long readVersion, List<HouseholdMember> members)
            throws ValidationException {
        List<FieldProblem> problems = new ArrayList<>();
        Year thisYear = Year.now(clock);
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            for (FieldProblem p : CaseRules.checkPerson(m.name(), m.role(), m.birthYear(), m.phone(), m.languages(),
                    m.notes(), thisYear)) {
                problems.add(new FieldProblem("household[" + i + "]." + p.field(), p.messageKey()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        database.write(work -> {
            Family family = work.cases().withHousehold(id).orElseThrow(CaseService::gone);
            if (family.getVersion() != readVersion) {
                throw new StoreException(StoreException.Reason.CHANGED_ELSEWHERE,
                        "Someone else changed this case in the meantime");
            }
            Map<Long, Person> existing = new HashMap<>();
            family.getHousehold().forEach(p -> existing.put(p.getId(), p));
            List<Person> keep = new ArrayList<>();
            for (HouseholdMember m : members) {
                Person person = m.id() == null ? null : existing.get(m.id());
                if (person == null) {
                    person = family.addPerson(m.name(), m.role());
                }
                person.setName(m.name());
                person.setRole(m.role());
                person.setBirthYear(m.birthYear());
                person.setPhone(TextRules.orNull(m.phone()));
                person.setLanguages(TextRules.orNull(m.languages()));
                person.setNotes(TextRules.orNull(m.notes()));
                person.setRiskRole(m.riskRole());
                keep.add(person);
            }
            family.getHousehold().retainAll(keep);
            work.cases().markChanged(family);
        });
        return open(id);
    }

    private void check(CaseDetails details) throws ValidationException {
        List<FieldProblem> problems = CaseRules.checkCase(details.reference(), details.displayName(),
                details.responsibleWorker(), details.nextReview(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static void failIfReferenceTaken(UnitOfWork work, String reference, Long id) {
        if (work.cases().referenceTaken(reference.strip(), id)) {
            throw new Rejected(new ValidationException(List.of(new FieldProblem("reference", "problem.referenceTaken"))));
        }
    }

    private static void apply(Family family, CaseDetails details) {
        family.setResponsibleWorker(TextRules.orNull(details.responsibleWorker()));
        family.setNextReview(details.nextReview());
        family.setLanguage(TextRules.orNull(details.language()));
    }

    static CaseSummary summary(Family family) {
        return new CaseSummary(family.getId(), family.getReference(), family.getDisplayName(), family.getStatus(),
                family.getResponsibleWorker(), family.getCreatedOn(), family.getNextReview(),
                family.getLanguage());
    }

    private static StoreException gone() {
        return new StoreException(StoreException.Reason.CHANGED_ELSEWHERE, "This case no longer exists");
    }

    /** Carries a validation failure out of a transaction, which it rolls back. */
    private static final class Rejected extends RuntimeException {
        private final ValidationException validation;

        Rejected(ValidationException validation) {
            super(null, null, false, false);
            this.validation = validation;
        }
    }

    // --- privacy: retention ---

    /**
     * Closed cases closed more than the given number of years ago, longest closed first: due for a review whether
     * they should be kept or erased.
     */
    public List<CaseSummary> dueForRetentionReview(int years) {
        LocalDate before = LocalDate.now(clock).minusYears(years);
        return database.read(work -> work.cases().closedBefore(before));
    }
}
