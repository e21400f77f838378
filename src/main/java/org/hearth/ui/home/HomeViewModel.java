package org.hearth.ui.home;

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
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HomeSchedule;
import org.hearth.service.Failures;
import org.hearth.service.HomeAgreementService;
import org.hearth.service.HomeDraft;
import org.hearth.service.ProblemKind;
import org.hearth.service.ValidationException;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;
import org.hearth.ui.control.Editing;
import org.hearth.ui.control.SaveConflict;
import org.hearth.ui.control.UndoHistory;

/**
 * The Home tab: the home agreements as an immutable draft. Every change makes a new draft, so undo and redo are
 * stacks of drafts and "unsaved" means the draft differs from the one last saved. The rules run on every change:
 * problems block saving, except to-dos (a time-out not fully agreed yet), which stand at their field and in the
 * tab's to-do list; conflicts between agreements are explained at each agreement but do not block either.
 */
public final class HomeViewModel implements Editing,
        org.hearth.ui.control.Resolving<HomeDraft> {

    private final HomeAgreementService homes;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final long caseId;
    private final ObjectProperty<HomeDraft> draft = new SimpleObjectProperty<>();
    private final ObjectProperty<HomeDraft> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<SaveConflict<HomeDraft>> conflict = new SimpleObjectProperty<>();
    private final ObjectProperty<List<FieldProblem>> problems = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<List<HomeDraft.Conflict>> conflicts = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private final UndoHistory<HomeDraft> history = new UndoHistory<>();
    private final BooleanBinding dirty;
    private final BooleanBinding valid;

    public HomeViewModel(HomeAgreementService homes, Background background, Messages messages, Clock clock,
                         long caseId) {
        this.homes = homes;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.caseId = caseId;
        draft.addListener((o, old, now) -> {
            problems.set(now == null ? List.of() : homes.check(now));
            conflicts.set(now == null ? List.of() : homes.conflicts(now));
        });
        dirty = Bindings.createBooleanBinding(() -> draft.get() != null && !draft.get().equals(saved.get()),
                draft, saved);
        valid = Bindings.createBooleanBinding(() -> ProblemKind.blocking(problems.get()).isEmpty(), problems);
    }

    public void load() {
        background.run(() -> homes.load(caseId), loaded -> {
            saved.set(loaded);
            draft.set(loaded);
        }, problem -> failure.set(messages.get(Failures.messageKey(problem))));
    }

    /** Applies a change; it can be undone. */
    public void change(UnaryOperator<HomeDraft> edit) {
        HomeDraft before = draft.get();
        if (before == null) {
            return;
        }
        HomeDraft after = edit.apply(before);
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

    private void store(HomeDraft toSave, Runnable onSaved) {
        busy.set(true);
        failure.set("");
        background.run(() -> homes.save(caseId, toSave), stored -> {
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

    /** Someone saved these agreements since they were opened: read theirs, and let the worker choose. */
    private void meetNewer(Runnable onSaved, Throwable refusal) {
        background.run(() -> {
            HomeDraft theirs = homes.load(caseId);
            List<HomeDraft.Revision> revisions = homes.history(caseId);
            HomeDraft.Revision last = revisions.isEmpty() ? null : revisions.get(revisions.size() - 1);
            return new SaveConflict<>(theirs, last == null ? "?" : last.worker(),
                    last == null ? clock.instant() : last.savedAt(), onSaved);
        }, found -> {
            busy.set(false);
            if (saved.get().over(found.theirs()).equals(found.theirs())) {
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
        SaveConflict<HomeDraft> met = conflict.get();
        conflict.set(null);
        if (met != null) {
            store(draft.get().over(met.theirs()), met.afterSave());
        }
    }

    /** Drops the worker's unsaved changes and goes on from the newer version. */
    public void takeTheirs() {
        SaveConflict<HomeDraft> met = conflict.get();
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
    public ObjectProperty<SaveConflict<HomeDraft>> conflictProperty() {
        return conflict;
    }

    /** The version this draft started from. */
    public HomeDraft savedDraft() {
        return saved.get();
    }

    /** The problems of an item as it would be with this change, by the item's own field names. */
    public Map<String, String> problemsOf(HomeDraft candidate, String itemPrefix) {
        Map<String, String> byField = new LinkedHashMap<>();
        // a field shows its worst problem: one that refuses the item before a to-do
        for (FieldProblem problem : worstFirst(homes.check(candidate))) {
            if (problem.field().startsWith(itemPrefix + ".") || problem.field().equals(itemPrefix)) {
                String rest = problem.field().equals(itemPrefix) ? ""
                        : problem.field().substring(itemPrefix.length() + 1);
                String field = rest.split("[.\\[]", 2)[0];
                byField.putIfAbsent(field, messages.get(problem.messageKey()));
            }
        }
        return byField;
    }

    private static List<FieldProblem> worstFirst(List<FieldProblem> problems) {
        List<FieldProblem> sorted = new ArrayList<>(ProblemKind.blocking(problems));
        sorted.addAll(ProblemKind.toDo(problems));
        return sorted;
    }

    /** The problems whose field lies in a section ("rooms", "timeOut", ...), as the worker reads them. */
    public List<String> problemsIn(String section) {
        return problems.get().stream().filter(p -> p.field().equals(section) || p.field().startsWith(section + "[")
                || p.field().startsWith(section + ".")).map(this::describe).distinct().toList();
    }

    /** What the family has not agreed yet, one line each ("Time-out: Agree how long a time-out lasts at most."). */
    public List<String> toDos() {
        return ProblemKind.toDo(problems.get()).stream().map(p -> {
            String item = p.field().split("[.\\[]", 2)[0];
            return p.field().contains("[") ? describe(p)
                    : messages.format("toDo.item", messages.get("home.item." + item), messages.get(p.messageKey()));
        }).distinct().toList();
    }

    private String describe(FieldProblem problem) {
        java.util.regex.Matcher item = java.util.regex.Pattern.compile("^([a-zA-Z]+)\\[(\\d+)]").matcher(
                problem.field());
        if (item.find()) {
            return messages.format("plan.itemProblem", messages.get("home.item." + item.group(1)),
                    Integer.parseInt(item.group(2)) + 1, messages.get(problem.messageKey()));
        }
        return messages.get(problem.messageKey());
    }

    /** The conflicts explained at one agreement (e.g. {@code privateTimes[2]}), in plain words. */
    public List<String> conflictsAt(String field) {
        return conflicts.get().stream().filter(c -> c.field().equals(field)).map(this::explain).distinct().toList();
    }

    /** The conflicts at agreements whose field starts with the prefix, or at the prefix itself. */
    public List<String> conflictsIn(String prefix) {
        List<String> found = new ArrayList<>();
        conflicts.get().stream().filter(c -> c.field().equals(prefix) || c.field().startsWith(prefix + "[")
                || c.field().startsWith(prefix + ".")).map(this::explain).distinct().forEach(found::add);
        return found;
    }

    /** A conflict in plain words; a clash at a time names the day and the time it first happens. */
    public String explain(HomeDraft.Conflict conflict) {
        String text = messages.format(conflict.messageKey(), conflict.arguments().toArray());
        if (conflict.at() < 0) {
            return text;
        }
        return text + " " + messages.format("home.conflict.when", WeekText.name(HomeSchedule.dayOf(conflict.at()),
                messages), WeekText.time(HomeSchedule.timeOf(conflict.at())));
    }

    @Override
    public ObservableStringValue problemSummary() {
        return Bindings.createStringBinding(() -> messages.format("plan.problemCount",
                ProblemKind.blocking(problems.get()).size()), problems);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public java.time.LocalDateTime now() {
        return java.time.LocalDateTime.now(clock).withSecond(0).withNano(0);
    }

    public ObjectProperty<HomeDraft> draftProperty() {
        return draft;
    }

    public ObjectProperty<List<FieldProblem>> problemsProperty() {
        return problems;
    }

    public ObjectProperty<List<HomeDraft.Conflict>> conflictsProperty() {
        return conflicts;
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
    public ReadOnlyBooleanProperty canUndoProperty() {
        return history.canUndoProperty();
    }

    @Override
    public ReadOnlyBooleanProperty canRedoProperty() {
        return history.canRedoProperty();
    }
}
