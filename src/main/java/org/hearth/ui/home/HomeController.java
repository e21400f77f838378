package org.hearth.ui.home;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import org.hearth.domain.TextRules;
import org.hearth.service.HomeDraft;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;
import org.hearth.ui.control.FollowFocus;
import org.hearth.ui.control.PersonColours;
import org.hearth.ui.control.SaveBar;

/**
 * The Home tab (tips 6-8 of the guidance): the rooms of the home, private times in a week grid (drawn, moved and
 * resized with the mouse or the keyboard, or entered in a dialog), separate activities, respect rules, the
 * family's time-out and the log of its use. Each conflict is explained at the agreement it concerns.
 */
public final class HomeController {

    private static final int SNAP = WeekGrid.SNAP;

    private final HomeViewModel model;
    private final Messages messages;
    private final List<Runnable> refreshers = new ArrayList<>();
    private WeekGrid grid;
    private ListView<HomeDraft.PrivateTimeItem> timesList;
    private ChoiceBox<String> drawPerson;
    private ChoiceBox<String> drawRoom;

    @FXML private ScrollPane page;
    @FXML private VBox sections;
    @FXML private Label homeSaveStatus;
    @FXML private Button homeUndo;
    @FXML private Button homeRedo;
    @FXML private Button homeSave;

    public HomeController(HomeViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
    }

    public Parent view() {
        Parent view = Views.load(HomeController.class, "HomeView.fxml", this, messages);
        model.load();
        return view;
    }

    private HomeDraft draft() {
        return model.draftProperty().get();
    }

    private HomeDialogs dialogs() {
        return new HomeDialogs(model, messages, sections.getScene().getWindow());
    }

    @FXML
    private void initialize() {
        FollowFocus.install(page);
        sections.getChildren().addAll(
                org.hearth.ui.control.ToDoList.of("homeToDos", "toDo.home", messages, model::toDos,
                        model.problemsProperty()),
                listSection("rooms", "home.rooms", "home.roomsEmpty", HomeDraft::rooms, this::roomText,
                        i -> dialogs().room(i), HomeEdits::rooms, this::roomInUse),
                weekSection(),
                listSection("activities", "home.activities", "home.activitiesEmpty", HomeDraft::activities,
                        this::activityText, i -> dialogs().activity(i), HomeEdits::activities, i -> false),
                respectSection(), timeOutSection(),
                listSection("timeOutUses", "home.timeOutUses", "home.timeOutUsesEmpty", HomeDraft::timeOutUses,
                        this::useText, i -> dialogs().use(i), HomeEdits::timeOutUses, i -> false));
        model.draftProperty().addListener((o, old, now) -> {
            if (now != null) {
                refreshers.forEach(Runnable::run);
            }
        });
        SaveBar.wire(model, messages, homeSaveStatus, homeUndo, homeRedo, homeSave);
        // someone saved these agreements meanwhile: show what they and the worker changed; do what the worker chooses
        org.hearth.ui.control.ConflictDialog.wire(model, () -> homeSave.getScene().getWindow(), messages,
                messages.get("conflict.home"),
                theirs -> org.hearth.ui.control.Changes.between(linesOf(model.savedDraft()), linesOf(theirs)),
                () -> org.hearth.ui.control.Changes.between(linesOf(model.savedDraft()), linesOf(draft())));
    }

    private VBox card(String id, String titleKey, String hintKey) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-4");
        VBox card = new VBox(8, title);
        card.setId(id + "Section");
        card.getStyleClass().add("plan-section");
        if (hintKey != null) {
            Label hint = new Label(messages.get(hintKey));
            hint.getStyleClass().add("hint");
            hint.setWrapText(true);
            card.getChildren().add(hint);
        }
        return card;
    }

    /** A label that shows the problems (and, for a section as a whole, the conflicts) of a section. */
    private Label problemsLabel(String section, boolean withConflicts) {
        Label problems = new Label();
        problems.setId(section + "Problems");
        problems.getStyleClass().add("field-problem");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        Runnable update = () -> {
            List<String> lines = new ArrayList<>(model.problemsIn(section));
            if (withConflicts) {
                lines.addAll(model.conflictsAt(section));
            }
            problems.setText(String.join("\n", lines));
        };
        refreshers.add(update);
        model.problemsProperty().addListener((o, a, b) -> update.run());
        return problems;
    }

    private <T> VBox listSection(String section, String titleKey, String emptyKey,
                                 Function<HomeDraft, List<T>> items, Function<T, String> text,
                                 IntFunction<Optional<T>> edit,
                                 BiFunction<HomeDraft, UnaryOperator<List<T>>, HomeDraft> setter,
                                 java.util.function.IntPredicate inUse) {
        VBox card = card(section, titleKey, "home." + section + "Hint");
        ListView<T> list = itemList(section, titleKey, emptyKey, text);
        list.setPrefHeight(140);
        refreshers.add(() -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(items.apply(draft()));
            if (selected >= 0 && selected < list.getItems().size()) {
                list.getSelectionModel().select(selected);
            }
        });
        Label refused = new Label();
        refused.setId(section + "Refused");
        refused.getStyleClass().add("field-problem");
        refused.setWrapText(true);
        refused.managedProperty().bind(refused.textProperty().isNotEmpty());
        refused.visibleProperty().bind(refused.textProperty().isNotEmpty());
        list.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> refused.setText(""));
        HBox buttons = buttons(section, titleKey, list, () -> edit.apply(-1).ifPresent(item -> model.change(d ->
                setter.apply(d, l -> HomeEdits.put(l, -1, item)))), index -> edit.apply(index).ifPresent(item ->
                model.change(d -> setter.apply(d, l -> HomeEdits.put(l, index, item)))), index -> {
                    if (inUse.test(index)) {
                        refused.setText(messages.get("home.roomInUse"));
                    } else {
                        model.change(d -> setter.apply(d, l -> HomeEdits.put(l, index, null)));
                    }
                });
        card.getChildren().addAll(list, buttons, refused, problemsLabel(section, false));
        return card;
    }

    /** A list whose cells show an item and, under it in red, the conflicts at that item. */
    private <T> ListView<T> itemList(String section, String titleKey, String emptyKey, Function<T, String> text) {
        ListView<T> list = new ListView<>();
        list.setId(section + "List");
        list.setAccessibleText(messages.get(titleKey));
        list.setMinHeight(90);
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setPrefWidth(0);
                if (isEmpty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                List<String> conflicts = model.conflictsAt(section + "[" + getIndex() + "]");
                String shown = text.apply(item);
                if (conflicts.isEmpty()) {
                    setText(shown);
                    setGraphic(null);
                    setAccessibleText(shown);
                } else {
                    setText(null);
                    Label main = new Label(shown);
                    main.setWrapText(true);
                    Label problem = new Label("⚠ " + String.join("\n⚠ ", conflicts));
                    problem.setWrapText(true);
                    problem.getStyleClass().add("field-problem");
                    problem.setId("conflict-" + section + "-" + getIndex());
                    VBox both = new VBox(2, main, problem);
                    both.setMaxWidth(Double.MAX_VALUE);
                    setGraphic(both);
                    setAccessibleText(shown + ". " + String.join(" ", conflicts));
                }
                setWrapText(true);
            }
        });
        return list;
    }

    private <T> HBox buttons(String section, String titleKey, ListView<T> list, Runnable add,
                             java.util.function.IntConsumer change, java.util.function.IntConsumer remove) {
        Button addButton = new Button(messages.get("home.add." + section));
        addButton.setId("add-" + section);
        Button changeButton = new Button(messages.get("plan.edit"));
        changeButton.setId("edit-" + section);
        changeButton.setAccessibleText(messages.format("plan.editIn", messages.get(titleKey)));
        Button removeButton = new Button(messages.get("plan.remove"));
        removeButton.setId("remove-" + section);
        removeButton.setAccessibleText(messages.format("plan.removeIn", messages.get(titleKey)));
        changeButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        removeButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        addButton.setOnAction(e -> add.run());
        Runnable editSelected = () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                change.accept(index);
            }
        };
        changeButton.setOnAction(e -> editSelected.run());
        removeButton.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                remove.accept(index);
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                editSelected.run();
            }
        });
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                editSelected.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                removeButton.fire();
                e.consume();
            }
        });
        return new HBox(8, addButton, changeButton, removeButton);
    }

    private boolean roomInUse(int index) {
        String key = draft().rooms().get(index).key();
        HomeDraft d = draft();
        return d.privateTimes().stream().anyMatch(t -> key.equals(t.roomKey()))
                || d.activities().stream().anyMatch(a -> key.equals(a.roomKey()))
                || d.timeOut() != null && d.timeOut().places().stream().anyMatch(p -> key.equals(p.roomKey()));
    }

    // ----- private times: the week grid -----

    private VBox weekSection() {
        VBox card = card("privateTimes", "home.privateTimes", "home.privateTimesHint");
        drawPerson = new ChoiceBox<>();
        drawPerson.setId("drawPerson");
        drawPerson.setAccessibleText(messages.get("home.drawPerson"));
        drawPerson.setConverter(Messages.shown(this::personName));
        drawRoom = new ChoiceBox<>();
        drawRoom.setId("drawRoom");
        drawRoom.setAccessibleText(messages.get("home.drawRoom"));
        drawRoom.setConverter(Messages.shown(this::roomName));
        Label personLabel = new Label(messages.get("home.drawPerson"));
        personLabel.setLabelFor(drawPerson);
        personLabel.setMinWidth(Region.USE_PREF_SIZE);
        Label roomLabel = new Label(messages.get("home.drawRoom"));
        roomLabel.setLabelFor(drawRoom);
        roomLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox drawAs = new HBox(8, personLabel, drawPerson, roomLabel, drawRoom);
        drawAs.setAlignment(Pos.CENTER_LEFT);
        FlowPane legend = new FlowPane(16, 6);
        legend.setId("legend");
        refreshers.add(() -> {
            List<String> people = draft().household().stream().map(HomeDraft.HouseholdRef::key).toList();
            if (!drawPerson.getItems().equals(people)) {
                String was = drawPerson.getValue();
                drawPerson.getItems().setAll(people);
                drawPerson.setValue(people.contains(was) ? was : people.isEmpty() ? null : people.get(0));
            }
            List<String> rooms = draft().rooms().stream().map(HomeDraft.RoomItem::key).toList();
            if (!drawRoom.getItems().equals(rooms)) {
                String was = drawRoom.getValue();
                drawRoom.getItems().setAll(rooms);
                drawRoom.setValue(rooms.contains(was) ? was : rooms.isEmpty() ? null : rooms.get(0));
            }
            legend.getChildren().clear();
            for (HomeDraft.HouseholdRef person : draft().household()) {
                Circle dot = new Circle(6, PersonColours.of(person.colour()));
                Label name = new Label(person.name(), dot);
                name.setGraphicTextGap(6);
                legend.getChildren().add(name);
            }
        });

        grid = new WeekGrid(day -> WeekText.shortName(day, messages));
        grid.setId("weekGrid");
        grid.setAccessibleText(messages.get("home.weekGrid"));
        grid.setAccessibleHelp(messages.get("home.weekGridHelp"));
        grid.setListener(new GridActions());
        timesList = itemList("privateTimes", "home.privateTimes", "home.privateTimesEmpty", this::timeText);
        timesList.setPrefHeight(150);
        refreshers.add(() -> {
            int selected = timesList.getSelectionModel().getSelectedIndex();
            timesList.getItems().setAll(draft().privateTimes());
            if (selected >= 0 && selected < timesList.getItems().size()) {
                timesList.getSelectionModel().select(selected);
            }
            showGrid();
        });
        timesList.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> showGrid());
        HBox buttons = buttons("privateTimes", "home.privateTimes", timesList,
                () -> dialogs().privateTime(-1, null).ifPresent(item -> model.change(d -> HomeEdits.privateTimes(d,
                        l -> HomeEdits.put(l, -1, item)))),
                this::editTime, index -> model.change(d -> HomeEdits.privateTimes(d, l -> HomeEdits.put(l, index,
                        null))));
        Label gridHint = new Label(messages.get("home.weekGridHelp"));
        gridHint.getStyleClass().add("hint");
        gridHint.setWrapText(true);
        card.getChildren().addAll(drawAs, legend, grid, gridHint, timesList, buttons,
                problemsLabel("privateTimes", true));
        return card;
    }

    private void editTime(int index) {
        dialogs().privateTime(index, null).ifPresent(item -> model.change(d -> HomeEdits.privateTimes(d,
                l -> HomeEdits.put(l, index, item))));
    }

    private void showGrid() {
        List<WeekGrid.Block> blocks = new ArrayList<>();
        List<HomeDraft.PrivateTimeItem> times = draft().privateTimes();
        for (int i = 0; i < times.size(); i++) {
            HomeDraft.PrivateTimeItem time = times.get(i);
            if (time.start() == null || time.end() == null) {
                continue;
            }
            int colour = draft().household().stream().filter(p -> p.key().equals(time.personKey())).findFirst()
                    .map(HomeDraft.HouseholdRef::colour).orElse(6);
            String label = firstName(time.personKey()) + (time.activity() == null ? "" : " · " + time.activity())
                    + " · " + roomName(time.roomKey());
            blocks.add(new WeekGrid.Block(i, label, timeText(time), PersonColours.of(colour), time.days(),
                    time.start(), time.end(),
                    !model.conflictsAt("privateTimes[" + i + "]").isEmpty()));
        }
        grid.setBlocks(blocks, timesList.getSelectionModel().getSelectedIndex());
    }

    /** What the worker does in the grid becomes a change to the draft (so it can be undone). */
    private final class GridActions implements WeekGrid.Listener {

        @Override
        public void draw(DayOfWeek day, LocalTime start, LocalTime end) {
            String person = drawPerson.getValue();
            String room = drawRoom.getValue();
            if (person == null || room == null) {
                dialogs().privateTime(-1, new HomeDraft.PrivateTimeItem(null, person, room, EnumSet.of(day), start,
                        end, null)).ifPresent(item -> model.change(d -> HomeEdits.privateTimes(d,
                        l -> HomeEdits.put(l, -1, item))));
                return;
            }
            model.change(d -> HomeEdits.privateTimes(d, l -> HomeEdits.put(l, -1, new HomeDraft.PrivateTimeItem(
                    null, person, room, EnumSet.of(day), start, end, null))));
            timesList.getSelectionModel().select(draft().privateTimes().size() - 1);
        }

        @Override
        public void move(int index, int dayDelta, int minuteDelta) {
            HomeDraft.PrivateTimeItem time = draft().privateTimes().get(index);
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            int startMinute = time.start().getHour() * 60 + time.start().getMinute() + minuteDelta;
            int dayShift = dayDelta + Math.floorDiv(startMinute, 24 * 60);
            time.days().forEach(day -> days.add(day.plus(dayShift)));
            LocalTime start = time.start().plusMinutes(minuteDelta);
            LocalTime end = time.end().plusMinutes(minuteDelta);
            model.change(d -> HomeEdits.privateTimes(d, l -> HomeEdits.put(l, index, new HomeDraft.PrivateTimeItem(
                    time.id(), time.personKey(), time.roomKey(), days, start, end, time.activity()))));
            timesList.getSelectionModel().select(index);
        }

        @Override
        public void resize(int index, int minuteDelta) {
            HomeDraft.PrivateTimeItem time = draft().privateTimes().get(index);
            LocalTime end = time.end().plusMinutes(minuteDelta);
            int length = Math.floorMod((end.getHour() * 60 + end.getMinute())
                    - (time.start().getHour() * 60 + time.start().getMinute()), 24 * 60);
            if (length < SNAP) {
                return;
            }
            model.change(d -> HomeEdits.privateTimes(d, l -> HomeEdits.put(l, index, new HomeDraft.PrivateTimeItem(
                    time.id(), time.personKey(), time.roomKey(), time.days(), time.start(), end, time.activity()))));
            timesList.getSelectionModel().select(index);
        }

        @Override
        public void select(int index) {
            timesList.getSelectionModel().select(index);
        }

        @Override
        public void open(int index) {
            editTime(index);
        }

        @Override
        public void remove(int index) {
            model.change(d -> HomeEdits.privateTimes(d, l -> HomeEdits.put(l, index, null)));
        }
    }

    // ----- respect rules -----

    private VBox respectSection() {
        VBox card = card("respectRules", "home.respectRules", "home.respectRulesHint");
        ListView<String> list = new ListView<>();
        list.setId("respectRulesList");
        list.setAccessibleText(messages.get("home.respectRules"));
        list.setPrefHeight(100);
        list.setMinHeight(70);
        Label empty = new Label(messages.get("home.respectRulesEmpty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        refreshers.add(() -> list.getItems().setAll(draft().respectRules()));
        TextField rule = new TextField();
        rule.setId("respectRuleText");
        rule.setPromptText(messages.get("home.respectRulePrompt"));
        rule.setAccessibleText(messages.get("home.respectRulePrompt"));
        HBox.setHgrow(rule, Priority.ALWAYS);
        Button add = new Button(messages.get("home.add.respectRules"));
        add.setId("add-respectRules");
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.disableProperty().bind(rule.textProperty().isEmpty());
        Runnable adding = () -> {
            String text = TextRules.orNull(rule.getText());
            if (text != null) {
                model.change(d -> HomeEdits.respectRules(d, l -> HomeEdits.put(l, -1, text)));
                rule.clear();
            }
        };
        add.setOnAction(e -> adding.run());
        rule.setOnAction(e -> adding.run());
        Button remove = new Button(messages.get("plan.remove"));
        remove.setId("remove-respectRules");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setAccessibleText(messages.format("plan.removeIn", messages.get("home.respectRules")));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.change(d -> HomeEdits.respectRules(d, l -> HomeEdits.put(l, index, null)));
            }
        });
        card.getChildren().addAll(list, new HBox(8, rule, add, remove), problemsLabel("respectRules", false));
        return card;
    }

    // ----- time-out -----

    private VBox timeOutSection() {
        VBox card = card("timeOut", "home.timeOut", "home.timeOutHint");
        Label summary = new Label();
        summary.setId("timeOutSummary");
        summary.setWrapText(true);
        Button edit = new Button();
        edit.setId("editTimeOut");
        edit.setOnAction(e -> dialogs().timeOut().ifPresent(item -> model.change(d -> HomeEdits.timeOut(d, item))));
        Label conflicts = new Label();
        conflicts.setId("timeOutConflicts");
        conflicts.getStyleClass().add("field-problem");
        conflicts.setWrapText(true);
        conflicts.managedProperty().bind(conflicts.textProperty().isNotEmpty());
        conflicts.visibleProperty().bind(conflicts.textProperty().isNotEmpty());
        refreshers.add(() -> {
            HomeDraft.TimeOutItem t = draft().timeOut();
            edit.setText(messages.get(t == null ? "home.setUpTimeOut" : "home.editTimeOut"));
            summary.getStyleClass().remove("empty-state");
            if (t == null) {
                summary.setText(messages.get("home.timeOutEmpty"));
                summary.getStyleClass().add("empty-state");
            } else {
                summary.setText(timeOutText(t));
            }
            List<String> lines = new ArrayList<>();
            if (t != null) {
                for (int i = 0; i < t.places().size(); i++) {
                    for (String conflict : model.conflictsAt("timeOut.places[" + i + "]")) {
                        lines.add("⚠ " + conflict);
                    }
                }
            }
            conflicts.setText(String.join("\n", lines.stream().distinct().toList()));
        });
        card.getChildren().addAll(summary, conflicts, edit, problemsLabel("timeOut", false));
        return card;
    }

    private String timeOutText(HomeDraft.TimeOutItem t) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.format("home.timeOut.signalLine", nz(t.signal()), nz(t.acknowledgement())));
        lines.add(messages.format("home.timeOut.whoLine", nz(t.whoMayCall())));
        lines.add(messages.format("home.timeOut.durationLine", t.minMinutes() == null ? "—" : t.minMinutes(),
                t.maxMinutes() == null ? "—" : t.maxMinutes()));
        for (HomeDraft.TimeOutPlaceItem place : t.places()) {
            lines.add(messages.format("home.timeOut.placeLine", personName(place.personKey()),
                    place.roomKey() == null ? "—" : roomName(place.roomKey()), nz(place.calmingActivity())));
        }
        lines.add(messages.format("home.timeOut.childrenLine", t.childrenCaredByKey() == null ? "—"
                : personName(t.childrenCaredByKey()), t.responsibleAdultKey() == null ? "—"
                : personName(t.responsibleAdultKey())));
        lines.add(messages.format("home.timeOut.backLine", nz(t.comingBack())));
        if (t.whenItFails() != null) {
            lines.add(messages.format("home.timeOut.failsLine", t.whenItFails()));
        }
        return String.join("\n", lines);
    }

    /** A version of the agreements as the lines this screen shows for them, each with its section's title. */
    List<String> linesOf(HomeDraft version) {
        List<String> lines = new ArrayList<>();
        HomeDraft before = naming;
        naming = version;
        try {
            add(lines, "home.rooms", version.rooms(), this::roomText);
            add(lines, "home.privateTimes", version.privateTimes(), this::timeText);
            add(lines, "home.activities", version.activities(), this::activityText);
            add(lines, "home.respectRules", version.respectRules(), rule -> rule);
            if (version.timeOut() != null) {
                add(lines, "home.timeOut", List.of(version.timeOut()), this::timeOutText);
            }
            add(lines, "home.timeOutUses", version.timeOutUses(), this::useText);
        } finally {
            naming = before;
        }
        return lines;
    }

    private <T> void add(List<String> lines, String sectionKey, List<T> items, java.util.function.Function<T, String> text) {
        String section = messages.get(sectionKey);
        items.forEach(item -> lines.add(section + ": " + text.apply(item).replace("\n", " · ")));
    }

    /** The draft whose names the texts use: the one on screen, or another version being compared. */
    private HomeDraft naming;

    private HomeDraft names() {
        return naming != null ? naming : draft();
    }

    // ----- texts -----

    String personName(String key) {
        return names().household().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(HomeDraft.HouseholdRef::name).orElse("?");
    }

    private String firstName(String key) {
        String name = personName(key);
        int space = name.indexOf(' ');
        return space > 0 ? name.substring(0, space) : name;
    }

    String roomName(String key) {
        return names().rooms().stream().filter(r -> r.key().equals(key)).findFirst()
                .map(r -> r.name() == null ? "?" : r.name()).orElse("?");
    }

    private String roomText(HomeDraft.RoomItem r) {
        List<String> notes = new ArrayList<>();
        if (r.outside()) {
            notes.add(messages.get("home.room.outsideNote"));
        }
        if (!r.childAloneAllowed()) {
            notes.add(messages.get("home.room.noChildAloneNote"));
        }
        return nz(r.name()) + (notes.isEmpty() ? "" : " — " + String.join(", ", notes));
    }

    private String timeText(HomeDraft.PrivateTimeItem t) {
        return personName(t.personKey()) + " — " + roomName(t.roomKey()) + " — "
                + WeekText.days(t.days(), messages) + " " + WeekText.span(t.start(), t.end())
                + (t.activity() == null ? "" : " — " + t.activity());
    }

    private String activityText(HomeDraft.ActivityItem a) {
        String when = a.start() == null ? "" : " — " + WeekText.days(a.days(), messages) + " "
                + WeekText.span(a.start(), a.end());
        String where = a.roomKey() != null ? roomName(a.roomKey()) : nz(a.place());
        return personName(a.personKey()) + ": " + nz(a.what()) + when + (where.isEmpty() ? "" : " — " + where);
    }

    private String useText(HomeDraft.TimeOutUseItem u) {
        String helped = u.helped() == null ? messages.get("home.use.helpedUnknown")
                : messages.get(u.helped() ? "home.use.helpedYes" : "home.use.helpedNo");
        return messages.format("home.use.line", messages.date(u.usedAt().toLocalDate()) + " "
                + WeekText.time(u.usedAt().toLocalTime()),
                u.calledByKey() == null ? "—" : personName(u.calledByKey()),
                helped) + (u.note() == null ? "" : "\n" + u.note());
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    @FXML
    public void save() {
        model.save(() -> { });
    }

    @FXML
    public void undo() {
        model.undo();
    }

    @FXML
    public void redo() {
        model.redo();
    }
}
