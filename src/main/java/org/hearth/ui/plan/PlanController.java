package org.hearth.ui.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.TextRules;
import org.hearth.service.EmergencyNumbers;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;

/**
 * The Safety plan tab: signals and who receives them, the people around the family and their consent,
 * check-ins, buddies, risk factors and warning signs, safe places, emergency numbers and reviews. Every item
 * opens in its own dialog; the plan's problems are shown in the section they belong to and block saving.
 */
public final class PlanController {

    private final PlanViewModel model;
    private final Messages messages;
    private final List<Runnable> refreshers = new ArrayList<>();

    @FXML private VBox sections;
    @FXML private Label planSaveStatus;
    @FXML private Button planUndo;
    @FXML private Button planRedo;
    @FXML private Button planSave;

    private final org.hearth.ui.control.CodeWordMask codeWords;

    public PlanController(PlanViewModel model, Messages messages) {
        this(model, messages, new org.hearth.ui.control.CodeWordMask());
    }

    /** The plan tab of an open case; its code words stay masked until the worker reveals them. */
    public PlanController(PlanViewModel model, Messages messages, org.hearth.ui.control.CodeWordMask codeWords) {
        this.model = model;
        this.messages = messages;
        this.codeWords = codeWords;
    }

    public Parent view() {
        Parent view = Views.load(PlanController.class, "PlanView.fxml", this, messages);
        model.load();
        return view;
    }

    private PlanDraft draft() {
        return model.draftProperty().get();
    }

    private PlanDialogs dialogs() {
        return new PlanDialogs(model, messages, sections.getScene().getWindow());
    }

    @FXML private javafx.scene.control.ScrollPane page;

    @FXML
    private void initialize() {
        org.hearth.ui.control.FollowFocus.install(page);
        VBox signals = listSection("signals", "plan.signals", "plan.signalsEmpty", PlanDraft::signals,
                this::signalText, i -> dialogs().signal(i), PlanEdits::signals);
        showCodeWordToggle(signals);
        sections.getChildren().addAll(
                org.hearth.ui.control.ToDoList.of("planToDos", "toDo.plan", messages, model::toDos,
                        model.problemsProperty()),
                statusCard(), signals,
                listSection("members", "plan.members", "plan.membersEmpty", PlanDraft::members, this::memberText,
                        i -> dialogs().member(i), PlanEdits::members),
                listSection("checkIns", "plan.checkIns", "plan.checkInsEmpty", PlanDraft::checkIns,
                        this::checkInText, i -> dialogs().checkIn(i), PlanEdits::checkIns),
                listSection("buddies", "plan.buddies", "plan.buddiesEmpty", PlanDraft::buddies, this::buddyText,
                        i -> dialogs().buddy(i), PlanEdits::buddies),
                riskSection(), warningSection(),
                listSection("safePlaces", "plan.safePlaces", "plan.safePlacesEmpty", PlanDraft::safePlaces,
                        this::placeText, i -> dialogs().safePlace(i), PlanEdits::safePlaces),
                numbersSection(),
                listSection("reviews", "plan.reviews", "plan.reviewsEmpty", PlanDraft::reviews, this::reviewText,
                        i -> dialogs().review(i), PlanEdits::reviews),
                trendSection());
        model.draftProperty().addListener((o, old, now) -> {
            if (now != null) {
                refreshers.forEach(Runnable::run);
            }
        });
        org.hearth.ui.control.SaveBar.wire(model, messages, planSaveStatus, planUndo, planRedo, planSave);
        // someone saved this plan meanwhile: show what they and the worker changed, and do what the worker chooses
        org.hearth.ui.control.ConflictDialog.wire(model, () -> sections.getScene().getWindow(), messages,
                messages.get("conflict.plan"),
                theirs -> org.hearth.ui.control.Changes.between(linesOf(model.savedDraft()), linesOf(theirs)),
                () -> org.hearth.ui.control.Changes.between(linesOf(model.savedDraft()), linesOf(draft())));
    }

    /** A version of the plan as the lines this screen shows for it, each with its section's title. */
    List<String> linesOf(PlanDraft version) {
        List<String> lines = new ArrayList<>();
        PlanDraft before = naming;
        naming = version;
        try {
            String status = messages.get("plan.status") + ": " + (version.status() == PlanStatus.AGREED
                    ? messages.format("plan.agreedOn", messages.date(version.agreedOn()),
                    version.agreedBy() == null ? "" : version.agreedBy()) : messages.get("plan.draft"));
            lines.add(status);
            lines.add(messages.get("plan.nextReview") + ": " + (version.nextReview() == null ? "—"
                    : messages.date(version.nextReview())));
            add(lines, "plan.signals", version.signals(), this::signalText);
            add(lines, "plan.members", version.members(), this::memberText);
            add(lines, "plan.checkIns", version.checkIns(), this::checkInText);
            add(lines, "plan.buddies", version.buddies(), this::buddyText);
            add(lines, "plan.riskFactors", version.riskFactors().stream().filter(PlanDraft.RiskFactorItem::present)
                    .toList(), f -> f.kind() == RiskFactorKind.OWN ? f.ownText() : messages.of("riskFactor", f.kind()));
            add(lines, "plan.warningSigns", version.warningSigns(), w -> (w.personKey() == null ? ""
                    : personName(w.personKey()) + ": ") + w.text());
            add(lines, "plan.safePlaces", version.safePlaces(), this::placeText);
            add(lines, "plan.emergencyNumbers", version.emergencyNumbers(), this::numberText);
            add(lines, "plan.reviews", version.reviews(), this::reviewText);
        } finally {
            naming = before;
        }
        return lines;
    }

    private <T> void add(List<String> lines, String sectionKey, List<T> items, Function<T, String> text) {
        String section = messages.get(sectionKey);
        items.forEach(item -> lines.add(section + ": " + text.apply(item).replace("\n", " · ")));
    }

    /** The eye button beside the title of the signals: code words show only while it is on. */
    private void showCodeWordToggle(VBox signals) {
        Label title = (Label) signals.getChildren().remove(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox row = new HBox(8, title, spacer, codeWords.toggle(messages, "revealCodeWords"));
        row.setAlignment(Pos.CENTER_LEFT);
        signals.getChildren().add(0, row);
        codeWords.revealedProperty().addListener((o, was, is) -> {
            if (draft() != null) {
                refreshers.forEach(Runnable::run);
            }
        });
    }

    private VBox card(String id, String titleKey) {
        Label title = new Label(messages.get(titleKey));
        title.getStyleClass().add("title-4");
        VBox card = new VBox(8, title);
        card.setId(id + "Section");
        card.getStyleClass().add("plan-section");
        return card;
    }

    private Label problemsLabel(String section) {
        Label problems = new Label();
        problems.setId(section + "Problems");
        problems.getStyleClass().add("field-problem");
        problems.setWrapText(true);
        problems.managedProperty().bind(problems.textProperty().isNotEmpty());
        problems.visibleProperty().bind(problems.textProperty().isNotEmpty());
        refreshers.add(() -> problems.setText(String.join("\n", model.problemsIn(section))));
        model.problemsProperty().addListener((o, a, b) -> problems.setText(String.join("\n",
                model.problemsIn(section))));
        return problems;
    }

    private VBox statusCard() {
        VBox card = card("status", "plan.status");
        Label status = new Label();
        status.setId("planStatus");
        status.getStyleClass().add("status-badge");
        DatePicker nextReview = new DatePicker();
        nextReview.setId("planNextReview");
        nextReview.setConverter(messages.dates());
        nextReview.setAccessibleText(messages.get("plan.nextReview"));
        Label reviewLabel = new Label(messages.get("plan.nextReview"));
        reviewLabel.setLabelFor(nextReview);
        Button agree = new Button(messages.get("plan.markAgreed"));
        agree.setId("markAgreed");
        Button toDraft = new Button(messages.get("plan.backToDraft"));
        toDraft.setId("backToDraft");
        Button reviewNow = new Button(messages.get("plan.reviewNow"));
        reviewNow.setId("reviewNow");
        reviewNow.setTooltip(new javafx.scene.control.Tooltip(messages.get("plan.reviewNowHint")));
        boolean[] updating = {false};
        refreshers.add(() -> {
            updating[0] = true;
            PlanDraft d = draft();
            status.setText(d.status() == PlanStatus.AGREED ? messages.format("plan.agreedOn",
                    messages.date(d.agreedOn()), d.agreedBy() == null ? "" : d.agreedBy())
                    : messages.get("plan.draft"));
            status.getStyleClass().removeAll("status-open", "status-closed");
            status.getStyleClass().add(d.status() == PlanStatus.AGREED ? "status-open" : "status-closed");
            nextReview.setValue(d.nextReview());
            agree.setDisable(d.status() == PlanStatus.AGREED);
            toDraft.setDisable(d.status() == PlanStatus.DRAFT);
            updating[0] = false;
        });
        nextReview.valueProperty().addListener((o, old, date) -> {
            if (!updating[0] && draft() != null) {
                model.change(d -> PlanEdits.status(d, d.status(), d.agreedOn(), d.agreedBy(), date));
            }
        });
        agree.setOnAction(e -> {
            TextInputDialog who = new TextInputDialog();
            who.initOwner(sections.getScene().getWindow());
            who.setTitle(messages.get("plan.markAgreed"));
            who.setHeaderText(messages.get("plan.agreedByQuestion"));
            who.getEditor().setAccessibleText(messages.get("plan.agreedByQuestion"));
            who.showAndWait().map(String::strip).filter(s -> !s.isEmpty()).ifPresent(name -> model.change(d ->
                    PlanEdits.status(d, PlanStatus.AGREED, model.today(), name,
                            d.nextReview() != null ? d.nextReview() : model.today().plusWeeks(12))));
        });
        toDraft.setOnAction(e -> model.change(d -> PlanEdits.status(d, PlanStatus.DRAFT, null, null,
                d.nextReview())));
        reviewNow.setOnAction(e -> model.change(d -> PlanEdits.status(d, d.status(), d.agreedOn(), d.agreedBy(),
                model.today())));
        for (javafx.scene.control.Control control : List.of(status, reviewLabel, reviewNow, agree, toDraft)) {
            control.setMinWidth(Region.USE_PREF_SIZE);
        }
        HBox review = new HBox(8, reviewLabel, nextReview, reviewNow);
        review.setAlignment(Pos.CENTER_LEFT);
        HBox agreement = new HBox(8, agree, toDraft);
        FlowPane row = new FlowPane(24, 8, status, review, agreement);
        row.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(messages.get("plan.statusHint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        card.getChildren().addAll(row, hint, problemsLabel("nextReview"), problemsLabel("status"));
        return card;
    }

    private <T> VBox listSection(String section, String titleKey, String emptyKey,
                                 Function<PlanDraft, List<T>> items, Function<T, String> text,
                                 IntFunction<Optional<T>> edit,
                                 BiFunction<PlanDraft, UnaryOperator<List<T>>, PlanDraft> setter) {
        VBox card = card(section, titleKey);
        ListView<T> list = new ListView<>();
        list.setId(section + "List");
        list.setAccessibleText(messages.get(titleKey));
        list.setPrefHeight(150);
        list.setMinHeight(90);
        Label empty = new Label(messages.get(emptyKey));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : text.apply(item));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        refreshers.add(() -> {
            int selected = list.getSelectionModel().getSelectedIndex();
            list.getItems().setAll(items.apply(draft()));
            if (selected >= 0 && selected < list.getItems().size()) {
                list.getSelectionModel().select(selected);
            }
        });
        Button add = new Button(messages.get("plan.add." + section));
        add.setId("add-" + section);
        Button change = new Button(messages.get("plan.edit"));
        change.setId("edit-" + section);
        change.setAccessibleText(messages.format("plan.editIn", messages.get(titleKey)));
        Button remove = new Button(messages.get("plan.remove"));
        remove.setId("remove-" + section);
        remove.setAccessibleText(messages.format("plan.removeIn", messages.get(titleKey)));
        change.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        add.setOnAction(e -> edit.apply(-1).ifPresent(item -> model.change(d -> setter.apply(d,
                l -> PlanEdits.put(l, -1, item)))));
        Runnable editSelected = () -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                edit.apply(index).ifPresent(item -> model.change(d -> setter.apply(d,
                        l -> PlanEdits.put(l, index, item))));
            }
        };
        change.setOnAction(e -> editSelected.run());
        remove.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.change(d -> setter.apply(d, l -> PlanEdits.put(l, index, null)));
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
                remove.fire();
                e.consume();
            }
        });
        card.getChildren().addAll(list, new HBox(8, add, change, remove), problemsLabel(section));
        return card;
    }

    private VBox riskSection() {
        VBox card = card("riskFactors", "plan.riskFactors");
        FlowPane boxes = new FlowPane(16, 8);
        boxes.setId("riskFactorBoxes");
        refreshers.add(() -> {
            boxes.getChildren().clear();
            List<PlanDraft.RiskFactorItem> factors = draft().riskFactors();
            for (int i = 0; i < factors.size(); i++) {
                PlanDraft.RiskFactorItem factor = factors.get(i);
                String label = factor.kind() == RiskFactorKind.OWN ? factor.ownText()
                        : messages.of("riskFactor", factor.kind());
                CheckBox box = new CheckBox(label);
                box.setId("risk-" + i);
                box.setAccessibleText(label);
                box.setSelected(factor.present());
                int index = i;
                box.selectedProperty().addListener((o, a, on) -> model.change(d -> PlanEdits.riskFactors(d,
                        l -> PlanEdits.put(l, index, new PlanDraft.RiskFactorItem(factor.kind(), factor.ownText(),
                                on)))));
                boxes.getChildren().add(box);
            }
        });
        TextField own = new TextField();
        own.setId("ownRiskFactor");
        own.setPromptText(messages.get("plan.ownRiskFactor"));
        own.setAccessibleText(messages.get("plan.ownRiskFactor"));
        HBox.setHgrow(own, Priority.ALWAYS);
        Button add = new Button(messages.get("plan.addRiskFactor"));
        add.setId("addRiskFactor");
        add.disableProperty().bind(own.textProperty().isEmpty());
        Runnable adding = () -> {
            String text = TextRules.orNull(own.getText());
            if (text != null) {
                model.change(d -> PlanEdits.riskFactors(d, l -> PlanEdits.put(l, -1,
                        new PlanDraft.RiskFactorItem(RiskFactorKind.OWN, text, true))));
                own.clear();
            }
        };
        add.setOnAction(e -> adding.run());
        own.setOnAction(e -> adding.run());
        card.getChildren().addAll(boxes, new HBox(8, own, add), problemsLabel("riskFactors"));
        return card;
    }

    private VBox warningSection() {
        VBox card = card("warningSigns", "plan.warningSigns");
        ListView<PlanDraft.WarningSignItem> list = new ListView<>();
        list.setId("warningSignsList");
        list.setAccessibleText(messages.get("plan.warningSigns"));
        list.setPrefHeight(110);
        Label empty = new Label(messages.get("plan.warningSignsEmpty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(PlanDraft.WarningSignItem item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty || item == null ? null : (item.personKey() == null ? "" : personName(item.personKey())
                        + ": ") + item.text());
            }
        });
        refreshers.add(() -> list.getItems().setAll(draft().warningSigns()));
        ChoiceBox<String> person = new ChoiceBox<>();
        person.setId("warningPerson");
        person.setAccessibleText(messages.get("plan.warningPerson"));
        person.setConverter(Messages.shown(key -> key == null || key.isEmpty() ? messages.get("plan.wholeFamily")
                : personName(key)));
        refreshers.add(() -> {
            List<String> keys = new ArrayList<>();
            keys.add("");
            draft().household().forEach(p -> keys.add(p.key()));
            if (!person.getItems().equals(keys)) {
                person.getItems().setAll(keys);
                person.setValue("");
            }
        });
        TextField sign = new TextField();
        sign.setId("warningText");
        sign.setPromptText(messages.get("plan.warningPrompt"));
        sign.setAccessibleText(messages.get("plan.warningPrompt"));
        HBox.setHgrow(sign, Priority.ALWAYS);
        Button add = new Button(messages.get("plan.addWarningSign"));
        add.setId("addWarningSign");
        add.disableProperty().bind(sign.textProperty().isEmpty());
        Runnable adding = () -> {
            String text = TextRules.orNull(sign.getText());
            if (text != null) {
                String key = person.getValue() == null || person.getValue().isEmpty() ? null : person.getValue();
                model.change(d -> PlanEdits.warningSigns(d, l -> PlanEdits.put(l, -1,
                        new PlanDraft.WarningSignItem(key, text))));
                sign.clear();
            }
        };
        add.setOnAction(e -> adding.run());
        sign.setOnAction(e -> adding.run());
        Button remove = new Button(messages.get("plan.remove"));
        remove.setId("remove-warningSigns");
        remove.setAccessibleText(messages.format("plan.removeIn", messages.get("plan.warningSigns")));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                model.change(d -> PlanEdits.warningSigns(d, l -> PlanEdits.put(l, index, null)));
            }
        });
        card.getChildren().addAll(list, new HBox(8, person, sign, add, remove), problemsLabel("warningSigns"));
        return card;
    }

    private VBox numbersSection() {
        VBox card = listSection("emergencyNumbers", "plan.emergencyNumbers", "plan.emergencyNumbersEmpty",
                PlanDraft::emergencyNumbers, this::numberText, i -> dialogs().number(i), PlanEdits::emergencyNumbers);
        ChoiceBox<String> country = new ChoiceBox<>();
        country.setId("country");
        country.setAccessibleText(messages.get("plan.country"));
        country.getItems().setAll(EmergencyNumbers.countries());
        country.setConverter(Messages.shown(code -> messages.get("country." + code)));
        refreshers.add(() -> country.setValue(draft().country()));
        Button fill = new Button(messages.get("plan.fillNumbers"));
        fill.setId("fillNumbers");
        fill.setOnAction(e -> {
            String code = country.getValue();
            if (code != null) {
                model.change(d -> {
                    List<PlanDraft.EmergencyNumber> numbers = new ArrayList<>(EmergencyNumbers.forCountry(code));
                    d.emergencyNumbers().stream().filter(n -> n.kind() != org.hearth.domain.EmergencyContactKind.EMERGENCY
                            && n.kind() != org.hearth.domain.EmergencyContactKind.HELPLINE).forEach(numbers::add);
                    return PlanEdits.country(d, code, List.copyOf(numbers));
                });
            }
        });
        Label label = new Label(messages.get("plan.country"));
        label.setLabelFor(country);
        HBox row = new HBox(8, label, country, fill);
        row.setAlignment(Pos.CENTER_LEFT);
        card.getChildren().add(1, row);
        return card;
    }

    private VBox trendSection() {
        VBox card = card("trend", "plan.trend");
        Label trend = new Label();
        trend.setId("trend");
        trend.setWrapText(true);
        refreshers.add(() -> {
            List<String> lines = new ArrayList<>();
            for (PlanDraft.HouseholdRef person : draft().household()) {
                List<String> scores = draft().reviews().stream().sorted(java.util.Comparator.comparing(
                        PlanDraft.ReviewItem::reviewedOn, java.util.Comparator.nullsLast(
                                java.util.Comparator.naturalOrder())))
                        .filter(r -> r.scores().containsKey(person.key()))
                        .map(r -> r.scores().get(person.key()).toString()).toList();
                if (!scores.isEmpty()) {
                    lines.add(person.name() + ": " + String.join(" → ", scores));
                }
            }
            trend.setText(lines.isEmpty() ? messages.get("plan.trendEmpty") : String.join("\n", lines));
        });
        card.getChildren().add(trend);
        return card;
    }

    /** The draft whose names the item texts use: the one on screen, or another version being compared. */
    private PlanDraft naming;

    private PlanDraft names() {
        return naming != null ? naming : draft();
    }

    private String personName(String key) {
        return names().household().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(PlanDraft.HouseholdRef::name).orElse("?");
    }

    private String memberName(String key) {
        return names().members().stream().filter(m -> m.key().equals(key)).findFirst()
                .map(PlanDraft.Member::name).orElse("?");
    }

    private String signalText(PlanDraft.SignalItem s) {
        String word = s.answer() == null ? "“" + codeWords.show(s.word()) + "”"
                : messages.format("plan.questionAnswer", codeWords.show(s.word()), codeWords.show(s.answer()));
        String receivers = s.responses().isEmpty() ? messages.get("plan.noReceiver") : String.join(", ",
                s.responses().stream().map(r -> memberName(r.memberKey())).toList());
        String senders = String.join(", ", s.senderKeys().stream().map(this::personName).toList());
        return messages.of("signalKind", s.kind()) + ": " + word + " — " + nz(s.meaning()) + "\n"
                + messages.format("plan.signalWho", senders.isEmpty() ? "—" : senders, receivers)
                + keptFromText(s.keptFrom());
    }

    /** The visible mark of a confidential item: "🔒 Kept from Mark Bakker". */
    private String keptFromText(java.util.Set<String> keptFrom) {
        if (keptFrom == null || keptFrom.isEmpty()) {
            return "";
        }
        return "\n" + messages.format("privacy.keptFromMark",
                String.join(", ", keptFrom.stream().map(this::personName).toList()));
    }

    private String memberText(PlanDraft.Member m) {
        String consent = m.mustNotKnow() ? messages.get("plan.mustNotKnow") : m.consentGiven()
                ? messages.format("plan.consentOn", messages.date(m.consentOn())) : messages.get("plan.noConsent");
        return m.name() + (m.relation() == null ? "" : " (" + m.relation() + ")") + " — "
                + messages.of("relationKind", m.kind()) + ", " + messages.of("closeness", m.closeness())
                + (m.phone() == null ? "" : " — " + m.phone()) + "\n" + consent;
    }

    private String checkInText(PlanDraft.CheckInItem c) {
        return memberName(c.memberKey()) + " → " + personName(c.personKey()) + " — "
                + messages.of("frequency", c.frequency()) + ", " + messages.of("channel", c.channel())
                + (c.coverStory() == null ? "" : "\n" + messages.format("plan.cover", c.coverStory()));
    }

    private String buddyText(PlanDraft.BuddyItem b) {
        return personName(b.personKey()) + " & " + memberName(b.memberKey()) + " — "
                + (b.dailyTime() == null ? "" : messages.format("plan.dailyAt", b.dailyTime().toString()) + ", ")
                + messages.of("channel", b.channel()) + "\n"
                + messages.format("plan.professional", nz(b.professionalName()), nz(b.professionalPhone()));
    }

    private String placeText(PlanDraft.SafePlaceItem p) {
        return p.name() + (p.address() == null ? "" : " — " + p.address()) + "\n"
                + messages.format("plan.thingsCount", p.things().size()) + keptFromText(p.keptFrom());
    }

    private String numberText(PlanDraft.EmergencyNumber n) {
        return messages.of("numberKind", n.kind()) + ": " + nz(n.name()) + " — " + nz(n.number());
    }

    private String reviewText(PlanDraft.ReviewItem r) {
        String scores = String.join(", ", r.scores().entrySet().stream()
                .map(e -> personName(e.getKey()) + " " + e.getValue()).toList());
        return messages.date(r.reviewedOn()) + (r.afterIncident() ? " · " + messages.get("plan.afterIncident") : "")
                + (Boolean.TRUE.equals(r.triedOut()) ? " · " + messages.get(Boolean.TRUE.equals(r.worked())
                ? "plan.triedWorked" : "plan.triedNotWorked") : "")
                + (scores.isEmpty() ? "" : " · " + scores) + (r.note() == null ? "" : "\n" + r.note());
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
