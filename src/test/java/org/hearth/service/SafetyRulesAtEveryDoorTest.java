package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.hearth.domain.Family;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.SafetyPlan;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Generated cases ({@link GeneratedCase}: random must-not-know marks, consent, ways to reach people, kept-from
 * marks, words and roles) through the doors that write a plan, on a real encrypted database file: the case file
 * import and the plan service (which the screens, the command line and the team server all use). Each door stores
 * exactly the cases that are safe by the case's own account, and refuses the others leaving every table as it was;
 * nothing stored ever gives a part to someone who must not know or who gave no consent; and every case the import
 * accepts, the Safety plan and Home tabs load and save unchanged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafetyRulesAtEveryDoorTest {

    /** Enough tries to meet every rule many times (the generator has few values per choice), in a few seconds. */
    static final int TRIES = 60;

    final ObjectMapper mapper = new ObjectMapper();
    final AtomicInteger references = new AtomicInteger();
    Path home;
    Database database;
    CaseFile caseFile;
    SafetyPlanService plans;
    HomeAgreementService homes;
    ObjectNode template;
    long demo;

    @BeforeAll
    void open() throws IOException {
        home = Files.createTempDirectory("hearth-every-door");
        database = Database.create(new DataFolder(home.resolve("data")), "a long passphrase".toCharArray(),
                () -> "Tester");
        caseFile = new CaseFile(database, CaseFileTest.CLOCK);
        plans = new SafetyPlanService(database, CaseFileTest.CLOCK);
        homes = new HomeAgreementService(database);
        demo = new DemoCase(database, CaseFileTest.CLOCK).create();
        Path exported = home.resolve("demo.json");
        caseFile.export(DemoCase.REFERENCE, exported);
        template = (ObjectNode) mapper.readTree(exported.toFile());
    }

    @AfterAll
    void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theImportStoresExactlyTheSafeCasesAndTheTabsLoadAndSaveThemUnchanged() {
        List<Boolean> outcomes = new ArrayList<>();
        qt().withExamples(TRIES).withShrinkCycles(30).forAll(GeneratedCase.cases())
                .checkAssert(c -> outcomes.add(throughTheImport(c)));
        assertThat(outcomes).as("the generated cases reach both outcomes").contains(true, false);
        assertThat(outcomes.stream().filter(stored -> stored).count()).as("cases stored").isGreaterThan(TRIES / 10);
    }

    @Test
    void thePlanServiceStoresExactlyTheSafeCases() {
        List<Boolean> outcomes = new ArrayList<>();
        qt().withExamples(TRIES).withShrinkCycles(30).forAll(GeneratedCase.cases())
                .checkAssert(c -> outcomes.add(throughThePlanService(c)));
        assertThat(outcomes).as("the generated cases reach both outcomes").contains(true, false);
    }

    /** Imports the case; true when it was stored. */
    private boolean throughTheImport(GeneratedCase generated) {
        String reference = "GEN-" + references.incrementAndGet();
        Path file = home.resolve("generated.json");
        Map<String, Long> before = StoreRows.count(database);
        try {
            mapper.writeValue(file.toFile(), generated.asFile(template, reference));
            caseFile.importCase(file);
        } catch (CaseFileException refused) {
            assertThat(generated.refused()).as("refused (%s) %s", refused.getMessage(), generated).isTrue();
            assertThat(refused.getMessage()).as("a refusal quotes no value").doesNotContain("Qz", "umbrella",
                    "UMBRELLA", "kite", "Call me", "Come by");
            assertThat(StoreRows.count(database)).as("every table after a refusal").isEqualTo(before);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(generated.refused()).as("accepted %s", generated).isFalse();
        long id = database.read(work -> work.cases().byReference(reference).orElseThrow().getId());
        noPartForWhoMustNotKnowOrGaveNoConsent(id);

        PlanDraft plan = plans.load(id);
        assertThat(plan.signals()).hasSize(generated.signals().size());
        assertThat(ProblemKind.blocking(plans.check(plan))).as("what the Safety plan tab refuses").isEmpty();
        try {
            assertThat(sameApartFromVersions(plans.save(id, plan))).isEqualTo(sameApartFromVersions(plan));
            HomeDraft agreements = homes.load(id);
            assertThat(ProblemKind.blocking(homes.check(agreements))).as("what the Home tab refuses").isEmpty();
            HomeDraft saved = homes.save(id, agreements);
            assertThat(saved.over(agreements)).isEqualTo(agreements);
        } catch (ValidationException e) {
            throw new AssertionError("an imported case does not save unchanged: " + e.getMessage(), e);
        }
        return true;
    }

    /** Puts the case's network and plan over the demo case's plan through the plan service; true when stored. */
    private boolean throughThePlanService(GeneratedCase generated) {
        PlanDraft before = plans.load(demo);
        Map<String, Long> rows = StoreRows.count(database);
        PlanDraft saved;
        try {
            saved = plans.save(demo, generated.asDraft(before));
        } catch (ValidationException refused) {
            assertThat(generated.refused()).as("refused (%s) %s", refused.getMessage(), generated).isTrue();
            assertThat(StoreRows.count(database)).as("every table after a refusal").isEqualTo(rows);
            assertThat(plans.load(demo)).isEqualTo(before);
            return false;
        }
        assertThat(generated.refused()).as("accepted %s", generated).isFalse();
        assertThat(saved.members()).extracting(PlanDraft.Member::name).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, generated.members().size())
                        .mapToObj(i -> generated.members().get(i).name(i)).toList());
        noPartForWhoMustNotKnowOrGaveNoConsent(demo);
        return true;
    }

    /** As stored: no signal, check-in, buddy pair or role on the map for someone who must not know or did not agree. */
    private void noPartForWhoMustNotKnowOrGaveNoConsent(long caseId) {
        database.read(work -> {
            Family family = work.cases().whole(caseId).orElseThrow();
            SafetyPlan plan = work.plans().of(family).orElseThrow();
            List<NetworkMember> parts = new ArrayList<>();
            plan.getSignals().forEach(s -> s.getResponses().forEach(r -> parts.add(r.getReceiver())));
            plan.getCheckInAgreements().forEach(a -> parts.add(a.getMember()));
            plan.getBuddyPairs().forEach(b -> parts.add(b.getBuddy()));
            assertThat(parts).as("people with a part in the plan").noneMatch(NetworkMember::isMustNotKnow)
                    .allMatch(NetworkMember::isConsentGiven);
            assertThat(family.getNetwork()).filteredOn(m -> m.isMustNotKnow() || !m.isConsentGiven())
                    .allMatch(m -> m.getRoles().isEmpty());
            return null;
        });
    }

    /** A draft with the versions of a save taken out: what the worker sees on the tab. */
    private static PlanDraft sameApartFromVersions(PlanDraft d) {
        return new PlanDraft(d.planId(), 0, 0, d.status(), d.agreedOn(), d.agreedBy(), d.nextReview(), d.country(),
                d.household(), d.members(), d.signals(), d.riskFactors(), d.warningSigns(), d.safePlaces(),
                d.emergencyNumbers(), d.checkIns(), d.buddies(), d.reviews(), d.links());
    }
}
