package org.hearth.ui.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.RelationKind;
import org.hearth.service.NetworkRoles;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;
import org.hearth.ui.control.PersonColours;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The network map as the worker and the family see it: the household in the centre, rings for closeness, sectors
 * for kinds of relation, each person with badges for their roles in the plan, lines for who is in touch with whom.
 * People who must not know have a red dashed outline. It can be zoomed, panned, and each person dragged.
 */
final class NetworkMap {

    /** What the worker does on the map, carried out by the Network tab; a drawing for paper does nothing. */
    interface Actions {
        default void select(String memberKey) {
        }

        default void edit(String memberKey) {
        }

        default void addAt(NetworkLayout.Place place) {
        }

        default void moved(String memberKey, NetworkLayout.Place place) {
        }

        default void remove(String memberKey) {
        }
    }

    static final Color MUST_NOT_KNOW = Color.web("#C62828");
    private static final double MARGIN = 75;
    private static final double MIN_ZOOM = 0.1;
    private static final double MAX_ZOOM = 3;
    private static final Color[] SECTOR_COLOURS = {
        Color.web("#FFF4E5"), Color.web("#EAF4FF"), Color.web("#EDF7ED"), Color.web("#F3EEFA"),
        Color.web("#FFF9DB"), Color.web("#E8F6F8"), Color.web("#FDEEF4"), Color.web("#F1F1F1"),
    };
    private static final Color[] SECTOR_INKS = {
        Color.web("#9C5700"), Color.web("#1A5FA8"), Color.web("#2E7D32"), Color.web("#6A3D9A"),
        Color.web("#8A6D00"), Color.web("#00796B"), Color.web("#AD1457"), Color.web("#555555"),
    };

    private final Messages messages;
    private final Actions actions;
    private final Pane content = new Pane();
    private final Scale scale = new Scale(1, 1);
    private final ScrollPane viewport;
    private final Map<String, Group> nodes = new HashMap<>();
    private NetworkLayout.Geometry geometry;
    private double centre;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private final javafx.beans.property.BooleanProperty dragging = new javafx.beans.property.SimpleBooleanProperty();

    NetworkMap(Messages messages, Actions actions) {
        this.messages = messages;
        this.actions = actions;
        content.setId("networkCanvas");
        content.getProperties().put(NetworkMap.class, this);
        Group scaled = new Group(content);
        scaled.getTransforms().add(scale);
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(new Group(scaled));
        holder.setMinSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        holder.getStyleClass().add("network-map-paper");
        viewport = new ScrollPane(holder);
        viewport.setFitToWidth(true);
        viewport.setFitToHeight(true);
        viewport.setPannable(true);
        viewport.setId("networkMap");
        viewport.setAccessibleText(messages.get("network.map"));
        viewport.getStyleClass().add("network-map");
        viewport.addEventFilter(javafx.scene.input.ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() || e.isControlDown()) {
                zoom(e.getDeltaY() > 0 ? 1.15 : 1 / 1.15);
                e.consume();
            }
        });
        content.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && e.getTarget() == content
                    && geometry != null) {
                NetworkLayout.Point point = new NetworkLayout.Point(e.getX() - centre, e.getY() - centre);
                if (Math.hypot(point.x(), point.y()) > geometry.householdRadius()
                        && Math.hypot(point.x(), point.y()) < geometry.outerRadius()) {
                    actions.addAt(geometry.place(point));
                }
            }
        });
    }

    Node view() {
        return viewport;
    }

    /** Where on the screen a place of the map is now (after zooming and scrolling). */
    Point2D screenPoint(NetworkLayout.Place place) {
        NetworkLayout.Point point = geometry.point(place);
        return content.localToScreen(x(point.x()), y(point.y()));
    }

    NetworkLayout.Geometry geometry() {
        return geometry;
    }

    double zoomLevel() {
        return scale.getX();
    }

    void zoom(double factor) {
        setZoom(scale.getX() * factor);
    }

    void setZoom(double zoom) {
        double z = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
        scale.setX(z);
        scale.setY(z);
    }

    /** Zooms so that the whole map fits the window. */
    void fit() {
        double size = 2 * centre;
        if (size <= 0 || viewport.getViewportBounds().getWidth() <= 0) {
            return;
        }
        setZoom(Math.min(viewport.getViewportBounds().getWidth() / size,
                viewport.getViewportBounds().getHeight() / size) * 0.98);
        viewport.setHvalue(0.5);
        viewport.setVvalue(0.5);
    }

    /** The map as a picture, at twice the screen size (for print) unless that gets too large. */
    WritableImage picture() {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        double factor = 2 * centre * 2 <= 6000 ? 2 : 1;
        parameters.setTransform(Transform.scale(factor, factor));
        return content.snapshot(parameters, null);
    }

    /** Where each person around the family stands now (placed by hand, or by the tidy layout). */
    Map<String, NetworkLayout.Place> places(PlanDraft draft) {
        NetworkLayout.Geometry sizes = NetworkLayout.geometry(draft.household().size(), draft.members());
        return NetworkLayout.layout(sizes, draft.members(), true);
    }

    /** Gives keyboard focus to a person on the map. */
    void focus(String memberKey) {
        Group node = nodes.get(memberKey);
        if (node != null) {
            node.requestFocus();
        }
    }

    /** Draws the map for this draft, with one person selected (or none). */
    void show(PlanDraft draft, String selectedKey) {
        String focused = nodes.entrySet().stream().filter(e -> e.getValue().isFocused()).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        geometry = NetworkLayout.geometry(draft.household().size(), draft.members());
        Map<String, NetworkLayout.Place> places = NetworkLayout.layout(geometry, draft.members(), true);
        centre = geometry.outerRadius() + MARGIN;
        content.getChildren().clear();
        nodes.clear();
        content.setPrefSize(2 * centre, 2 * centre);
        content.setMinSize(2 * centre, 2 * centre);
        drawRingsAndSectors();

        Map<String, Group> household = new HashMap<>();
        List<Node> people = new ArrayList<>();
        for (int i = 0; i < draft.household().size(); i++) {
            PlanDraft.HouseholdRef person = draft.household().get(i);
            Group node = householdNode(person, geometry.householdPoint(i));
            household.put(person.key(), node);
            people.add(node);
        }
        Map<String, Set<NetworkRole>> roles = NetworkRoles.of(draft);
        for (PlanDraft.Member member : draft.members()) {
            NetworkLayout.Place place = geometry.place(geometry.point(places.get(member.key())));
            Group node = memberNode(draft, member, roles.get(member.key()), geometry.point(place),
                    member.key().equals(selectedKey));
            nodes.put(member.key(), node);
            people.add(node);
        }
        Map<String, Integer> colours = new HashMap<>();
        draft.household().forEach(p -> colours.put(p.key(), p.colour()));
        List<Node> labels = new ArrayList<>();
        for (PlanDraft.ContactLinkItem link : draft.links()) {
            Group from = household.get(link.personKey());
            Group to = nodes.get(link.memberKey());
            if (from != null && to != null) {
                // only the selected person's lines say how often and how: all of them at once would be unreadable
                List<Node> drawn = line(link, from, to, PersonColours.of(colours.get(link.personKey())),
                        link.memberKey().equals(selectedKey));
                content.getChildren().add(drawn.get(0));
                labels.addAll(drawn.subList(1, drawn.size()));
            }
        }
        content.getChildren().addAll(people);
        content.getChildren().addAll(labels);
        if (focused != null) {
            focus(focused);
        }
    }

    private double x(double mapX) {
        return centre + mapX;
    }

    private double y(double mapY) {
        return centre + mapY;
    }

    private void drawRingsAndSectors() {
        RelationKind[] kinds = RelationKind.values();
        double outer = geometry.outerRadius();
        for (int k = 0; k < kinds.length; k++) {
            double start = NetworkLayout.sectorStart(kinds[k]) * 360;
            javafx.scene.shape.Arc band = new javafx.scene.shape.Arc(x(0), y(0), outer, outer, 90 - start - 45, 45);
            band.setType(javafx.scene.shape.ArcType.ROUND);
            band.setFill(SECTOR_COLOURS[k]);
            band.setMouseTransparent(true);
            content.getChildren().add(band);
        }
        for (int ring = 4; ring >= 1; ring--) {
            Circle circle = new Circle(x(0), y(0), geometry.radiusOf(ring));
            circle.setFill(ring == 1 ? Color.web("#FFFFFF") : Color.TRANSPARENT);
            circle.setStroke(Color.web("#9AA5B1"));
            circle.setStrokeWidth(ring == 1 ? 2 : 1.2);
            circle.getStrokeDashArray().setAll(ring == 1 ? List.of() : List.of(8.0, 6.0));
            circle.setMouseTransparent(true);
            content.getChildren().add(circle);
        }
        for (int k = 0; k < kinds.length; k++) {
            double angle = NetworkLayout.sectorStart(kinds[k]) * 2 * Math.PI;
            double inner = geometry.householdRadius();
            Line edge = new Line(x(inner * Math.sin(angle)), y(-inner * Math.cos(angle)), x(outer * Math.sin(angle)),
                    y(-outer * Math.cos(angle)));
            edge.setStroke(Color.web("#C5CCD3"));
            edge.setMouseTransparent(true);
            content.getChildren().add(edge);
            double middle = angle + Math.PI / kinds.length;
            double labelRadius = outer + 30;
            Text name = new Text(messages.of("relationKind", kinds[k]));
            name.setFont(Font.font(null, FontWeight.BOLD, 17));
            name.setFill(SECTOR_INKS[k]);
            name.setTextAlignment(TextAlignment.CENTER);
            name.setWrappingWidth(150);
            name.setMouseTransparent(true);
            name.setX(x(labelRadius * Math.sin(middle)) - 75);
            name.setY(y(-labelRadius * Math.cos(middle)) + 5);
            content.getChildren().add(name);
        }
        Closeness[] rings = Closeness.values();
        for (int ring = 0; ring < rings.length; ring++) {
            Label label = new Label(messages.of("closeness", rings[ring]));
            label.getStyleClass().add("map-ring-label");
            label.setMouseTransparent(true);
            label.setMaxWidth(110);
            label.setAlignment(Pos.CENTER);
            label.setMinWidth(110);
            // along the line at the top, where people keep their distance, so a label never covers anyone
            label.setRotate(-90);
            label.relocate(x(0) - 55, y(-geometry.radiusOf(ring + 1.5)) - 10);
            content.getChildren().add(label);
        }
    }

    private Group householdNode(PlanDraft.HouseholdRef person, NetworkLayout.Point at) {
        Circle disc = new Circle(0, -16, 22, PersonColours.of(person.colour()));
        disc.setStroke(Color.WHITE);
        disc.setStrokeWidth(2);
        Text initials = initials(person.name(), Color.WHITE);
        Label name = nameLabel(person.name());
        name.getStyleClass().add("map-household-name");
        name.setMinWidth(2 * NetworkLayout.NODE_RADIUS - 4);
        name.setMaxWidth(2 * NetworkLayout.NODE_RADIUS - 4);
        name.relocate(-NetworkLayout.NODE_RADIUS + 2, 7);
        Group node = new Group(disc, initials, name);
        node.relocate(0, 0);
        node.setLayoutX(x(at.x()));
        node.setLayoutY(y(at.y()));
        node.setMouseTransparent(true);
        return node;
    }

    private Group memberNode(PlanDraft draft, PlanDraft.Member member, Set<NetworkRole> roles,
                             NetworkLayout.Point at, boolean selected) {
        int sector = (member.kind() == null ? RelationKind.FAMILY : member.kind()).ordinal();
        Circle disc = new Circle(0, -16, 20, member.mustNotKnow() ? Color.web("#FDECEC") : SECTOR_COLOURS[sector]
                .deriveColor(0, 2.2, 0.93, 1));
        disc.setStroke(member.mustNotKnow() ? MUST_NOT_KNOW : SECTOR_INKS[sector]);
        disc.setStrokeWidth(member.mustNotKnow() ? 3 : 1.6);
        if (member.mustNotKnow()) {
            disc.getStrokeDashArray().setAll(6.0, 4.0);
        }
        Circle halo = new Circle(0, -16, 27, Color.TRANSPARENT);
        halo.setStroke(selected ? Color.web("#0969DA") : Color.TRANSPARENT);
        halo.setStrokeWidth(3);
        Text initials = initials(member.name(), member.mustNotKnow() ? MUST_NOT_KNOW : SECTOR_INKS[sector]);
        Label name = nameLabel(member.name() == null ? "" : member.name());
        Node second;
        if (member.mustNotKnow()) {
            Label warning = new Label(messages.get("network.mustNotKnowShort"),
                    icon(Material2AL.BLOCK, MUST_NOT_KNOW));
            warning.getStyleClass().add("map-must-not-know");
            warning.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            second = centred(warning, 24);
        } else {
            HBox badges = new HBox(3);
            for (NetworkRole role : roles) {
                Label badge = new Label(null, icon(roleIcon(role), Color.WHITE));
                badge.getStyleClass().addAll("map-badge", "map-badge-" + role.name().toLowerCase());
                badges.getChildren().add(badge);
            }
            second = centred(badges, 24);
        }
        Group node = new Group(halo, disc, initials, name, second);
        node.setId("node-" + member.key());
        node.setLayoutX(x(at.x()));
        node.setLayoutY(y(at.y()));
        node.setFocusTraversable(true);
        node.setAccessibleRole(javafx.scene.AccessibleRole.BUTTON);
        String description = describe(draft, member, roles);
        node.setAccessibleText(description);
        // a tooltip is made when first needed: two hundred of them up front would slow opening the map
        node.setOnMouseEntered(e -> {
            if (!node.getProperties().containsKey(Tooltip.class)) {
                Tooltip tip = new Tooltip(description);
                node.getProperties().put(Tooltip.class, tip);
                Tooltip.install(node, tip);
            }
        });
        node.setCursor(javafx.scene.Cursor.HAND);
        wireDragging(node, member.key());
        node.focusedProperty().addListener((o, was, now) -> {
            if (now) {
                actions.select(member.key());
            }
        });
        node.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                actions.edit(member.key());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
                actions.remove(member.key());
                e.consume();
            }
        });
        return node;
    }

    private void wireDragging(Group node, String key) {
        node.setOnMousePressed(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Point2D inContent = content.sceneToLocal(e.getSceneX(), e.getSceneY());
            dragX = inContent.getX() - node.getLayoutX();
            dragY = inContent.getY() - node.getLayoutY();
            dragged = false;
            node.toFront();
            e.consume();
        });
        node.setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            Point2D inContent = content.sceneToLocal(e.getSceneX(), e.getSceneY());
            double newX = inContent.getX() - dragX;
            double newY = inContent.getY() - dragY;
            if (Math.hypot(newX - node.getLayoutX(), newY - node.getLayoutY()) > 0.5) {
                dragged = true;
                dragging.set(true);
            }
            node.setLayoutX(newX);
            node.setLayoutY(newY);
            e.consume();
        });
        node.setOnMouseReleased(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            dragging.set(false);
            if (dragged) {
                dragged = false;
                actions.moved(key, geometry.place(new NetworkLayout.Point(node.getLayoutX() - centre,
                        node.getLayoutY() - centre)));
            }
        });
        node.setOnMouseClicked(e -> {
            e.consume();
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.edit(key);
            } else if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                actions.select(key);
            }
        });
    }

    /** A contact line from a household member to a network member, labelled with how often and how. */
    private List<Node> line(PlanDraft.ContactLinkItem link, Group from, Group to, Color colour, boolean labelled) {
        Line line = new Line();
        line.startXProperty().bind(from.layoutXProperty());
        line.startYProperty().bind(from.layoutYProperty().subtract(16));
        line.endXProperty().bind(to.layoutXProperty());
        line.endYProperty().bind(to.layoutYProperty().subtract(16));
        line.setStroke(colour.deriveColor(0, 1, 1, 0.75));
        line.setStrokeWidth(width(link.frequency()));
        line.setStrokeLineCap(StrokeLineCap.ROUND);
        line.setMouseTransparent(true);
        List<String> parts = new ArrayList<>();
        if (link.frequency() != null) {
            parts.add(messages.of("frequency", link.frequency()));
        }
        if (link.channel() != null) {
            parts.add(messages.of("channel", link.channel()));
        }
        if (parts.isEmpty() || !labelled) {
            return List.of(line);
        }
        Label label = new Label(String.join(" · ", parts));
        label.getStyleClass().add("map-link-label");
        label.setMouseTransparent(true);
        label.visibleProperty().bind(dragging.not());
        // a little past halfway, towards the person around the family; drawn above everyone, so never hidden
        label.layoutXProperty().bind(line.startXProperty().multiply(0.45).add(line.endXProperty().multiply(0.55))
                .subtract(label.widthProperty().divide(2)));
        label.layoutYProperty().bind(line.startYProperty().multiply(0.45).add(line.endYProperty().multiply(0.55))
                .subtract(label.heightProperty().divide(2)));
        return List.of(line, label);
    }

    private static double width(ContactFrequency frequency) {
        if (frequency == null) {
            return 1.5;
        }
        return switch (frequency) {
            case DAILY -> 4;
            case SEVERAL_TIMES_A_WEEK -> 3;
            case WEEKLY -> 2.2;
            default -> 1.5;
        };
    }

    /** Everything a screen reader (and the tooltip) says about a person on the map. */
    String describe(PlanDraft draft, PlanDraft.Member member, Set<NetworkRole> roles) {
        List<String> parts = new ArrayList<>();
        parts.add(member.name());
        if (member.relation() != null && !member.relation().isBlank()) {
            parts.add(member.relation());
        }
        parts.add(messages.of("relationKind", member.kind()));
        parts.add(messages.of("closeness", member.closeness()));
        if (member.mustNotKnow()) {
            parts.add(messages.get("network.mustNotKnowShort"));
        }
        roles.forEach(r -> parts.add(messages.of("networkRole", r)));
        return String.join(", ", parts);
    }

    static Ikon roleIcon(NetworkRole role) {
        return switch (role) {
            case SIGNAL_RECEIVER -> Material2MZ.NOTIFICATIONS_ACTIVE;
            case CHECK_IN -> Material2AL.CHAT;
            case BUDDY -> Material2MZ.PEOPLE_ALT;
            case SCHOOL_OUTREACH -> Material2MZ.SCHOOL;
            case EMERGENCY_CONTACT -> Material2MZ.PHONE_IN_TALK;
        };
    }

    static FontIcon icon(Ikon ikon, Color colour) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(13);
        icon.setIconColor(colour);
        return icon;
    }

    private static Text initials(String name, Color colour) {
        StringBuilder letters = new StringBuilder();
        if (name != null) {
            for (String word : name.trim().split("\\s+")) {
                if (!word.isEmpty() && letters.length() < 2 && Character.isLetter(word.codePointAt(0))) {
                    letters.appendCodePoint(word.codePointAt(0));
                }
            }
        }
        Text text = new Text(letters.toString().toUpperCase());
        text.setFont(Font.font(null, FontWeight.BOLD, 14));
        text.setFill(colour);
        text.setTextAlignment(TextAlignment.CENTER);
        text.setWrappingWidth(40);
        text.setX(-20);
        text.setY(-11);
        return text;
    }

    private static Label nameLabel(String name) {
        Label label = new Label(name);
        label.getStyleClass().add("map-name");
        label.setMaxWidth(96);
        label.setMinWidth(96);
        label.setAlignment(Pos.CENTER);
        label.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        label.relocate(-48, 7);
        return label;
    }

    private static Node centred(javafx.scene.layout.Region region, double y) {
        HBox box = new HBox(region);
        box.setAlignment(Pos.CENTER);
        box.setMinWidth(96);
        box.setMaxWidth(96);
        box.relocate(-48, y);
        return box;
    }

    /** The names of the kinds of relation and rings, for a legend outside the map. */
    static Function<RelationKind, Color> sectorInk() {
        return kind -> SECTOR_INKS[kind.ordinal()];
    }
}
