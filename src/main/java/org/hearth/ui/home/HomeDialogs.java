package org.hearth.ui.home;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.TextRules;
import org.hearth.service.HomeDraft;
import org.hearth.ui.Messages;
import org.hearth.ui.control.FormDialog;

/**
 * The dialogs that edit one home agreement with the keyboard. Each shows the item's problems under its fields as
 * the worker types, checked by the same rules as saving.
 */
final class HomeDialogs {

    private static final String NONE = "";

    private final HomeViewModel model;
    private final Messages messages;
    private final Window owner;

    HomeDialogs(HomeViewModel model, Messages messages, Window owner) {
        this.model = model;
        this.messages = messages;
        this.owner = owner;
    }

    private HomeDraft draft() {
        return model.draftProperty().get();
    }

    private List<String> people() {
        return draft().household().stream().map(HomeDraft.HouseholdRef::key).toList();
    }

    private List<String> rooms() {
        return draft().rooms().stream().map(HomeDraft.RoomItem::key).toList();
    }

    private String personName(String key) {
        if (key == null || key.isEmpty()) {
            return messages.get("home.nobody");
        }
        return draft().household().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(HomeDraft.HouseholdRef::name).orElse("?");
    }

    private String roomName(String key) {
        if (key == null || key.isEmpty()) {
            return messages.get("home.noRoom");
        }
        return draft().rooms().stream().filter(r -> r.key().equals(key)).findFirst()
                .map(r -> r.name() == null ? "?" : r.name()).orElse("?");
    }

    private static String text(TextField field) {
        return TextRules.orNull(field.getText());
    }

    private static String text(TextArea field) {
        return TextRules.orNull(field.getText());
    }

    private static String key(ChoiceBox<String> box) {
        return box.getValue() == null || box.getValue().isEmpty() ? null : box.getValue();
    }

    private Map<String, String> dayNames() {
        Map<String, String> names = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            names.put(day.name(), WeekText.name(day, messages));
        }
        return names;
    }

    private static Set<DayOfWeek> days(Set<String> names) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        names.forEach(n -> days.add(DayOfWeek.valueOf(n)));
        return days;
    }

    private static Set<String> names(Set<DayOfWeek> days) {
        Set<String> names = new java.util.LinkedHashSet<>();
        days.forEach(d -> names.add(d.name()));
        return names;
    }

    private void time(Map<String, String> problems, String field, TextField input, boolean required) {
        if (input.getText().isBlank()) {
            if (required) {
                problems.put(field, messages.get("problem.time"));
            }
        } else if (WeekText.parse(input.getText()) == null) {
            problems.put(field, messages.get("problem.time"));
        }
    }

    Optional<HomeDraft.RoomItem> room(int index) {
        HomeDraft.RoomItem old = index < 0 ? new HomeDraft.RoomItem("new-" + UUID.randomUUID(), null, null, false,
                true) : draft().rooms().get(index);
        FormDialog form = new FormDialog(messages);
        TextField name = form.text("name", "home.room.name", old.name());
        form.hint("home.room.nameHint");
        CheckBox outside = form.check("outside", "home.room.outside", old.outside());
        CheckBox childAlone = form.check("childAloneAllowed", "home.room.childAloneAllowed",
                old.childAloneAllowed());
        Supplier<HomeDraft.RoomItem> result = () -> new HomeDraft.RoomItem(old.key(), old.id(), text(name),
                outside.isSelected(), childAlone.isSelected());
        int at = index < 0 ? draft().rooms().size() : index;
        return form.show(owner, index < 0 ? "home.room.newTitle" : "home.room.editTitle", result,
                () -> model.problemsOf(HomeEdits.rooms(draft(), l -> HomeEdits.put(l, index, result.get())),
                        "rooms[" + at + "]"));
    }

    /** A private time: who, which room, which days, from and to, and what for. */
    Optional<HomeDraft.PrivateTimeItem> privateTime(int index, HomeDraft.PrivateTimeItem start) {
        HomeDraft.PrivateTimeItem old = index >= 0 ? draft().privateTimes().get(index) : start != null ? start
                : new HomeDraft.PrivateTimeItem(null, null, null, EnumSet.noneOf(DayOfWeek.class),
                LocalTime.of(19, 0), LocalTime.of(20, 0), null);
        FormDialog form = new FormDialog(messages);
        ChoiceBox<String> person = form.pick("person", "home.time.person", people(), this::personName,
                old.personKey());
        ChoiceBox<String> room = form.pick("room", "home.time.room", rooms(), this::roomName, old.roomKey());
        Supplier<Set<String>> days = form.keys("days", "home.time.days", dayNames(), names(old.days()));
        TextField from = form.text("start", "home.time.from", WeekText.time(old.start()));
        TextField to = form.text("end", "home.time.to", WeekText.time(old.end()));
        form.hint("home.time.midnightHint");
        TextField activity = form.text("activity", "home.time.activity", old.activity());
        Supplier<HomeDraft.PrivateTimeItem> result = () -> new HomeDraft.PrivateTimeItem(old.id(), key(person),
                key(room), days(days.get()), WeekText.parse(from.getText()), WeekText.parse(to.getText()),
                text(activity));
        int at = index < 0 ? draft().privateTimes().size() : index;
        return form.show(owner, index < 0 ? "home.time.newTitle" : "home.time.editTitle", result, () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            time(problems, "start", from, true);
            time(problems, "end", to, true);
            model.problemsOf(HomeEdits.privateTimes(draft(), l -> HomeEdits.put(l, index, result.get())),
                    "privateTimes[" + at + "]").forEach(problems::putIfAbsent);
            return problems;
        });
    }

    Optional<HomeDraft.ActivityItem> activity(int index) {
        HomeDraft.ActivityItem old = index < 0 ? new HomeDraft.ActivityItem(null, null, null,
                EnumSet.noneOf(DayOfWeek.class), null, null, null, null) : draft().activities().get(index);
        FormDialog form = new FormDialog(messages);
        ChoiceBox<String> person = form.pick("person", "home.activity.person", people(), this::personName,
                old.personKey());
        TextField what = form.text("what", "home.activity.what", old.what());
        form.hint("home.activity.whatHint");
        Supplier<Set<String>> days = form.keys("days", "home.activity.days", dayNames(), names(old.days()));
        TextField from = form.text("start", "home.activity.from", WeekText.time(old.start()));
        TextField to = form.text("end", "home.activity.to", WeekText.time(old.end()));
        List<String> roomChoices = new ArrayList<>();
        roomChoices.add(NONE);
        roomChoices.addAll(rooms());
        ChoiceBox<String> room = form.pick("room", "home.activity.room", roomChoices, this::roomName,
                old.roomKey() == null ? NONE : old.roomKey());
        TextField place = form.text("place", "home.activity.place", old.place());
        Supplier<HomeDraft.ActivityItem> result = () -> new HomeDraft.ActivityItem(old.id(), key(person), text(what),
                days(days.get()), WeekText.parse(from.getText()), WeekText.parse(to.getText()), key(room),
                text(place));
        int at = index < 0 ? draft().activities().size() : index;
        return form.show(owner, index < 0 ? "home.activity.newTitle" : "home.activity.editTitle", result, () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            time(problems, "start", from, false);
            time(problems, "end", to, false);
            model.problemsOf(HomeEdits.activities(draft(), l -> HomeEdits.put(l, index, result.get())),
                    "activities[" + at + "]").forEach(problems::putIfAbsent);
            return problems;
        });
    }

    /** The whole time-out: signal, who may call it, how long, where each one goes, how they come back. */
    Optional<HomeDraft.TimeOutItem> timeOut() {
        HomeDraft.TimeOutItem old = draft().timeOut() != null ? draft().timeOut() : new HomeDraft.TimeOutItem(
                null, null, messages.get("home.timeOut.anyone"), 15, 60, null, null, null, null,
                messages.get("home.timeOut.purposeDefault"), List.of());
        FormDialog form = new FormDialog(messages);
        form.hint("home.timeOut.intro");
        TextField signal = form.text("signal", "home.timeOut.signal", old.signal());
        TextField acknowledgement = form.text("acknowledgement", "home.timeOut.acknowledgement",
                old.acknowledgement());
        TextField whoMayCall = form.text("whoMayCall", "home.timeOut.whoMayCall", old.whoMayCall());
        TextField min = form.text("minMinutes", "home.timeOut.minMinutes", old.minMinutes() == null ? ""
                : old.minMinutes().toString());
        TextField max = form.text("maxMinutes", "home.timeOut.maxMinutes", old.maxMinutes() == null ? ""
                : old.maxMinutes().toString());
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(people());
        List<String> adults = new ArrayList<>();
        adults.add(NONE);
        draft().household().stream().filter(p -> p.role() != HouseholdRole.CHILD)
                .forEach(p -> adults.add(p.key()));
        ChoiceBox<String> children = form.pick("childrenCaredBy", "home.timeOut.childrenCaredBy", adults,
                this::personName, old.childrenCaredByKey() == null ? NONE : old.childrenCaredByKey());
        ChoiceBox<String> responsible = form.pick("responsibleAdult", "home.timeOut.responsibleAdult", adults,
                this::personName, old.responsibleAdultKey() == null ? NONE : old.responsibleAdultKey());
        TextArea comingBack = form.area("comingBack", "home.timeOut.comingBack", old.comingBack());
        form.hint("home.timeOut.comingBackHint");
        TextArea fails = form.area("whenItFails", "home.timeOut.whenItFails", old.whenItFails());
        if (!draft().planSignals().isEmpty()) {
            form.note(messages.format("home.timeOut.planSignals", String.join(" · ",
                    draft().planSignals().stream().map(s -> "“" + s + "”").toList())));
        }
        TextArea purpose = form.area("purpose", "home.timeOut.purpose", old.purpose());
        Map<String, ChoiceBox<String>> rooms = new LinkedHashMap<>();
        Map<String, TextField> calming = new LinkedHashMap<>();
        Map<String, TextField> cues = new LinkedHashMap<>();
        List<String> roomChoices = new ArrayList<>();
        roomChoices.add(NONE);
        roomChoices.addAll(rooms());
        for (HomeDraft.HouseholdRef person : draft().household()) {
            HomeDraft.TimeOutPlaceItem place = old.places().stream().filter(p -> person.key().equals(p.personKey()))
                    .findFirst().orElse(null);
            form.heading(messages.format("home.timeOut.personHeading", person.name()));
            rooms.put(person.key(), form.pickAs("place-" + person.key(), messages.format("home.timeOut.goesTo",
                    person.name()), roomChoices, this::roomName, place == null || place.roomKey() == null ? NONE
                    : place.roomKey()));
            calming.put(person.key(), form.textAs("calming-" + person.key(), messages.format("home.timeOut.calming",
                    person.name()), place == null ? null : place.calmingActivity()));
            cues.put(person.key(), form.textAs("cues-" + person.key(), messages.format("home.timeOut.cues",
                    person.name()), place == null ? null : place.earlyCues()));
        }
        Supplier<HomeDraft.TimeOutItem> result = () -> {
            List<HomeDraft.TimeOutPlaceItem> places = new ArrayList<>();
            for (String person : rooms.keySet()) {
                String room = key(rooms.get(person));
                String calm = text(calming.get(person));
                String cue = text(cues.get(person));
                if (room != null || calm != null || cue != null) {
                    places.add(new HomeDraft.TimeOutPlaceItem(person, room, calm, cue));
                }
            }
            return new HomeDraft.TimeOutItem(text(signal), text(acknowledgement), text(whoMayCall),
                    minutes(min.getText()), minutes(max.getText()), key(children), text(comingBack), key(responsible),
                    text(fails), text(purpose), List.copyOf(places));
        };
        return form.show(owner, "home.timeOut.title", result, () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            if (!min.getText().isBlank() && minutes(min.getText()) == null) {
                problems.put("minMinutes", messages.get("problem.minutes"));
            }
            if (!max.getText().isBlank() && minutes(max.getText()) == null) {
                problems.put("maxMinutes", messages.get("problem.minutes"));
            }
            HomeDraft candidate = HomeEdits.timeOut(draft(), result.get());
            model.problemsOf(candidate, "timeOut").forEach(problems::putIfAbsent);
            return problems;
        });
    }

    private static Integer minutes(String text) {
        String typed = text == null ? "" : text.strip();
        if (!typed.matches("\\d{1,4}")) {
            return null;
        }
        return Integer.valueOf(typed);
    }

    Optional<HomeDraft.TimeOutUseItem> use(int index) {
        HomeDraft.TimeOutUseItem old = index < 0 ? new HomeDraft.TimeOutUseItem(null, model.now(), null, null, null)
                : draft().timeOutUses().get(index);
        FormDialog form = new FormDialog(messages);
        DatePicker on = form.date("usedOn", "home.use.date", old.usedAt().toLocalDate());
        TextField at = form.text("usedAt", "home.use.time", WeekText.time(old.usedAt().toLocalTime()));
        List<String> choices = new ArrayList<>();
        choices.add(NONE);
        choices.addAll(people());
        ChoiceBox<String> calledBy = form.pick("calledBy", "home.use.calledBy", choices, this::personName,
                old.calledByKey() == null ? NONE : old.calledByKey());
        List<String> helpedChoices = List.of("unknown", "yes", "no");
        ChoiceBox<String> helped = form.pick("helped", "home.use.helped", helpedChoices,
                v -> messages.get("home.use.helped." + v), old.helped() == null ? "unknown"
                        : old.helped() ? "yes" : "no");
        TextArea note = form.area("note", "home.use.note", old.note());
        form.hint("home.use.noteHint");
        Supplier<HomeDraft.TimeOutUseItem> result = () -> {
            LocalTime time = WeekText.parse(at.getText());
            LocalDateTime when = on.getValue() == null || time == null ? null : on.getValue().atTime(time);
            Boolean didHelp = "yes".equals(helped.getValue()) ? Boolean.TRUE : "no".equals(helped.getValue())
                    ? Boolean.FALSE : null;
            return new HomeDraft.TimeOutUseItem(old.id(), when, key(calledBy), didHelp, text(note));
        };
        int position = index < 0 ? draft().timeOutUses().size() : index;
        return form.show(owner, index < 0 ? "home.use.newTitle" : "home.use.editTitle", result, () -> {
            Map<String, String> problems = new LinkedHashMap<>();
            if (on.getValue() == null) {
                problems.put("usedOn", messages.get("problem.date"));
            }
            time(problems, "usedAt", at, true);
            HomeDraft.TimeOutUseItem item = result.get();
            if (item.usedAt() != null && item.usedAt().isAfter(model.now().plusMinutes(1))) {
                problems.put("usedAt", messages.get("problem.future"));
            }
            if (item.usedAt() != null) {
                model.problemsOf(HomeEdits.timeOutUses(draft(), l -> HomeEdits.put(l, index, item)),
                        "timeOutUses[" + position + "]").forEach(problems::putIfAbsent);
            }
            return problems;
        });
    }
}
