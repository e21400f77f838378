package org.hearth.ui.household;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hearth.domain.CaseRules;
import org.hearth.domain.FieldProblem;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.RiskRole;
import org.hearth.domain.TextRules;
import org.hearth.service.CaseService;
import org.hearth.service.CaseWorkspace;
import org.hearth.service.Failures;
import org.hearth.service.HouseholdMember;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;
import org.hearth.ui.control.SaveConflict;

/**
 * The household on the overview tab: the people living in the home, edited in a form, checked as the worker
 * types, saved explicitly, with undo and redo of whole edits (a text field's own undo handles typing).
 */
public final class HouseholdViewModel implements org.hearth.ui.control.Editing,
        org.hearth.ui.control.Resolving<org.hearth.service.CaseWorkspace> {

    private final CaseService cases;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final long caseId;
    private long version;

    private final ObservableList<PersonRow> people = FXCollections.observableArrayList(PersonRow::fields);
    private final ObjectProperty<PersonRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<List<PersonRow.State>> saved = new SimpleObjectProperty<>(List.of());
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private final ObjectProperty<SaveConflict<CaseWorkspace>> conflict = new SimpleObjectProperty<>();
    private final BooleanBinding dirty;
    private final BooleanBinding valid;
    private final org.hearth.ui.control.UndoHistory<List<PersonRow.State>> history =
            new org.hearth.ui.control.UndoHistory<>();
    private List<PersonRow.State> current = List.of();
    private Object lastEdit;
    private boolean restoring;

    public HouseholdViewModel(CaseService cases, Background background, Messages messages, Clock clock,
                              CaseWorkspace workspace) {
        this.cases = cases;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.caseId = workspace.summary().id();
        show(workspace);
        dirty = Bindings.createBooleanBinding(() -> !states().equals(saved.get()), people, saved);
        valid = Bindings.createBooleanBinding(() -> people.stream().allMatch(r -> problems(r).isEmpty()), people);
        people.addListener((javafx.collections.ListChangeListener<PersonRow>) change -> {
            while (change.next()) {
                if (change.wasUpdated() && !restoring) {
                    PersonRow row = change.getList().get(change.getFrom());
                    edited(row);
                }
            }
        });
    }

    private void show(CaseWorkspace workspace) {
        version = workspace.version();
        List<PersonRow.State> states = workspace.household().stream().map(HouseholdViewModel::state).toList();
        restore(states);
        saved.set(states);
    }

    private static PersonRow.State state(HouseholdMember m) {
        return new PersonRow.State(m.id(), m.colour(), m.name(), m.role(),
                m.birthYear() == null ? "" : m.birthYear().toString(), nz(m.phone()), nz(m.languages()), nz(m.notes()),
                m.riskRole());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    private List<PersonRow.State> states() {
        return people.stream().map(PersonRow::state).toList();
    }

    /** Consecutive changes to the same row count as one edit for undo. */
    private void edited(PersonRow row) {
        if (!Objects.equals(lastEdit, row)) {
            remember();
        }
        lastEdit = row;
        current = states();
    }

    private void remember() {
        history.record(current);
    }

    public void add() {
        remember();
        int colour = people.stream().mapToInt(r -> r.colour + 1).max().orElse(0);
        PersonRow row = new PersonRow(null, colour);
        people.add(row);
        current = states();
        lastEdit = row;
        selected.set(row);
    }

    public void remove(PersonRow row) {
        if (row == null) {
            return;
        }
        remember();
        int index = people.indexOf(row);
        people.remove(row);
        current = states();
        lastEdit = null;
        selected.set(people.isEmpty() ? null : people.get(Math.min(index, people.size() - 1)));
    }

    public void undo() {
        history.undo(states()).ifPresent(this::restore);
    }

    public void redo() {
        history.redo(states()).ifPresent(this::restore);
    }

    private void restore(List<PersonRow.State> states) {
        int index = selected.get() == null ? 0 : Math.max(0, people.indexOf(selected.get()));
        restoring = true;
        try {
            people.setAll(states.stream().map(PersonRow::of).toList());
        } finally {
            restoring = false;
        }
        current = states;
        lastEdit = null;
        selected.set(people.isEmpty() ? null : people.get(Math.min(index, people.size() - 1)));
    }

    /** The problems of one person, each with the field it belongs to. */
    public List<FieldProblem> problems(PersonRow row) {
        Integer year = null;
        List<FieldProblem> problems = new ArrayList<>();
        String typed = row.birthYear.get().strip();
        if (!typed.isEmpty()) {
            try {
                year = Integer.valueOf(typed);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("birthYear", "problem.birthYear"));
            }
        }
        problems.addAll(CaseRules.checkPerson(row.name.get(), row.role.get(), year, row.phone.get(),
                row.languages.get(), row.notes.get(), Year.now(clock)));
        return problems;
    }

    /** The message under a field of the selected person. */
    public ObservableStringValue problem(String field) {
        return Bindings.createStringBinding(() -> {
            PersonRow row = selected.get();
            if (row == null) {
                return "";
            }
            return problems(row).stream().filter(p -> p.field().equals(field)).findFirst()
                    .map(p -> messages.get(p.messageKey())).orElse("");
        }, selected, people);
    }

    public void save(Runnable onSaved) {
        if (!valid.get() || busy.get()) {
            return;
        }
        store(onSaved);
    }

    private void store(Runnable onSaved) {
        List<HouseholdMember> members = people.stream().map(r -> new HouseholdMember(r.id, r.name.get(), r.role.get(),
                r.birthYear.get().isBlank() ? null : Integer.valueOf(r.birthYear.get().strip()),
                TextRules.orNull(r.phone.get()), TextRules.orNull(r.languages.get()), TextRules.orNull(r.notes.get()),
                r.risk.get(), r.colour)).toList();
        long readVersion = version;
        busy.set(true);
        failure.set("");
        background.run(() -> cases.saveHousehold(caseId, readVersion, members), workspace -> {
            busy.set(false);
            int index = selected.get() == null ? -1 : people.indexOf(selected.get());
            show(workspace);
            history.clear();
            if (index >= 0 && index < people.size()) {
                selected.set(people.get(index));
            }
            onSaved.run();
        }, problem -> {
            if (Failures.isNewerSaved(problem)) {
                meetNewer(onSaved, problem);
                return;
            }
            busy.set(false);
            failure.set(messages.get(Failures.messageKey(problem)));
        });
    }

    /**
     * Someone saved this case since it was opened. When they did not change the household (but, say, the plan),
     * the worker's household is saved over theirs, overwriting nothing of theirs; otherwise the worker chooses.
     */
    private void meetNewer(Runnable onSaved, Throwable refusal) {
        background.run(() -> {
            CaseWorkspace theirs = cases.open(caseId);
            var by = cases.lastSaved(caseId);
            return new SaveConflict<>(theirs, by.map(CaseWorkspace.SavedBy::worker).orElse("?"),
                    by.map(CaseWorkspace.SavedBy::savedAt).orElse(clock.instant()), onSaved);
        }, found -> {
            busy.set(false);
            if (statesOf(found.theirs()).equals(saved.get())) {
                version = found.theirs().version();
                store(onSaved);
            } else {
                conflict.set(found);
            }
        }, gone -> {
            busy.set(false);
            failure.set(messages.get(Failures.messageKey(refusal)));
        });
    }

    private static List<PersonRow.State> statesOf(CaseWorkspace workspace) {
        return workspace.household().stream().map(HouseholdViewModel::state).toList();
    }

    /** Saves over the newer version, as the worker chose after seeing what it changed. */
    public void keepMine() {
        SaveConflict<CaseWorkspace> met = conflict.get();
        conflict.set(null);
        if (met != null) {
            version = met.theirs().version();
            store(met.afterSave());
        }
    }

    /** Drops the worker's unsaved changes and goes on from the newer version. */
    public void takeTheirs() {
        SaveConflict<CaseWorkspace> met = conflict.get();
        conflict.set(null);
        if (met != null) {
            show(met.theirs());
            history.clear();
            current = states();
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

    public ObjectProperty<SaveConflict<CaseWorkspace>> conflictProperty() {
        return conflict;
    }

    /** The household as last saved, what went before, and now as on screen: each as the lines a worker reads. */
    public org.hearth.ui.control.Changes theirChanges(CaseWorkspace theirs) {
        return org.hearth.ui.control.Changes.between(linesOf(saved.get()), linesOf(statesOf(theirs)));
    }

    public org.hearth.ui.control.Changes yourChanges() {
        return org.hearth.ui.control.Changes.between(linesOf(saved.get()), linesOf(states()));
    }

    private List<String> linesOf(List<PersonRow.State> household) {
        return household.stream().map(p -> String.join(" · ", java.util.stream.Stream.of(p.name(),
                messages.of("role", p.role()), p.birthYear(), p.phone(), p.languages(), p.notes(),
                messages.of("risk", p.risk())).filter(part -> part != null && !part.isBlank()).toList())).toList();
    }

    @Override
    public javafx.beans.value.ObservableStringValue problemSummary() {
        return new javafx.beans.property.ReadOnlyStringWrapper(messages.get("household.fixProblems"));
    }

    public ObservableList<PersonRow> people() {
        return people;
    }

    public ObjectProperty<PersonRow> selectedProperty() {
        return selected;
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

    public static List<HouseholdRole> roles() {
        return List.of(HouseholdRole.values());
    }

    public static List<RiskRole> risks() {
        return List.of(RiskRole.values());
    }
}
