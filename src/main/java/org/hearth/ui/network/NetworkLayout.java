package org.hearth.ui.network;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hearth.domain.Closeness;
import org.hearth.domain.RelationKind;
import org.hearth.service.PlanDraft;

/**
 * Where everyone stands on the network map. The household sits in the centre; around it three rings for closeness
 * and eight sectors for kinds of relation, clockwise from the top. A place is kept as an angle (in turns) and a
 * distance in rings, so places stay in their ring and sector when the map grows.
 *
 * <p>Each person takes a round footprint of {@link #NODE_RADIUS} (disc, name and role badges). The tidy layout puts
 * people on arcs inside their ring and sector, at least one footprint from the sector's edges and two from each
 * other, and widens the rings until every sector fits: so no two people ever overlap.
 */
public final class NetworkLayout {

    /** Half the room a person takes on the map, in map units (pixels at 100 %). */
    public static final double NODE_RADIUS = 60;
    static final double SPACING = 2 * NODE_RADIUS;
    private static final double MIN_RING_WIDTH = 2 * NODE_RADIUS + 12;
    private static final double MIN_HOUSEHOLD_RADIUS = 100;
    private static final double WIDEN_STEP = 28;
    private static final RelationKind[] SECTORS = RelationKind.values();
    private static final double SECTOR_ANGLE = 2 * Math.PI / SECTORS.length;

    private NetworkLayout() {
    }

    /** A place on the map: the angle from the top, clockwise, in turns, and the distance from the centre in rings. */
    public record Place(double turn, double ring) {
    }

    /** A point in map units, the centre of the map being (0, 0) and y growing downwards. */
    public record Point(double x, double y) {
        double distance(Point other) {
            return Math.hypot(x - other.x, y - other.y);
        }
    }

    /** The sizes of the map: the household circle and the width of each ring. */
    public record Geometry(double householdRadius, double ringWidth, int householdSize) {

        /** The distance from the centre of a place that is {@code ring} rings out (1 = edge of the household). */
        public double radiusOf(double ring) {
            return householdRadius + (ring - 1) * ringWidth;
        }

        public double outerRadius() {
            return radiusOf(4);
        }

        public Point point(Place place) {
            double angle = place.turn() * 2 * Math.PI;
            double radius = radiusOf(place.ring());
            return new Point(radius * Math.sin(angle), -radius * Math.cos(angle));
        }

        /** The place at a point, kept inside the rings so that a person never lands in the household circle. */
        public Place place(Point point) {
            double turn = Math.atan2(point.x(), -point.y()) / (2 * Math.PI);
            if (turn < 0) {
                turn += 1;
            }
            double radius = Math.hypot(point.x(), point.y());
            double inner = householdRadius + NODE_RADIUS;
            double outer = outerRadius() - NODE_RADIUS;
            radius = Math.max(inner, Math.min(outer, radius));
            return new Place(turn, 1 + (radius - householdRadius) / ringWidth);
        }

        /** Where the household's members stand, in the order given, around the centre. */
        public Point householdPoint(int index) {
            if (householdSize <= 1) {
                return new Point(0, 0);
            }
            double circle = householdCircle(householdSize);
            double angle = 2 * Math.PI * index / householdSize;
            return new Point(circle * Math.sin(angle), -circle * Math.cos(angle));
        }
    }

    public static Closeness closenessAt(Place place) {
        if (place.ring() < 2) {
            return Closeness.VERY_CLOSE;
        }
        return place.ring() < 3 ? Closeness.CLOSE : Closeness.FURTHER;
    }

    public static RelationKind kindAt(Place place) {
        int sector = (int) Math.floor(((place.turn() % 1) + 1) % 1 * SECTORS.length);
        return SECTORS[Math.min(sector, SECTORS.length - 1)];
    }

    /** The turn at which a kind's sector starts. */
    public static double sectorStart(RelationKind kind) {
        return (double) kind.ordinal() / SECTORS.length;
    }

    public static double sectorTurns() {
        return 1.0 / SECTORS.length;
    }

    /** The sizes that fit everyone in the draft: rings widen until the fullest sector of each ring holds its people. */
    public static Geometry geometry(int householdSize, List<PlanDraft.Member> members) {
        double household = Math.max(MIN_HOUSEHOLD_RADIUS, householdCircle(householdSize) + NODE_RADIUS + 10);
        Map<Closeness, Integer> fullest = new EnumMap<>(Closeness.class);
        Map<String, Integer> perCell = new LinkedHashMap<>();
        for (PlanDraft.Member member : members) {
            Closeness closeness = closeness(member);
            int count = perCell.merge(kind(member) + "|" + closeness, 1, Integer::sum);
            fullest.merge(closeness, count, Math::max);
        }
        double width = MIN_RING_WIDTH;
        while (!fits(household, width, fullest)) {
            width += WIDEN_STEP;
        }
        return new Geometry(household, width, householdSize);
    }

    private static boolean fits(double household, double width, Map<Closeness, Integer> fullest) {
        for (Map.Entry<Closeness, Integer> ring : fullest.entrySet()) {
            if (slots(household, width, ring.getKey(), RelationKind.FAMILY).size() < ring.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** The radius of the circle the household stands on; 0 for one person, who stands in the centre. */
    static double householdCircle(int householdSize) {
        return householdSize <= 1 ? 0 : NODE_RADIUS / Math.sin(Math.PI / householdSize);
    }

    /**
     * The free places of a ring's sector, inner arcs first and each arc from its middle outwards, so a few people
     * stand together in the middle of their sector.
     */
    static List<Place> slots(double household, double width, Closeness closeness, RelationKind kind) {
        List<Place> slots = new ArrayList<>();
        double ringInner = household + closeness.ordinal() * width;
        double ringOuter = ringInner + width;
        double middle = (kind.ordinal() + 0.5) * SECTOR_ANGLE;
        for (double radius = ringInner + NODE_RADIUS; radius + NODE_RADIUS <= ringOuter + 1e-9; radius += SPACING) {
            double margin = Math.asin(Math.min(1, NODE_RADIUS / radius));
            double usable = SECTOR_ANGLE - 2 * margin;
            if (usable < 0) {
                continue;
            }
            double step = 2 * Math.asin(Math.min(1, NODE_RADIUS / radius));
            int count = (int) Math.floor(usable / step + 1e-9) + 1;
            double first = middle - step * (count - 1) / 2;
            List<Integer> order = middleOut(count);
            for (int i : order) {
                double angle = first + i * step;
                slots.add(new Place(angle / (2 * Math.PI), 1 + (radius - household) / width));
            }
        }
        return slots;
    }

    private static List<Integer> middleOut(int count) {
        List<Integer> order = new ArrayList<>();
        int centre = (count - 1) / 2;
        order.add(centre);
        for (int step = 1; order.size() < count; step++) {
            if (centre + step < count) {
                order.add(centre + step);
            }
            if (centre - step >= 0) {
                order.add(centre - step);
            }
        }
        return order;
    }

    /**
     * Places for everyone: with {@code keepPlaced}, those the worker placed stay where they are and only the others
     * are put in the free places of their sector; without, everyone is laid out anew.
     */
    public static Map<String, Place> layout(Geometry geometry, List<PlanDraft.Member> members, boolean keepPlaced) {
        Map<String, Place> places = new LinkedHashMap<>();
        List<Point> taken = new ArrayList<>();
        if (keepPlaced) {
            for (PlanDraft.Member member : members) {
                if (placed(member)) {
                    Place place = new Place(member.mapTurn(), member.mapRing());
                    places.put(member.key(), place);
                    taken.add(geometry.point(place));
                }
            }
        }
        Map<String, List<Place>> freeByCell = new LinkedHashMap<>();
        for (PlanDraft.Member member : members) {
            if (places.containsKey(member.key())) {
                continue;
            }
            List<Place> free = freeByCell.computeIfAbsent(kind(member) + "|" + closeness(member), cell ->
                    new ArrayList<>(slots(geometry.householdRadius(), geometry.ringWidth(), closeness(member),
                            kind(member))));
            Place chosen = null;
            for (int i = 0; i < free.size() && chosen == null; i++) {
                Point point = geometry.point(free.get(i));
                if (taken.stream().allMatch(other -> other.distance(point) >= SPACING - 1e-6)) {
                    chosen = free.remove(i);
                }
            }
            if (chosen == null) {
                // every place of the sector is taken by someone placed by hand: stand on the first, Tidy up sorts it
                chosen = free.isEmpty() ? slots(geometry.householdRadius(), geometry.ringWidth(), closeness(member),
                        kind(member)).get(0) : free.remove(0);
            }
            places.put(member.key(), chosen);
            taken.add(geometry.point(chosen));
        }
        return places;
    }

    static boolean placed(PlanDraft.Member member) {
        return member.mapTurn() != null && member.mapRing() != null && Double.isFinite(member.mapTurn())
                && Double.isFinite(member.mapRing());
    }

    private static RelationKind kind(PlanDraft.Member member) {
        return member.kind() == null ? RelationKind.FAMILY : member.kind();
    }

    private static Closeness closeness(PlanDraft.Member member) {
        return member.closeness() == null ? Closeness.FURTHER : member.closeness();
    }
}
