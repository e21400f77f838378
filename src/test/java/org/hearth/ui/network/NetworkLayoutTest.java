package org.hearth.ui.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.hearth.domain.Closeness;
import org.hearth.domain.RelationKind;
import org.hearth.service.PlanDraft;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NetworkLayoutTest {

    static List<PlanDraft.Member> people(int count, long seed, boolean oneSector) {
        Random random = new Random(seed);
        List<PlanDraft.Member> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RelationKind kind = oneSector ? RelationKind.FRIENDS
                    : RelationKind.values()[random.nextInt(RelationKind.values().length)];
            Closeness closeness = oneSector ? Closeness.CLOSE
                    : Closeness.values()[random.nextInt(Closeness.values().length)];
            members.add(new PlanDraft.Member("m" + i, (long) i, "Person " + i, null, kind, closeness, null, Set.of(),
                    false, false, null, null, false, null, null));
        }
        return members;
    }

    @ParameterizedTest(name = "{0} people, household of {1}, all in one sector: {2}")
    @CsvSource({"1,1,false", "10,4,false", "200,4,false", "200,8,true", "40,2,true", "0,3,false"})
    void noTwoPeopleOverlapAndEachStandsInTheirOwnRingAndSector(int count, int household, boolean oneSector) {
        List<PlanDraft.Member> members = people(count, count * 31L + household, oneSector);
        NetworkLayout.Geometry geometry = NetworkLayout.geometry(household, members);
        Map<String, NetworkLayout.Place> places = NetworkLayout.layout(geometry, members, false);

        assertThat(places).hasSize(count);
        List<NetworkLayout.Point> points = new ArrayList<>();
        for (int i = 0; i < household; i++) {
            points.add(geometry.householdPoint(i));
        }
        for (PlanDraft.Member member : members) {
            NetworkLayout.Place place = places.get(member.key());
            assertThat(NetworkLayout.kindAt(place)).as(member.name()).isEqualTo(member.kind());
            assertThat(NetworkLayout.closenessAt(place)).as(member.name()).isEqualTo(member.closeness());
            points.add(geometry.point(place));
        }
        for (int i = 0; i < points.size(); i++) {
            for (int j = i + 1; j < points.size(); j++) {
                assertThat(points.get(i).distance(points.get(j))).as("distance between node %d and %d", i, j)
                        .isGreaterThanOrEqualTo(2 * NetworkLayout.NODE_RADIUS - 1e-6);
            }
        }
    }

    @Test
    void peoplePlacedByHandStayAndTheOthersAvoidThem() {
        List<PlanDraft.Member> members = new ArrayList<>(people(12, 7, true));
        NetworkLayout.Geometry geometry = NetworkLayout.geometry(3, members);
        NetworkLayout.Place middle = NetworkLayout.layout(geometry, members, false).get("m0");
        members.set(5, members.get(5).placed(RelationKind.FRIENDS, Closeness.CLOSE, middle.turn(), middle.ring()));

        Map<String, NetworkLayout.Place> places = NetworkLayout.layout(geometry, members, true);

        assertThat(places.get("m5")).isEqualTo(middle);
        NetworkLayout.Point fixed = geometry.point(middle);
        places.forEach((key, place) -> {
            if (!key.equals("m5")) {
                assertThat(geometry.point(place).distance(fixed)).as(key)
                        .isGreaterThanOrEqualTo(2 * NetworkLayout.NODE_RADIUS - 1e-6);
            }
        });
    }

    @Test
    void aPointOnTheMapTellsItsRingAndSectorAndNeverFallsIntoTheHousehold() {
        NetworkLayout.Geometry geometry = NetworkLayout.geometry(4, people(10, 1, false));
        double r = geometry.radiusOf(2.5);
        // straight down is the middle of the fifth sector: school and childcare
        NetworkLayout.Place below = geometry.place(new NetworkLayout.Point(0, r));
        assertThat(NetworkLayout.kindAt(below)).isEqualTo(RelationKind.SCHOOL);
        assertThat(NetworkLayout.closenessAt(below)).isEqualTo(Closeness.CLOSE);
        NetworkLayout.Place centre = geometry.place(new NetworkLayout.Point(1, -1));
        assertThat(geometry.radiusOf(centre.ring())).isGreaterThanOrEqualTo(geometry.householdRadius()
                + NetworkLayout.NODE_RADIUS - 1e-6);
        assertThat(NetworkLayout.closenessAt(centre)).isEqualTo(Closeness.VERY_CLOSE);
        NetworkLayout.Place far = geometry.place(new NetworkLayout.Point(-5000, 0));
        assertThat(NetworkLayout.closenessAt(far)).isEqualTo(Closeness.FURTHER);
        assertThat(NetworkLayout.kindAt(far)).isEqualTo(RelationKind.PEER_SUPPORT);
    }
}
