package org.hearth.ui.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;
import org.hearth.domain.CaseRules;
import org.hearth.domain.CaseSummary;
import org.hearth.domain.FieldProblem;
import org.hearth.service.CaseDetails;
import org.hearth.service.CaseService;
import org.hearth.service.ValidationException;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/** The form for a new case or for a case's details; checks each field as the worker types. */
public final class CaseFormViewModel {

    /** Handout languages a family's language can be chosen from. */
    public static final List<String> LANGUAGES = List.of("nl", "en", "de", "fr", "pl", "tr", "ar");

    private final CaseService cases;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final Long id;

    private final StringProperty reference = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty worker = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextReview = new SimpleObjectProperty<>();
    private final BooleanProperty nextReviewUnreadable = new SimpleBooleanProperty();
    private final StringProperty language = new SimpleStringProperty("nl");
    private final Map<String, StringProperty> serverProblems = new HashMap<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanBinding valid;

    public CaseFormViewModel(CaseService cases, Background background, Messages messages, Clock clock,
                             CaseSummary existing, String defaultWorker) {
        this.cases = cases;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.id = existing == null ? null : existing.id();
        for (String field : List.of("reference", "displayName", "worker", "nextReview")) {
            serverProblems.put(field, new SimpleStringProperty(""));
        }
        if (existing != null) {
            reference.set(existing.reference());
            displayName.set(existing.displayName());
            worker.set(existing.responsibleWorker() == null ? "" : existing.responsibleWorker());
            nextReview.set(existing.nextReview());
            language.set(existing.language() == null ? "nl" : existing.language());
        } else {
            worker.set(defaultWorker == null ? "" : defaultWorker);
            nextReview.set(LocalDate.now(clock).plusWeeks(12));
        }
        reference.addListener((o, a, b) -> serverProblems.get("reference").set(""));
        valid = Bindings.createBooleanBinding(() -> problems().isEmpty() && !nextReviewUnreadable.get(),
                reference, displayName, worker, nextReview, nextReviewUnreadable);
    }

    private List<FieldProblem> problems() {
        return CaseRules.checkCase(reference.get(), displayName.get(), worker.get(), nextReview.get(),
                LocalDate.now(clock));
    }

    /** The message to show under a field, or nothing. Empty required fields are only named once typed in. */
    public ObservableStringValue problem(String field, boolean showRequired) {
        return Bindings.createStringBinding(() -> {
            if ("nextReview".equals(field) && nextReviewUnreadable.get()) {
                return messages.get("problem.date");
            }
            String fromStore = serverProblems.get(field).get();
            if (!fromStore.isEmpty()) {
                return fromStore;
            }
            return problems().stream().filter(p -> p.field().equals(field))
                    .filter(p -> showRequired || !"problem.required".equals(p.messageKey()))
                    .findFirst().map(p -> messages.get(p.messageKey())).orElse("");
        }, reference, displayName, worker, nextReview, nextReviewUnreadable, serverProblems.get(field));
    }

    public void save(Consumer<CaseSummary> onSaved) {
        if (!valid.get() || busy.get()) {
            return;
        }
        CaseDetails details = new CaseDetails(reference.get(), displayName.get(), worker.get(), nextReview.get(),
                language.get());
        busy.set(true);
        failure.set("");
        background.run(() -> id == null ? cases.create(details) : cases.update(id, details), saved -> {
            busy.set(false);
            onSaved.accept(saved);
        }, problem -> {
            busy.set(false);
            if (problem instanceof ValidationException invalid) {
                invalid.problems().forEach(p -> serverProblems.getOrDefault(p.field(), failure)
                        .set(messages.get(p.messageKey())));
            } else {
                failure.set(messages.get(org.hearth.service.Failures.messageKey(problem)));
            }
        });
    }

    public boolean isNew() {
        return id == null;
    }

    public StringProperty referenceProperty() {
        return reference;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty workerProperty() {
        return worker;
    }

    public ObjectProperty<LocalDate> nextReviewProperty() {
        return nextReview;
    }

    public BooleanProperty nextReviewUnreadableProperty() {
        return nextReviewUnreadable;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanBinding valid() {
        return valid;
    }
}
