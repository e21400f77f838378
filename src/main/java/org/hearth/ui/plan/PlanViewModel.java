package org.hearth.ui.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hearth.domain.FieldProblem;
import org.hearth.service.Failures;
import org.hearth.service.PlanDraft;
import org.hearth.service.ProblemKind;
import org.hearth.service.SafetyPlanService;
import org.hearth.service.ValidationException;
import org.hearth.ui.control.SaveConflict;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * The Safety plan tab: the plan as an immutable draft. Every change makes a new draft, so undo and redo are
 * stacks of drafts and "unsaved" means the draft differs from the one last saved. The plan's rules run on every
 * change; a plan with problems cannot be saved, except to-dos (a receiver without a phone), which stand at their
 * field and in the tab's to-do list and keep the plan from being agreed.
 */
public final class PlanViewModel implements org.hearth.ui.control.Editing,
        org.hearth.ui.control.Resolving<PlanDraft> {

    private final SafetyPlanService plans;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final long caseId;
    private final ObjectProperty<PlanDraft> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<PlanDraft> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<List<FieldProblem>> problems = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private final org.hearth.ui.control.UndoHistory<PlanDraft> history = new org.hearth.ui.control.UndoHistory<>();
    private final ObjectProperty<SaveConflict<PlanDraft>> conflict = new SimpleObjectProperty<>();
    private final BooleanBinding dirty;
    private final BooleanBinding valid;

    public PlanViewModel(SafetyPlanService plans, Background background, Messages messages, Clock clock,
                         long caseId) {
        this.plans = plans;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.caseId = caseId;
        draft.addListener((o, old, now) -> problems.set(now == null ? List.of() : plans.check(now)));
        dirty = Bindings.createBooleanBinding(() -> draft.get() != null && !draft.get().equals(saved.get()),
                draft, saved);
        valid = Bindings.createBooleanBinding(() -> ProblemKind.blocking(problems.get()).isEmpty(), problems);
    }

    public void load() {
        background.run(() -> plans.load(caseId), loaded -> {
            saved.set(loaded);
            draft.set(loaded);
        }, problem -> failure.set(messages.get(Failures.messageKey(problem))));
    }

    /** Applies a change; it can be undone. */
    public void change(UnaryOperator<PlanDraft> edit) {
        PlanDraft before = draft.get();
        PlanDraft after = edit.apply(before);
        if (after.equals(before)) {
            return;
        }
        history.record(before);
        draft.set(after);
    }

    public void undo() {
        history.undo(draft.get()).ifPresent(draft::set);
    }

    public void redo() {
        history.redo(draft.get()).ifPresent(draft::set);
    }

    public void save(Runnable onSaved) {
        if (!valid.get() || busy.get() || !dirty.get()) {
            return;
        }
        store(draft.get(), onSaved);
    }

    private void store(PlanDraft toSave, Runnable onSaved) {
        busy.set(true);
        failure.set("");
        background.run(() -> plans.save(caseId, toSave), stored -> {
            busy.set(false);
            history.clear();
            saved.set(stored);
            draft.set(stored);
            onSaved.run();
        }, problem -> {
            if (Failures.isNewerSaved(problem)) {
                meetNewer(onSaved, problem);
                return;
            }
            busy.set(false);
            if (problem instanceof ValidationException invalid) {
                problems.set(invalid.problems());
            } else {
                failure.set(messages.get(Failures.messageKey(problem)));
            }
        });
    }

    /** Someone saved this plan since it was opened: read theirs, and let the worker choose. */
    private void meetNewer(Runnable onSaved, Throwable refusal) {
        background.run(() -> {
            PlanDraft theirs = plans.load(caseId);
            List<PlanDraft.Revision> revisions = plans.history(caseId);
            PlanDraft.Revision last = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
            return new SaveConflict<>(theirs, last == null ? "?" : last.worker(),
                    last == null ? clock.instant() : last.savedAt(), onSaved);
        }, found -> {
            busy.set(false);
            if (saved.get().over(found.theirs()).equals(found.theirs())) {
                // they changed the case around the plan (its household or details), not the plan itself:
                // saving the worker's plan over theirs overwrites nothing of theirs
                store(draft.get().over(found.theirs()), onSaved);
            } else {
                conflict.set(found);
            }
        }, gone -> {
            busy.set(false);
            failure.set(messages.get(Failures.messageKey(refusal)));
        });
    }

    /** Saves over the newer version, as the worker chose after seeing what it changed. */
    public void keepMine() {
        SaveConflict<PlanDraft> met = conflict.get();
        conflict.set(null);
        if (met != null) {
            store(draft.get().over(met.theirs()), met.afterSave());
        }
    }

    /** Drops the worker's unsaved changes and goes on from the newer version. */
    public void takeTheirs() {
        SaveConflict<PlanDraft> met = conflict.get();
        conflict.set(null);
        if (met != null) {
            history.clear();
            saved.set(met.theirs());
            draft.set(met.theirs());
            met.afterSave().run();
        }
    }

    /** Leaves both as they are: nothing saved, the worker's changes stay on screen. */
    public void decideLater() {
        if (conflict.get() != null) {
            conflict.set(null);
            failure.set(messages.get("conflict.notSaved"));
        }
    }

    /** A save that met a newer version, waiting for the worker's choice; null otherwise. */
    public ObjectProperty<SaveConflict<PlanDraft>> conflictProperty() {
        return conflict;
    }

    /** The version this draft started from: what "their changes" and "your changes" are measured against. */
    public PlanDraft savedDraft() {
        return saved.get();
    }

    /** The problems of an item as it would be with this change, by the item's own field names. */
    public Map<String, String> problemsOf(PlanDraft candidate, String itemPrefix) {
        Map<String, String> byField = new LinkedHashMap<>();
        // a field shows its worst problem: one that refuses the item before a to-do
        for (FieldProblem problem : worstFirst(plans.check(candidate))) {
            if (problem.field().startsWith(itemPrefix + ".") || problem.field().equals(itemPrefix)) {
                String rest = problem.field().equals(itemPrefix) ? ""
                        : problem.field().substring(itemPrefix.length() + 1);
                String field = rest.split("[.\\[]", 2)[0];
                byField.putIfAbsent(field, message(problem));
            }
        }
        return byField;
    }

    private static List<FieldProblem> worstFirst(List<FieldProblem> problems) {
        List<FieldProblem> sorted = new ArrayList<>(ProblemKind.blocking(problems));
        sorted.addAll(ProblemKind.toDo(problems));
        return sorted;
    }

    /** The problems whose field lies in a section ("signals", "members", ...), as the worker reads them. */
    public List<String> problemsIn(String section) {
        return problems.get().stream().filter(p -> p.field().equals(section) || p.field().startsWith(section + "[")
                || p.field().startsWith(section + ".")).map(this::describe).distinct().toList();
    }

    /** A problem with the item it belongs to, e.g. "Signal 2: Choose at least one receiver." */
    String describe(FieldProblem problem) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]").matcher(
                problem.field());
        if (item.find()) {
            return messages.format("plan.itemProblem", messages.get("plan.item." + item.group(1)),
                    Integer.parseInt(item.group(2)) + 1, message(problem));
        }
        return message(problem);
    }

    /** What the family has not agreed yet (the plan saves, but cannot be agreed), one line each. */
    public List<String> toDos() {
        return ProblemKind.toDo(problems.get()).stream().map(this::describe).distinct().toList();
    }

    String message(FieldProblem problem) {
        return messages.get(problem.messageKey());
    }

    @Override
    public javafx.beans.value.ObservableStringValue problemSummary() {
        return Bindings.createStringBinding(() -> messages.format("plan.problemCount",
                ProblemKind.blocking(problems.get()).size()), problems);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObjectProperty<PlanDraft> draftProperty() {
        return draft;
    }

    public ObjectProperty<List<FieldProblem>> problemsProperty() {
        return problems;
    }

    @Override
    public BooleanBinding dirty() {
        return dirty;
    }

    @Override
    public BooleanBinding valid() {
        return valid;
    }

    @Override
    public BooleanProperty busyProperty() {
        return busy;
    }

    @Override
    public StringProperty failureProperty() {
        return failure;
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    @Override
    public javafx.beans.property.ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }

    public SafetyPlanService plans() {
        return plans;
    }

    public long caseId() {
        return caseId;
    }
}
