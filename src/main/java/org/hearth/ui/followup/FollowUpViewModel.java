package org.hearth.ui.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
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
import org.hearth.domain.Channel;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.TextRules;
import org.hearth.service.Failures;
import org.hearth.service.FollowUp;
import org.hearth.service.FollowUpService;
import org.hearth.service.ValidationException;
import org.hearth.ui.Background;
import org.hearth.ui.Messages;

/**
 * The Follow-up tab: log a reported contact in a few keystrokes, see the log (signals used stand out) and the
 * safety scores of the reviews over time.
 */
public final class FollowUpViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final FollowUpService followUp;
    private final Background background;
    private final Messages messages;
    private final Clock clock;
    private final long caseId;

    private final ObservableList<FollowUp.Contact> contacts = FXCollections.observableArrayList();
    private final ObservableList<FollowUp.Reporter> reporters = FXCollections.observableArrayList();
    private final ObservableList<FollowUp.Reporter> household = FXCollections.observableArrayList();
    private final ObjectProperty<List<FollowUp.Score>> scores = new SimpleObjectProperty<>(List.of());
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<FollowUp.Reporter> who = new SimpleObjectProperty<>();
    private final ObjectProperty<FollowUp.Reporter> about = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.PHONE);
    private final ObjectProperty<CheckInOutcome> outcome = new SimpleObjectProperty<>(CheckInOutcome.ALL_WELL);
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty atProblem = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanBinding canLog;
    private final ObservableStringValue timeProblem;
    private final ObservableStringValue actionProblem;

    public FollowUpViewModel(FollowUpService followUp, Background background, Messages messages, Clock clock,
                             long caseId) {
        this.followUp = followUp;
        this.background = background;
        this.messages = messages;
        this.clock = clock;
        this.caseId = caseId;
        resetWhen();
        timeProblem = Bindings.createStringBinding(() -> {
            if (date.get() == null) {
                return messages.get("problem.date");
            }
            if (parsedTime() == null) {
                return messages.get("problem.time");
            }
            return atProblem.get();
        }, date, time, atProblem);
        actionProblem = Bindings.createStringBinding(() -> {
            var problem = TextRules.check(action.get(), outcome.get() == CheckInOutcome.SIGNAL_USED,
                    TextRules.MAX_CHARACTERS);
            return problem.map(p -> messages.get(p == TextRules.Problem.REQUIRED ? "problem.actionAfterSignal"
                    : org.hearth.domain.FieldProblem.of("actionTaken", p).messageKey())).orElse("");
        }, action, outcome);
        date.addListener((o, a, b) -> atProblem.set(""));
        time.addListener((o, a, b) -> atProblem.set(""));
        canLog = Bindings.createBooleanBinding(() -> !busy.get() && who.get() != null && outcome.get() != null
                && timeProblem.get().isEmpty() && actionProblem.get().isEmpty(),
                busy, who, outcome, timeProblem, actionProblem);
    }

    private void resetWhen() {
        LocalDateTime now = LocalDateTime.now(clock);
        date.set(now.toLocalDate());
        time.set(TIME.format(now.toLocalTime()));
    }

    private LocalTime parsedTime() {
        try {
            return LocalTime.parse(time.get().strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public void load() {
        background.run(() -> followUp.log(caseId), log -> {
            contacts.setAll(log.contacts());
            reporters.setAll(log.reporters());
            household.setAll(log.household());
            scores.set(log.scores());
        }, problem -> failure.set(messages.get(Failures.messageKey(problem))));
    }

    /** Logs the contact; afterwards the form is ready for the next one. */
    public void log(Runnable onLogged) {
        if (!canLog.get()) {
            return;
        }
        FollowUp.NewContact contact = new FollowUp.NewContact(LocalDateTime.of(date.get(), parsedTime()), who.get(),
                about.get() == null ? null : about.get().id(), channel.get(), outcome.get(), action.get());
        busy.set(true);
        failure.set("");
        background.run(() -> followUp.logContact(caseId, contact), logged -> {
            busy.set(false);
            who.set(null);
            about.set(null);
            outcome.set(CheckInOutcome.ALL_WELL);
            action.set("");
            resetWhen();
            load();
            onLogged.run();
        }, problem -> {
            busy.set(false);
            if (problem instanceof ValidationException invalid) {
                invalid.problems().stream().filter(p -> p.field().equals("at")).findFirst()
                        .ifPresent(p -> atProblem.set(messages.get(p.messageKey())));
                invalid.problems().stream().filter(p -> !p.field().equals("at")).findFirst()
                        .ifPresent(p -> failure.set(messages.get(p.messageKey())));
            } else {
                failure.set(messages.get(Failures.messageKey(problem)));
            }
        });
    }

    public ObservableList<FollowUp.Contact> contacts() {
        return contacts;
    }

    public ObservableList<FollowUp.Reporter> reporters() {
        return reporters;
    }

    public ObservableList<FollowUp.Reporter> household() {
        return household;
    }

    public ObjectProperty<List<FollowUp.Score>> scoresProperty() {
        return scores;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<FollowUp.Reporter> whoProperty() {
        return who;
    }

    public ObjectProperty<FollowUp.Reporter> aboutProperty() {
        return about;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public ObjectProperty<CheckInOutcome> outcomeProperty() {
        return outcome;
    }

    public StringProperty actionProperty() {
        return action;
    }

    public ObservableStringValue timeProblem() {
        return timeProblem;
    }

    public ObservableStringValue actionProblem() {
        return actionProblem;
    }

    public StringProperty failureProperty() {
        return failure;
    }

    public BooleanBinding canLog() {
        return canLog;
    }
}
