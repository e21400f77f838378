package org.hearth.ui.plan;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hearth.domain.Channel;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.RelationKind;
import org.hearth.domain.SignalKind;
import org.hearth.domain.TextRules;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;
import org.hearth.ui.control.FormDialog;

/**
 * The dialogs that edit one item of the safety plan. Each shows the item's problems under its fields as the
 * worker types, checked by the same rules as saving, against the whole plan with the item changed.
 */
public final class PlanDialogs {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final PlanViewModel model;
    private final Messages messages;
    private final Window owner;

    public PlanDialogs(PlanViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    private PlanDraft draft() {
        return model.draftProperty().get();
    }

    private Map<String, String> householdNames() {
        Map<String, String> names = new LinkedHashMap<>();
        draft().household().forEach(p -> names.put(p.key(), p.name()));
        return names;
    }

    private String memberName(String key) {
        return draft().members().stream().filter(m -> m.key().equals(key)).findFirst()
                .map(m -> m.mustNotKnow() ? messages.format("plan.mustNotKnowName", m.name()) : m.name()).orElse("?");
    }

    private String personName(String key) {
        return householdNames().getOrDefault(key, "?");
    }

    private static String text(TextField field) {
        return TextRules.orNull(field.getText());
    }

    private static String text(TextArea field) {
        return TextRules.orNull(field.getText());
    }

    Optional<PlanDraft.SignalItem> signal(int index) {
        PlanDraft.SignalItem old = index < 0 ? new PlanDraft.SignalItem(null, SignalKind.CODE_WORD, null, null, null,
                EnumSet.of(Channel.PHONE), Set.of(), List.of(), Set.of()) : draft().signals().get(index);
        FormDialog form = new FormDialog(messages);
        ChoiceBox<SignalKind> kind = form.choice("kind", "signal.kind", "signalKind", List.of(SignalKind.values()),
                old.kind());
        TextField word = form.text("word", "signal.word", old.word());
        TextField answer = form.text("answer", "signal.answer", old.answer());
        answer.disableProperty().bind(kind.valueProperty().isNotEqualTo(SignalKind.QUESTION_ANSWER));
        form.hint("signal.wordHint");
        TextField meaning = form.text("meaning", "signal.meaning", old.meaning());
        var channels = form.checks("channels", "signal.channels", "channel", Channel.class,
                old.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(old.channels()));
        var senders = form.keys("senders", "signal.senders", householdNames(), old.senderKeys());
        var keptFrom = form.keys("keptFrom", "privacy.keptFrom", householdNames(), old.keptFrom());
        form.hint("privacy.keptFromHint");
        IntegerProperty changes = new SimpleIntegerProperty();
        VBox rows = new VBox(12);
        List<ResponseRow> responses = new ArrayList<>();
        Runnable[] addRow = new Runnable[1];
        addRow[0] = () -> addResponse(rows, responses, null, changes);
        old.responses().forEach(r -> addResponse(rows, responses, r, changes));
        Button add = new Button(messages.get("signal.addReceiver"));
        add.setId("addReceiver");
        add.setOnAction(e -> addRow[0].run());
        form.node("signal.receivers", new VBox(8, rows, add));
        form.problemSlot("receivers");
        form.problemSlot("responses");
        form.watch(changes);
        var result = (java.util.function.Supplier<PlanDraft.SignalItem>) () -> new PlanDraft.SignalItem(old.id(),
                kind.getValue(), text(word), kind.getValue() == SignalKind.QUESTION_ANSWER ? text(answer) : null,
                text(meaning), channels.get(), senders.get(), responses.stream().map(ResponseRow::response).toList(),
                keptFrom.get());
        int at = index < 0 ? draft().signals().size() : index;
        return form.show(owner, index < 0 ? "signal.newTitle" : "signal.editTitle", result,
                () -> model.problemsOf(PlanEdits.signals(draft(), list -> PlanEdits.put(list, index, result.get())),
                        "signals[" + at + "]"));
    }

    /** One receiver of a signal in the signal dialog: who, what they do step by step, whom they call. */
    private final class ResponseRow {
        final ChoiceBox<String> member = new ChoiceBox<>();
        final TextArea steps = new TextArea();
        final TextField calls = new TextField();

        PlanDraft.Response response() {
            return new PlanDraft.Response(member.getValue(), TextRules.orNull(steps.getText()),
                    TextRules.orNull(calls.getText()));
        }
    }

    private void addResponse(VBox rows, List<ResponseRow> responses, PlanDraft.Response old, IntegerProperty changes) {
        ResponseRow row = new ResponseRow();
        int number = responses.size() + 1;
        row.member.getItems().setAll(draft().members().stream().map(PlanDraft.Member::key).toList());
        row.member.setConverter(Messages.shown(this::memberName));
        row.member.setAccessibleText(messages.format("signal.receiver", number));
        row.member.setId("receiver" + number);
        row.steps.setPromptText(messages.get("signal.stepsPrompt"));
        row.steps.setAccessibleText(messages.format("signal.steps", number));
        row.steps.setId("steps" + number);
        row.steps.setPrefRowCount(3);
        row.steps.setWrapText(true);
        row.calls.setPromptText(messages.get("signal.callsPrompt"));
        row.calls.setAccessibleText(messages.format("signal.calls", number));
        row.calls.setId("calls" + number);
        if (old != null) {
            row.member.setValue(old.memberKey());
            row.steps.setText(old.steps() == null ? "" : old.steps());
            row.calls.setText(old.callsWhom() == null ? "" : old.callsWhom());
        }
        Button remove = new Button(messages.get("signal.removeReceiver"));
        remove.setAccessibleText(messages.format("signal.removeReceiverNumber", number));
        Label heading = new Label(messages.format("signal.receiver", number));
        heading.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        row.member.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(row.member, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(12, heading, row.member, remove);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(4, top, row.steps, row.calls);
        box.getStyleClass().add("receiver-row");
        remove.setOnAction(e -> {
            responses.remove(row);
            rows.getChildren().remove(box);
            changes.set(changes.get() + 1);
        });
        row.member.valueProperty().addListener((o, a, b) -> changes.set(changes.get() + 1));
        row.steps.textProperty().addListener((o, a, b) -> changes.set(changes.get() + 1));
        row.calls.textProperty().addListener((o, a, b) -> changes.set(changes.get() + 1));
        responses.add(row);
        rows.getChildren().add(box);
        changes.set(changes.get() + 1);
    }

    public Optional<PlanDraft.Member> member(int index) {
        return member(index, index < 0 ? newMember(RelationKind.FAMILY, Closeness.CLOSE, null, null)
                : draft().members().get(index));
    }

    /** A new person around the family, not yet named, in a sector and ring, and at a place on the map if given. */
    public static PlanDraft.Member newMember(RelationKind kind, Closeness closeness, Double turn, Double ring) {
        return new PlanDraft.Member("new-" + UUID.randomUUID(), null, null, null, kind, closeness, null,
                EnumSet.of(Channel.PHONE), false, false, null, null, false, turn, ring);
    }

    /** Edits a person around the family: the one at index, or (index -1) the given new one. */
    public Optional<PlanDraft.Member> member(int index, PlanDraft.Member old) {
        FormDialog form = new FormDialog(messages);
        TextField name = form.text("name", "member.name", old.name());
        TextField relation = form.text("relation", "member.relation", old.relation());
        ChoiceBox<RelationKind> kind = form.choice("kind", "member.kind", "relationKind",
                List.of(RelationKind.values()), old.kind());
        ChoiceBox<Closeness> closeness = form.choice("closeness", "member.closeness", "closeness",
                List.of(Closeness.values()), old.closeness());
        TextField phone = form.text("phone", "member.phone", old.phone());
        var channels = form.checks("channels", "member.channels", "channel", Channel.class,
                old.channels().isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(old.channels()));
        CheckBox mustNotKnow = form.check("mustNotKnow", "member.mustNotKnow", old.mustNotKnow());
        form.hint("member.mustNotKnowHint");
        CheckBox consent = form.check("consent", "member.consent", old.consentGiven());
        DatePicker consentOn = form.date("consentOn", "member.consentOn",
                old.consentOn() != null ? old.consentOn() : model.today());
        TextField scope = form.text("consentScope", "member.consentScope", old.consentScope());
        consentOn.disableProperty().bind(consent.selectedProperty().not());
        scope.disableProperty().bind(consent.selectedProperty().not());
        CheckBox emergency = form.check("emergencyContact", "member.emergencyContact", old.emergencyContact());
        var result = (java.util.function.Supplier<PlanDraft.Member>) () -> new PlanDraft.Member(old.key(), old.id(),
                text(name), text(relation), kind.getValue(), closeness.getValue(), text(phone), channels.get(),
                mustNotKnow.isSelected(), consent.isSelected(), consent.isSelected() ? consentOn.getValue() : null,
                consent.isSelected() ? text(scope) : null, emergency.isSelected(), old.mapTurn(), old.mapRing());
        int at = index < 0 ? draft().members().size() : index;
        return form.show(owner, index < 0 ? "member.newTitle" : "member.editTitle", result,
                () -> model.problemsOf(PlanEdits.members(draft(), list -> PlanEdits.put(list, index, result.get())),
                        "members[" + at + "]"));
    }

    Optional<PlanDraft.CheckInItem> checkIn(int index) {
        return checkIn(index, null);
    }

    /** Edits a check-in agreement; a new one starts with the given network member (or none). */
    public Optional<PlanDraft.CheckInItem> checkIn(int index, String memberKey) {
        PlanDraft.CheckInItem old = index < 0 ? new PlanDraft.CheckInItem(null, memberKey, null, ContactFrequency.WEEKLY,
                Channel.PHONE, null) : draft().checkIns().get(index);
        FormDialog form = new FormDialog(messages);
        ChoiceBox<String> member = form.pick("member", "checkIn.member",
                draft().members().stream().map(PlanDraft.Member::key).toList(), this::memberName, old.memberKey());
        ChoiceBox<String> person = form.pick("person", "checkIn.person", List.copyOf(householdNames().keySet()),
                this::personName, old.personKey());
        ChoiceBox<ContactFrequency> frequency = form.choice("frequency", "checkIn.frequency", "frequency",
                List.of(ContactFrequency.values()), old.frequency());
        ChoiceBox<Channel> channel = form.choice("channel", "checkIn.channel", "channel", List.of(Channel.values()),
                old.channel());
        TextField cover = form.text("coverStory", "checkIn.cover", old.coverStory());
        form.hint("checkIn.coverHint");
        var result = (java.util.function.Supplier<PlanDraft.CheckInItem>) () -> new PlanDraft.CheckInItem(old.id(),
                member.getValue(), person.getValue(), frequency.getValue(), channel.getValue(), text(cover));
        int at = index < 0 ? draft().checkIns().size() : index;
        return form.show(owner, index < 0 ? "checkIn.newTitle" : "checkIn.editTitle", result, () -> {
            Map<String, String> problems = new LinkedHashMap<>(model.problemsOf(PlanEdits.checkIns(draft(),
                    list -> PlanEdits.put(list, index, result.get())), "checkIns[" + at + "]"));
            required(problems, "member", member.getValue());
            required(problems, "person", person.getValue());
            return problems;
        });
    }

    Optional<PlanDraft.BuddyItem> buddy(int index) {
        return buddy(index, null);
    }

    /** Edits a buddy pair; a new one starts with the given network member (or none) as the buddy. */
    public Optional<PlanDraft.BuddyItem> buddy(int index, String memberKey) {
        PlanDraft.BuddyItem old = index < 0 ? new PlanDraft.BuddyItem(null, null, memberKey, LocalTime.of(20, 0),
                Channel.TEXT_CHAT, null, null, null) : draft().buddies().get(index);
        FormDialog form = new FormDialog(messages);
        ChoiceBox<String> person = form.pick("person", "buddy.person", List.copyOf(householdNames().keySet()),
                this::personName, old.personKey());
        ChoiceBox<String> member = form.pick("member", "buddy.member",
                draft().members().stream().map(PlanDraft.Member::key).toList(), this::memberName, old.memberKey());
        TextField time = form.text("dailyTime", "buddy.time", old.dailyTime() == null ? "" : TIME.format(
                old.dailyTime()));
        ChoiceBox<Channel> channel = form.choice("channel", "buddy.channel", "channel", List.of(Channel.values()),
                old.channel());
        TextField codeWord = form.text("codeWord", "buddy.codeWord", old.codeWord());
        TextField professional = form.text("professional", "buddy.professional", old.professionalName());
        TextField professionalPhone = form.text("professionalPhone", "buddy.professionalPhone",
                old.professionalPhone());
        var result = (java.util.function.Supplier<PlanDraft.BuddyItem>) () -> new PlanDraft.BuddyItem(old.id(),
                person.getValue(), member.getValue(), time(time.getText()), channel.getValue(), text(codeWord),
                text(professional), text(professionalPhone));
        int at = index < 0 ? draft().buddies().size() : index;
        return form.show(owner, index < 0 ? "buddy.newTitle" : "buddy.editTitle", result, () -> {
            Map<String, String> problems = new LinkedHashMap<>(model.problemsOf(PlanEdits.buddies(draft(),
                    list -> PlanEdits.put(list, index, result.get())), "buddies[" + at + "]"));
            required(problems, "member", member.getValue());
            required(problems, "person", person.getValue());
            if (!time.getText().isBlank() && time(time.getText()) == null) {
                problems.put("dailyTime", messages.get("problem.time"));
            }
            return problems;
        });
    }

    Optional<PlanDraft.SafePlaceItem> safePlace(int index) {
        PlanDraft.SafePlaceItem old = index < 0 ? new PlanDraft.SafePlaceItem(null, null, null, null, List.of(
                new PlanDraft.Thing(messages.get("place.thing.documents"), false),
                new PlanDraft.Thing(messages.get("place.thing.medication"), false),
                new PlanDraft.Thing(messages.get("place.thing.charger"), false),
                new PlanDraft.Thing(messages.get("place.thing.keys"), false),
                new PlanDraft.Thing(messages.get("place.thing.money"), false)), Set.of())
                : draft().safePlaces().get(index);
        FormDialog form = new FormDialog(messages);
        TextField name = form.text("name", "place.name", old.name());
        TextField address = form.text("address", "place.address", old.address());
        TextArea how = form.area("howToGetThere", "place.how", old.howToGetThere());
        TextField who = form.text("whoIsThere", "place.who", old.whoIsThere());
        TextArea things = form.area("things", "place.things", String.join("\n",
                old.things().stream().map(PlanDraft.Thing::thing).toList()));
        form.hint("place.thingsHint");
        var keptFrom = form.keys("keptFrom", "privacy.keptFrom", householdNames(), old.keptFrom());
        form.hint("privacy.keptFromHint");
        var result = (java.util.function.Supplier<PlanDraft.SafePlaceItem>) () -> new PlanDraft.SafePlaceItem(
                text(name), text(address), text(how), text(who), things.getText().lines().map(String::strip)
                .filter(line -> !line.isEmpty()).map(line -> new PlanDraft.Thing(line, old.things().stream()
                        .anyMatch(t -> t.thing().equals(line) && t.ready()))).toList(), keptFrom.get());
        int at = index < 0 ? draft().safePlaces().size() : index;
        return form.show(owner, index < 0 ? "place.newTitle" : "place.editTitle", result,
                () -> model.problemsOf(PlanEdits.safePlaces(draft(), list -> PlanEdits.put(list, index,
                        result.get())), "safePlaces[" + at + "]"));
    }

    Optional<PlanDraft.EmergencyNumber> number(int index) {
        PlanDraft.EmergencyNumber old = index < 0 ? new PlanDraft.EmergencyNumber(EmergencyContactKind.PROFESSIONAL,
                null, null, null) : draft().emergencyNumbers().get(index);
        FormDialog form = new FormDialog(messages);
        ChoiceBox<EmergencyContactKind> kind = form.choice("kind", "number.kind", "numberKind",
                List.of(EmergencyContactKind.values()), old.kind());
        TextField name = form.text("name", "number.name", old.name());
        TextField number = form.text("number", "number.number", old.number());
        TextField note = form.text("note", "number.note", old.note());
        var result = (java.util.function.Supplier<PlanDraft.EmergencyNumber>) () -> new PlanDraft.EmergencyNumber(
                kind.getValue(), text(name), text(number), text(note));
        int at = index < 0 ? draft().emergencyNumbers().size() : index;
        return form.show(owner, index < 0 ? "number.newTitle" : "number.editTitle", result,
                () -> model.problemsOf(PlanEdits.emergencyNumbers(draft(), list -> PlanEdits.put(list, index,
                        result.get())), "emergencyNumbers[" + at + "]"));
    }

    Optional<PlanDraft.ReviewItem> review(int index) {
        PlanDraft.ReviewItem old = index < 0 ? new PlanDraft.ReviewItem(null, model.today(), null, null, null, false,
                Map.of()) : draft().reviews().get(index);
        FormDialog form = new FormDialog(messages);
        DatePicker on = form.date("reviewedOn", "review.date", old.reviewedOn());
        TextArea note = form.area("note", "review.note", old.note());
        CheckBox tried = form.check("triedOut", "review.triedOut", Boolean.TRUE.equals(old.triedOut()));
        CheckBox worked = form.check("worked", "review.worked", Boolean.TRUE.equals(old.worked()));
        CheckBox incident = form.check("afterIncident", "review.afterIncident", old.afterIncident());
        form.hint("review.scoresHint");
        Map<String, ChoiceBox<String>> scores = new LinkedHashMap<>();
        List<String> values = new ArrayList<>();
        values.add("");
        for (int i = 0; i <= 10; i++) {
            values.add(Integer.toString(i));
        }
        householdNames().forEach((key, person) -> scores.put(key, form.pickAs("score-" + key,
                messages.format("review.scoreFor", person), values,
                v -> v.isEmpty() ? messages.get("review.notAsked") : v,
                old.scores().containsKey(key) ? old.scores().get(key).toString() : "")));
        var result = (java.util.function.Supplier<PlanDraft.ReviewItem>) () -> {
            Map<String, Integer> chosen = new LinkedHashMap<>();
            scores.forEach((key, box) -> {
                if (box.getValue() != null && !box.getValue().isEmpty()) {
                    chosen.put(key, Integer.valueOf(box.getValue()));
                }
            });
            return new PlanDraft.ReviewItem(old.id(), on.getValue(), text(note), tried.isSelected(),
                    tried.isSelected() ? worked.isSelected() : null, incident.isSelected(), Map.copyOf(chosen));
        };
        int at = index < 0 ? draft().reviews().size() : index;
        return form.show(owner, index < 0 ? "review.newTitle" : "review.editTitle", result,
                () -> model.problemsOf(PlanEdits.reviews(draft(), list -> PlanEdits.put(list, index,
                        result.get())), "reviews[" + at + "]"));
    }

    private void required(Map<String, String> problems, String field, Object value) {
        if (value == null) {
            problems.putIfAbsent(field, messages.get("problem.required"));
        }
    }

    private static LocalTime time(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

}
