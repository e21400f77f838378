package org.hearth.ui.network;

import static org.hearth.bench.Timing.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.hearth.domain.Channel;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.PlanStatus;
import org.hearth.service.PlanDraft;
import org.hearth.ui.Messages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * How fast the network map is with 200 people around a family: the tidy layout, drawing the map (what opening the
 * tab costs once the plan is loaded), and drawing it again after a person is dragged. Prints median and 95th
 * percentile; run with {@code ./mvnw -Pbench verify}.
 */
@Tag("benchmark")
class NetworkMapBenchmark {

    private static final int PEOPLE = 200;

    static PlanDraft draftOf(int people) {
        List<PlanDraft.HouseholdRef> household = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            household.add(new PlanDraft.HouseholdRef("p" + i, i, "Household member " + i,
                    i < 2 ? HouseholdRole.PARENT : HouseholdRole.CHILD, i));
        }
        List<PlanDraft.Member> members = NetworkLayoutTest.people(people, 42, false);
        List<PlanDraft.ContactLinkItem> links = new ArrayList<>();
        for (int i = 0; i < people; i += 2) {
            links.add(new PlanDraft.ContactLinkItem("p" + (i % 4), "m" + i, ContactFrequency.values()[i % 5],
                    Channel.values()[i % 4]));
        }
        return new PlanDraft(null, 0, 0, PlanStatus.DRAFT, null, null, LocalDate.of(2027, 1, 1), "NL", household,
                members, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                links);
    }

    @Test
    void networkMapWith200People() throws Exception {
        PlanDraft draft = draftOf(PEOPLE);
        double[] layout = measure(30, 200, () -> {
            NetworkLayout.Geometry geometry = NetworkLayout.geometry(draft.household().size(), draft.members());
            return NetworkLayout.layout(geometry, draft.members(), false);
        });

        FxToolkit.registerPrimaryStage();
        Messages messages = new Messages(Locale.ENGLISH);
        List<String> selected = new ArrayList<>();
        NetworkMap map = new NetworkMap(messages, new NetworkMap.Actions() {
            @Override
            public void select(String memberKey) {
                selected.add(memberKey);
            }
        });
        StackPane root = new StackPane(map.view());
        WaitForAsyncUtils.asyncFx(() -> new Scene(root, 1200, 800)).get();
        double[] draw = measure(5, 30, () -> WaitForAsyncUtils.asyncFx(() -> {
            map.show(draft, null);
            root.applyCss();
            root.layout();
            return root;
        }).get());
        PlanDraft.Member first = draft.members().get(0);
        PlanDraft moved = org.hearth.ui.plan.PlanEdits.members(draft, l -> org.hearth.ui.plan.PlanEdits.put(l, 0,
                first.placed(first.kind(), first.closeness(), 0.3, 2.5)));
        double[] redraw = measure(5, 30, () -> WaitForAsyncUtils.asyncFx(() -> {
            map.show(moved, first.key());
            root.applyCss();
            root.layout();
            return root;
        }).get());

        Map<String, NetworkLayout.Place> places = NetworkLayout.layout(NetworkLayout.geometry(4, draft.members()),
                draft.members(), false);
        assertThat(places).hasSize(PEOPLE);
        System.out.printf(Locale.ROOT, "%nNetwork map, %d people (median / p95, ms)%n", PEOPLE);
        System.out.printf(Locale.ROOT, "  tidy layout                      %7.2f / %7.2f   budget 100%n", layout[0],
                layout[1]);
        System.out.printf(Locale.ROOT, "  draw the map (open the tab)      %7.2f / %7.2f%n", draw[0], draw[1]);
        System.out.printf(Locale.ROOT, "  draw again after a drag          %7.2f / %7.2f%n", redraw[0], redraw[1]);
    }

}
