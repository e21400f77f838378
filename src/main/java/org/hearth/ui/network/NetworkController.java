package org.hearth.ui.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.hearth.domain.Channel;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.RelationKind;
import org.hearth.domain.TextRules;
import org.hearth.service.NetworkGaps;
import org.hearth.service.NetworkRoles;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Background;
import org.hearth.ui.DialogService;
import org.hearth.ui.Messages;
import org.hearth.ui.Views;
import org.hearth.ui.control.FormDialog;
import org.hearth.ui.control.SaveBar;
import org.hearth.ui.plan.PlanDialogs;
import org.hearth.ui.plan.PlanEdits;
import org.hearth.ui.plan.PlanViewModel;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Network tab: the people around the family on a map the worker draws with the family (tips 2-5 of the
 * guidance), and the same people as a table. It edits the safety plan's own draft, so a role given here is a role in
 * the plan, undo and save are the plan's, and nothing is kept twice.
 */
public final class NetworkController {

    private final PlanViewModel model;
    private final Messages messages;
    private final Background background;
    private final DialogService dialogs;
    private final StringProperty selected = new SimpleStringProperty();
    private final NetworkMap map;
    private final NetworkList list;

    @FXML private StackPane mapArea;
    @FXML private Label selectedName;
    @FXML private Label selectedInfo;
    @FXML private VBox selectedRoles;
    @FXML private VBox selectedLinks;
    @FXML private Label activeCount;
    @FXML private VBox gaps;
    @FXML private Label problems;
    @FXML private VBox legend;
    @FXML private Button editPerson;
    @FXML private Button connect;
    @FXML private MenuButton giveRole;
    @FXML private MenuButton takeRole;
    @FXML private Button removePerson;
    @FXML private VBox memberPrivacy;
    @FXML private Button exportMemberData;
    @FXML private Button eraseMemberData;
    @FXML private Label memberPrivacyStatus;
    private org.hearth.ui.privacy.PersonalDataActions privacy;
    private Runnable afterErasing;
    @FXML private ToggleButton showMap;
    @FXML private ToggleButton showList;
    @FXML private Label networkSaveStatus;
    @FXML private Button networkUndo;
    @FXML private Button networkRedo;
    @FXML private Button networkSave;

    private org.hearth.ui.control.CodeWordMask codeWords = new org.hearth.ui.control.CodeWordMask();

    /** Shares the open case's code-word mask with the plan tab: revealing on one reveals on both. */
    public NetworkController maskingCodeWordsWith(org.hearth.ui.control.CodeWordMask mask) {
        this.codeWords = mask;
        mask.revealedProperty().addListener((o, was, is) -> {
            if (draft() != null && selectedRoles != null) {
                showSelected();
            }
        });
        return this;
    }

    public NetworkController(PlanViewModel model, Messages messages, Background background, DialogService dialogs) {
        this.model = model;
        this.messages = messages;
        this.background = background;
        this.dialogs = dialogs;
        this.map = new NetworkMap(messages, new NetworkMap.Actions() {
            @Override
            public void select(String memberKey) {
                selected.set(memberKey);
            }

            @Override
            public void edit(String memberKey) {
                editMember(memberKey);
            }

            @Override
            public void addAt(NetworkLayout.Place place) {
                addMember(NetworkLayout.kindAt(place), NetworkLayout.closenessAt(place), place);
            }

            @Override
            public void moved(String memberKey, NetworkLayout.Place place) {
                move(memberKey, place);
            }

            @Override
            public void remove(String memberKey) {
                removeMember(memberKey);
            }
        });
        this.list = new NetworkList(messages, selected::set, this::editMember, this::removeMember);
    }

    public Parent view() {
        return Views.load(NetworkController.class, "NetworkView.fxml", this, messages);
    }

    @FXML
    private void initialize() {
        mapArea.getChildren().addAll(list.view(), map.view());
        mapArea.getProperties().put(NetworkController.class, this);
        ToggleGroup views = new ToggleGroup();
        showMap.setToggleGroup(views);
        showList.setToggleGroup(views);
        views.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null) {
                old.setSelected(true);
                return;
            }
            map.view().setVisible(now == showMap);
            list.view().setVisible(now == showList);
        });
        list.view().setVisible(false);
        buildLegend();
        SaveBar.wire(model, messages, networkSaveStatus, networkUndo, networkRedo, networkSave);
        model.draftProperty().addListener((o, old, now) -> refresh());
        model.problemsProperty().addListener((o, old, now) -> showProblems());
        selected.addListener((o, old, now) -> {
            // drawn again so that the selected person's contact lines carry their labels
            map.show(draft(), now);
            list.select(now);
            showSelected();
        });
        refresh();
        if (privacy != null) {
            wirePrivacy();
        }
        boolean[] fitted = {false};
        map.view().layoutBoundsProperty().addListener((o, old, now) -> {
            if (!fitted[0] && now.getWidth() > 0 && draft() != null) {
                fitted[0] = true;
                javafx.application.Platform.runLater(map::fit);
            }
        });
    }

    private PlanDraft draft() {
        return model.draftProperty().get();
    }

    private Window owner() {
        return mapArea.getScene().getWindow();
    }

    private PlanDialogs planDialogs() {
        return new PlanDialogs(model, messages, owner());
    }

    private void refresh() {
        PlanDraft draft = draft();
        if (draft == null) {
            return;
        }
        if (selected.get() != null && index(selected.get()) < 0) {
            selected.set(null);
        }
        map.show(draft, selected.get());
        list.show(draft, selected.get());
        showSelected();
        showGaps(draft);
        showProblems();
    }

    private int index(String key) {
        List<PlanDraft.Member> members = draft().members();
        for (int i = 0; i < members.size(); i++) {
            if (members.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private Optional<PlanDraft.Member> member(String key) {
        int at = key == null ? -1 : index(key);
        return at < 0 ? Optional.empty() : Optional.of(draft().members().get(at));
    }

    private String personName(String key) {
        return draft().household().stream().filter(p -> p.key().equals(key)).findFirst()
                .map(PlanDraft.HouseholdRef::name).orElse("?");
    }

    // ---- what the side panel shows ----

    private void showSelected() {
        PlanDraft draft = draft();
        Optional<PlanDraft.Member> chosen = draft == null ? Optional.empty() : member(selected.get());
        boolean none = chosen.isEmpty();
        editPerson.setDisable(none);
        connect.setDisable(none || draft.household().isEmpty());
        removePerson.setDisable(none);
        giveRole.setDisable(none || chosen.get().mustNotKnow());
        selectedRoles.getChildren().clear();
        selectedLinks.getChildren().clear();
        if (none) {
            selectedName.setText(messages.get("network.noneSelected"));
            selectedInfo.setText(messages.get("network.howTo"));
            takeRole.setDisable(true);
            return;
        }
        PlanDraft.Member m = chosen.get();
        selectedName.setText(m.name());
        List<String> info = new ArrayList<>();
        if (m.relation() != null) {
            info.add(m.relation());
        }
        info.add(messages.of("relationKind", m.kind()));
        info.add(messages.of("closeness", m.closeness()));
        selectedInfo.setText(String.join(" · ", info));
        if (m.mustNotKnow()) {
            Label warning = new Label(messages.format("network.mustNotKnowWarning", m.name()),
                    NetworkMap.icon(Material2AL.BLOCK, NetworkMap.MUST_NOT_KNOW));
            warning.setWrapText(true);
            warning.setId("mustNotKnowWarning");
            warning.getStyleClass().add("network-warning");
            selectedRoles.getChildren().add(warning);
        }
        for (String line : roleLines(draft, m)) {
            Label role = new Label(line);
            role.setWrapText(true);
            selectedRoles.getChildren().add(role);
        }
        if (receivesSignal(draft, m)) {
            selectedRoles.getChildren().add(codeWords.toggle(messages, "revealCodeWordsNetwork"));
        }
        if (selectedRoles.getChildren().isEmpty()) {
            selectedRoles.getChildren().add(new Label(messages.get("network.noRole")));
        }
        for (PlanDraft.ContactLinkItem link : draft.links()) {
            if (link.memberKey().equals(m.key())) {
                selectedLinks.getChildren().add(linkRow(link));
            }
        }
        buildTakeRoleMenu(draft, m);
        buildGiveRoleMenu(m);
    }

    private static boolean receivesSignal(PlanDraft draft, PlanDraft.Member m) {
        return draft.signals().stream().flatMap(s -> s.responses().stream())
                .anyMatch(r -> m.key().equals(r.memberKey()));
    }

    private List<String> roleLines(PlanDraft draft, PlanDraft.Member m) {
        List<String> lines = new ArrayList<>();
        for (PlanDraft.SignalItem signal : draft.signals()) {
            for (PlanDraft.Response response : signal.responses()) {
                if (m.key().equals(response.memberKey())) {
                    lines.add(messages.format("network.role.receives", codeWords.show(signal.word()),
                            response.steps() == null ? "" : response.steps()));
                }
            }
        }
        for (PlanDraft.CheckInItem checkIn : draft.checkIns()) {
            if (m.key().equals(checkIn.memberKey())) {
                lines.add(messages.format("network.role.checksIn", personName(checkIn.personKey()),
                        checkIn.frequency() == null ? "" : messages.of("frequency", checkIn.frequency())));
            }
        }
        for (PlanDraft.BuddyItem buddy : draft.buddies()) {
            if (m.key().equals(buddy.memberKey())) {
                lines.add(messages.format("network.role.buddy", personName(buddy.personKey())));
            }
        }
        if (NetworkRoles.of(draft).get(m.key()).contains(NetworkRole.SCHOOL_OUTREACH)) {
            lines.add(messages.get("network.role.school"));
        }
        if (m.emergencyContact()) {
            lines.add(messages.get("network.role.emergency"));
        }
        return lines;
    }

    private HBox linkRow(PlanDraft.ContactLinkItem link) {
        List<String> parts = new ArrayList<>();
        parts.add(personName(link.personKey()));
        if (link.frequency() != null) {
            parts.add(messages.of("frequency", link.frequency()));
        }
        if (link.channel() != null) {
            parts.add(messages.of("channel", link.channel()));
        }
        Label text = new Label(messages.format("network.inTouch", String.join(" · ", parts)));
        text.setWrapText(true);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        Button remove = new Button(messages.get("network.removeLink"));
        remove.setAccessibleText(messages.format("network.removeLinkOf", personName(link.personKey())));
        remove.getStyleClass().add("small");
        remove.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.change(d -> PlanEdits.links(d, links -> links.stream()
                .filter(l -> !l.equals(link)).toList())));
        HBox row = new HBox(8, text, remove);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private void showGaps(PlanDraft draft) {
        activeCount.setId("activeCount");
        activeCount.setText(messages.format("network.activeCount", NetworkRoles.activeCount(draft),
                draft.members().size()));
        gaps.getChildren().clear();
        for (NetworkGaps.Gap gap : NetworkGaps.of(draft)) {
            Label label = new Label(messages.format(gap.messageKey(), gap.names().toArray()));
            label.setWrapText(true);
            label.getStyleClass().add(gap.messageKey().endsWith("mustNotKnow") ? "network-warning" : "network-gap");
            gaps.getChildren().add(label);
        }
        gaps.setId("networkGaps");
    }

    private void showProblems() {
        List<String> all = new ArrayList<>(model.problemsIn("members"));
        problems.setText(String.join("\n", all));
        problems.setVisible(!all.isEmpty());
        problems.setManaged(!all.isEmpty());
    }

    private void buildLegend() {
        for (NetworkRole role : NetworkRole.values()) {
            Label badge = new Label(null, NetworkMap.icon(NetworkMap.roleIcon(role), Color.WHITE));
            badge.getStyleClass().addAll("map-badge", "map-badge-" + role.name().toLowerCase());
            Label text = new Label(messages.of("networkRole", role), badge);
            legend.getChildren().add(text);
        }
        Label mustNot = new Label(messages.get("network.legend.mustNotKnow"),
                NetworkMap.icon(Material2AL.BLOCK, NetworkMap.MUST_NOT_KNOW));
        mustNot.setWrapText(true);
        legend.getChildren().add(mustNot);
        Label lines = new Label(messages.get("network.legend.lines"));
        lines.setWrapText(true);
        legend.getChildren().add(lines);
    }

    // ---- what the worker does ----

    @FXML
    private void addPerson() {
        addMember(RelationKind.FAMILY, Closeness.CLOSE, null);
    }

    private void addMember(RelationKind kind, Closeness closeness, NetworkLayout.Place place) {
        PlanDraft.Member fresh = PlanDialogs.newMember(kind, closeness, place == null ? null : place.turn(),
                place == null ? null : place.ring());
        planDialogs().member(-1, fresh).ifPresent(m -> {
            PlanDraft.Member kept = m.kind() == kind && m.closeness() == closeness ? m
                    : m.placed(m.kind(), m.closeness(), null, null);
            model.change(d -> PlanEdits.members(d, members -> PlanEdits.put(members, -1, kept)));
            selected.set(kept.key());
        });
    }

    @FXML
    private void editPerson() {
        if (selected.get() != null) {
            editMember(selected.get());
        }
    }

    private void editMember(String key) {
        int at = index(key);
        if (at < 0) {
            return;
        }
        PlanDraft.Member before = draft().members().get(at);
        planDialogs().member(at).ifPresent(m -> {
            // moved to another ring or sector in the form: the tidy layout finds them a place there
            PlanDraft.Member kept = m.kind() == before.kind() && m.closeness() == before.closeness() ? m
                    : m.placed(m.kind(), m.closeness(), null, null);
            model.change(d -> PlanEdits.members(d, members -> PlanEdits.put(members, at, kept)));
        });
    }

    private void move(String key, NetworkLayout.Place place) {
        int at = index(key);
        if (at < 0) {
            return;
        }
        PlanDraft.Member m = draft().members().get(at);
        model.change(d -> PlanEdits.members(d, members -> PlanEdits.put(members, at, m.placed(
                NetworkLayout.kindAt(place), NetworkLayout.closenessAt(place), place.turn(), place.ring()))));
    }

    // --- privacy: a network member's own data, exported or erased for good ---

    /** Gives the map the personal-data actions for the selected member; afterErasing reopens the case. */
    public void privacy(org.hearth.ui.privacy.PersonalDataActions actions, Runnable afterErasing) {
        this.privacy = actions;
        this.afterErasing = afterErasing;
        if (memberPrivacy != null) {
            wirePrivacy();
        }
    }

    private void wirePrivacy() {
        memberPrivacy.setVisible(privacy != null);
        memberPrivacy.setManaged(privacy != null);
        memberPrivacyStatus.visibleProperty().bind(memberPrivacyStatus.textProperty().isNotEmpty());
        memberPrivacyStatus.managedProperty().bind(memberPrivacyStatus.visibleProperty());
        // only a saved member, and only when nothing is waiting to be saved (erasing reopens the case)
        var unsaved = javafx.beans.binding.Bindings.createBooleanBinding(() -> savedMemberId().isEmpty()
                || model.dirty().get(), selected, model.dirty(), model.draftProperty());
        exportMemberData.disableProperty().bind(unsaved);
        eraseMemberData.disableProperty().bind(unsaved);
    }

    private Optional<Long> savedMemberId() {
        return draft() == null ? Optional.empty() : member(selected.get()).map(PlanDraft.Member::id);
    }

    @FXML
    private void exportMemberData() {
        savedMemberId().ifPresent(id -> privacy.export(owner(), org.hearth.service.SubjectAccess.Kind.NETWORK_MEMBER,
                id, memberPrivacyStatus::setText));
    }

    @FXML
    private void eraseMemberData() {
        savedMemberId().ifPresent(id -> privacy.erase(owner(), org.hearth.service.ErasureService.Kind.NETWORK_MEMBER,
                id, afterErasing, memberPrivacyStatus::setText));
    }

    @FXML
    private void removePerson() {
        if (selected.get() != null) {
            removeMember(selected.get());
        }
    }

    private void removeMember(String key) {
        Optional<PlanDraft.Member> m = member(key);
        if (m.isEmpty() || !dialogs.confirm(messages.get("network.removeTitle"),
                messages.format("network.removeQuestion", m.get().name()), messages.get("network.remove"))) {
            return;
        }
        model.change(d -> without(d, key, true));
        selected.set(null);
    }

    /** The draft without a person's roles, and (when {@code person}) without the person and their contact lines. */
    private static PlanDraft without(PlanDraft d, String key, boolean person) {
        PlanDraft edited = PlanEdits.signals(d, signals -> signals.stream().map(s -> new PlanDraft.SignalItem(s.id(),
                s.kind(), s.word(), s.answer(), s.meaning(), s.channels(), s.senderKeys(), s.responses().stream()
                .filter(r -> !key.equals(r.memberKey())).toList(), s.keptFrom())).toList());
        edited = PlanEdits.checkIns(edited, items -> items.stream().filter(c -> !key.equals(c.memberKey())).toList());
        edited = PlanEdits.buddies(edited, items -> items.stream().filter(b -> !key.equals(b.memberKey())).toList());
        if (person) {
            edited = PlanEdits.links(edited, links -> links.stream().filter(l -> !key.equals(l.memberKey())).toList());
            edited = PlanEdits.members(edited, members -> members.stream().filter(m -> !key.equals(m.key())).toList());
        }
        return edited;
    }

    @FXML
    private void connect() {
        Optional<PlanDraft.Member> m = member(selected.get());
        if (m.isEmpty()) {
            return;
        }
        FormDialog form = new FormDialog(messages);
        Map<String, String> household = new LinkedHashMap<>();
        draft().household().forEach(p -> household.put(p.key(), p.name()));
        ChoiceBox<String> person = form.pick("person", "network.link.person", List.copyOf(household.keySet()),
                household::get, null);
        ChoiceBox<ContactFrequency> frequency = form.choice("frequency", "network.link.frequency", "frequency",
                List.of(ContactFrequency.values()), ContactFrequency.WEEKLY);
        ChoiceBox<Channel> channel = form.choice("channel", "network.link.channel", "channel",
                List.of(Channel.values()), Channel.PHONE);
        String memberKey = m.get().key();
        var result = (java.util.function.Supplier<PlanDraft.ContactLinkItem>) () -> new PlanDraft.ContactLinkItem(
                person.getValue(), memberKey, frequency.getValue(), channel.getValue());
        form.show(owner(), "network.link.title", result, () -> person.getValue() == null
                ? Map.of("person", messages.get("problem.required")) : Map.of()).ifPresent(link ->
                model.change(d -> PlanEdits.links(d, links -> {
                    List<PlanDraft.ContactLinkItem> kept = new ArrayList<>(links.stream().filter(l ->
                            !(l.personKey().equals(link.personKey()) && l.memberKey().equals(link.memberKey())))
                            .toList());
                    kept.add(link);
                    return List.copyOf(kept);
                })));
    }

    private void buildGiveRoleMenu(PlanDraft.Member m) {
        giveRole.getItems().setAll(
                item("network.give.signal", "giveSignal", () -> giveSignal(m)),
                item("network.give.checkIn", "giveCheckIn", () -> guarded(m, () -> planDialogs().checkIn(-1, m.key())
                        .ifPresent(c -> model.change(d -> PlanEdits.checkIns(d, l -> PlanEdits.put(l, -1, c)))))),
                item("network.give.buddy", "giveBuddy", () -> guarded(m, () -> planDialogs().buddy(-1, m.key())
                        .ifPresent(b -> model.change(d -> PlanEdits.buddies(d, l -> PlanEdits.put(l, -1, b)))))),
                item("network.give.emergency", "giveEmergency", () -> guarded(m, () -> setEmergency(m.key(), true))));
        giveRole.getItems().get(3).setDisable(m.emergencyContact());
    }

    private void buildTakeRoleMenu(PlanDraft draft, PlanDraft.Member m) {
        Set<NetworkRole> roles = NetworkRoles.of(draft).get(m.key());
        List<MenuItem> items = new ArrayList<>();
        if (roles.contains(NetworkRole.SIGNAL_RECEIVER)) {
            items.add(item("network.take.signal", "takeSignal", () -> model.change(d -> PlanEdits.signals(d,
                    signals -> signals.stream().map(s -> new PlanDraft.SignalItem(s.id(), s.kind(), s.word(),
                            s.answer(), s.meaning(), s.channels(), s.senderKeys(), s.responses().stream()
                            .filter(r -> !m.key().equals(r.memberKey())).toList(), s.keptFrom())).toList()))));
        }
        if (roles.contains(NetworkRole.CHECK_IN)) {
            items.add(item("network.take.checkIn", "takeCheckIn", () -> model.change(d -> PlanEdits.checkIns(d,
                    l -> l.stream().filter(c -> !m.key().equals(c.memberKey())).toList()))));
        }
        if (roles.contains(NetworkRole.BUDDY)) {
            items.add(item("network.take.buddy", "takeBuddy", () -> model.change(d -> PlanEdits.buddies(d,
                    l -> l.stream().filter(b -> !m.key().equals(b.memberKey())).toList()))));
        }
        if (m.emergencyContact()) {
            items.add(item("network.take.emergency", "takeEmergency", () -> setEmergency(m.key(), false)));
        }
        if (items.size() > 1) {
            items.add(item("network.take.all", "takeAll", () -> model.change(d -> {
                PlanDraft edited = without(d, m.key(), false);
                int at = edited.members().indexOf(m);
                return at < 0 ? edited : PlanEdits.members(edited, l -> PlanEdits.put(l, at, emergency(m, false)));
            })));
        }
        takeRole.getItems().setAll(items);
        takeRole.setDisable(items.isEmpty());
    }

    private MenuItem item(String key, String id, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** A person who must not know never gets a role; one who has not agreed to take part first gives consent. */
    private void guarded(PlanDraft.Member m, Runnable give) {
        if (m.mustNotKnow()) {
            dialogs.inform(messages.format("network.mustNotKnowNoRole", m.name()));
        } else if (!m.consentGiven()) {
            dialogs.inform(messages.format("network.noConsentNoRole", m.name()));
        } else {
            give.run();
        }
    }

    private void setEmergency(String key, boolean on) {
        int at = index(key);
        if (at >= 0) {
            PlanDraft.Member m = draft().members().get(at);
            model.change(d -> PlanEdits.members(d, l -> PlanEdits.put(l, at, emergency(m, on))));
        }
    }

    private static PlanDraft.Member emergency(PlanDraft.Member m, boolean on) {
        return new PlanDraft.Member(m.key(), m.id(), m.name(), m.relation(), m.kind(), m.closeness(), m.phone(),
                m.channels(), m.mustNotKnow(), m.consentGiven(), m.consentOn(), m.consentScope(), on, m.mapTurn(),
                m.mapRing());
    }

    /** Makes the person a receiver of one of the plan's signals, with what they do when it comes. */
    private void giveSignal(PlanDraft.Member m) {
        guarded(m, () -> {
            List<PlanDraft.SignalItem> signals = draft().signals();
            if (signals.isEmpty()) {
                dialogs.inform(messages.get("network.noSignalYet"));
                return;
            }
            FormDialog form = new FormDialog(messages);
            List<Integer> indexes = new ArrayList<>();
            for (int i = 0; i < signals.size(); i++) {
                indexes.add(i);
            }
            ChoiceBox<Integer> signal = form.pick("signal", "network.give.whichSignal", indexes,
                    i -> (i + 1) + ". " + codeWords.show(signals.get(i).word())
                            + (signals.get(i).meaning() == null ? "" : " — " + signals.get(i).meaning()), 0);
            TextArea steps = form.area("steps", "network.give.steps", null);
            TextField calls = form.text("calls", "network.give.calls", null);
            var result = (java.util.function.Supplier<Integer>) () -> signal.getValue();
            UnaryOperator<PlanDraft> apply = d -> PlanEdits.signals(d, list -> {
                int at = signal.getValue();
                PlanDraft.SignalItem s = list.get(at);
                List<PlanDraft.Response> responses = new ArrayList<>(s.responses().stream()
                        .filter(r -> !m.key().equals(r.memberKey())).toList());
                responses.add(new PlanDraft.Response(m.key(), TextRules.orNull(steps.getText()),
                        TextRules.orNull(calls.getText())));
                return PlanEdits.put(list, at, new PlanDraft.SignalItem(s.id(), s.kind(), s.word(), s.answer(),
                        s.meaning(), s.channels(), s.senderKeys(), List.copyOf(responses), s.keptFrom()));
            });
            form.show(owner(), "network.give.signalTitle", result, () -> signal.getValue() == null
                    ? Map.of("signal", messages.get("problem.required"))
                    : model.problemsOf(apply.apply(draft()), "signals[" + signal.getValue() + "]"))
                    .ifPresent(chosen -> model.change(apply));
        });
    }

    @FXML
    private void tidyUp() {
        PlanDraft d = draft();
        NetworkLayout.Geometry geometry = NetworkLayout.geometry(d.household().size(), d.members());
        Map<String, NetworkLayout.Place> places = NetworkLayout.layout(geometry, d.members(), false);
        model.change(draft -> PlanEdits.members(draft, members -> members.stream().map(m -> {
            NetworkLayout.Place p = places.get(m.key());
            return m.placed(m.kind(), m.closeness(), p.turn(), p.ring());
        }).toList()));
    }

    @FXML
    private void zoomIn() {
        map.zoom(1.25);
    }

    @FXML
    private void zoomOut() {
        map.zoom(1 / 1.25);
    }

    @FXML
    private void fit() {
        map.fit();
    }

    /** Saves the map as a PNG picture where the worker chooses; the suggested name says nothing about the family. */
    @FXML
    private void exportPicture() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("network.export"));
        chooser.setInitialFileName(messages.get("network.exportName") + ".png");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        java.io.File file = chooser.showSaveDialog(owner());
        if (file != null) {
            exportTo(file.toPath(), () -> { });
        }
    }

    /**
     * The network map of a plan as a picture for handouts (the same drawing as the Network tab, no one selected).
     * On the JavaFX thread.
     */
    public static java.awt.image.BufferedImage pictureOf(PlanDraft draft, Messages messages) {
        NetworkMap drawing = new NetworkMap(messages, new NetworkMap.Actions() { });
        // on paper, no one who must not know is drawn (nor their contact lines): a map found at home, or in the
        // wrong hands, must not show who is kept out of the plan
        java.util.Set<String> shown = new java.util.HashSet<>();
        draft.members().stream().filter(m -> !m.mustNotKnow()).forEach(m -> shown.add(m.key()));
        PlanDraft printable = PlanEdits.links(PlanEdits.members(draft, members -> members.stream()
                .filter(m -> shown.contains(m.key())).toList()), links -> links.stream()
                .filter(l -> shown.contains(l.memberKey())).toList());
        drawing.show(printable, null);
        return SwingFXUtils.fromFXImage(drawing.picture(), null);
    }

    /** Writes the map picture to a file (off the JavaFX thread), replacing it only once the picture is whole. */
    public void exportTo(Path target, Runnable done) {
        // the picture is for paper: no one selected, no halo
        map.show(draft(), null);
        var image = SwingFXUtils.fromFXImage(map.picture(), null);
        map.show(draft(), selected.get());
        background.run(() -> {
            writePicture(image, target);
            return target;
        }, written -> done.run(), dialogs::failed);
    }

    static void writePicture(java.awt.image.BufferedImage image, Path target) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = Files.createTempFile(folder, ".hearth-", ".part");
        try {
            if (!javax.imageio.ImageIO.write(image, "png", partial.toFile())) {
                throw new IOException("No PNG writer");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The selected person on the map, by key; for tests and for the keyboard. */
    public StringProperty selectedProperty() {
        return selected;
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
