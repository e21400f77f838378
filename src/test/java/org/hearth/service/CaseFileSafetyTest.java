package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hearth.domain.FieldProblem;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreRows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A case file meets the same rule book as the Safety plan and Home tabs: what they refuse as unsafe the import
 * refuses, naming the item by its path and id and leaving every table of the encrypted database as it was; what is
 * only incomplete is imported, and stays a to-do that never blocks an unrelated save.
 *
 * <p>The files are the exported demo case (members m1 Ria ... m11 the neighbours, who gave no consent and have no
 * phone, m12 the brother who must not know; signals s1-s3; check-ins c1, c2; buddy pair b1) with one change each.
 */
class CaseFileSafetyTest {

    @TempDir
    Path temp;
    Database database;
    CaseFile caseFile;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void open() throws Exception {
        database = Database.create(new DataFolder(temp.resolve("data")), "a long passphrase".toCharArray(),
                () -> "Tester");
        caseFile = new CaseFile(database, CaseFileTest.CLOCK);
        new DemoCase(database, CaseFileTest.CLOCK).create();
    }

    @AfterEach
    void close() {
        database.close();
    }

    record Unsafe(String field, String message, Consumer<ObjectNode> change) {
    }

    @TestFactory
    Stream<DynamicTest> anUnsafeCaseIsRefusedNamingTheItemByPathAndIdAndNothingIsStored() {
        Map<String, Unsafe> cases = new LinkedHashMap<>();
        cases.put("a receiver who must not know", new Unsafe("/safetyPlan/signals/1/responses/0/receiver",
                "safetyPlan/signals/1 (s2): receiver m12 must not know",
                f -> receiver(f, 1, "m12")));
        cases.put("a check-in person who must not know", new Unsafe("/safetyPlan/checkInAgreements/0/member",
                "safetyPlan/checkInAgreements/0 (c1): check-in person m12 must not know",
                f -> ((ObjectNode) f.at("/safetyPlan/checkInAgreements/0")).put("member", "m12")));
        cases.put("a buddy who must not know", new Unsafe("/safetyPlan/buddyPairs/0/buddy",
                "safetyPlan/buddyPairs/0 (b1): buddy m12 must not know",
                f -> ((ObjectNode) f.at("/safetyPlan/buddyPairs/0")).put("buddy", "m12")));
        cases.put("a receiver who gave no consent", new Unsafe("/safetyPlan/signals/1/responses/0/receiver",
                "safetyPlan/signals/1 (s2): receiver m11 has not agreed to take part",
                f -> receiver(f, 1, "m11")));
        cases.put("a signal nobody receives", new Unsafe("/safetyPlan/signals/0/responses",
                "safetyPlan/signals/0 (s1): no one receives this signal",
                f -> ((ArrayNode) f.at("/safetyPlan/signals/0/responses")).removeAll()));
        cases.put("one word with two meanings", new Unsafe("/safetyPlan/signals/2/word",
                "safetyPlan/signals/2 (s3): has the same word as signal s2 with another meaning",
                f -> ((ObjectNode) f.at("/safetyPlan/signals/2")).put("word", " THE CAT IS SICK ")));
        cases.put("an agreed plan with a buddy pair that has no professional", new Unsafe("/safetyPlan/status",
                "safetyPlan/status: is AGREED, but the plan still has something to do (first at "
                        + "safetyPlan/buddyPairs/0: names no professional",
                f -> noProfessional(f)));
        cases.put("an agreed plan with a receiver who cannot be reached", new Unsafe("/safetyPlan/status",
                "safetyPlan/status: is AGREED, but the plan still has something to do (first at "
                        + "safetyPlan/signals/0: cannot be reached",
                f -> ((ObjectNode) f.at("/network/1")).remove("phone")));
        return cases.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Unsafe unsafe = entry.getValue();
            Path file = write(changed(unsafe.change()));
            Map<String, Long> before = StoreRows.count(database);
            assertThatThrownBy(() -> caseFile.importCase(file)).isInstanceOfSatisfying(CaseFileException.class, e -> {
                assertThat(e.field()).isEqualTo(unsafe.field());
                assertThat(e.getMessage()).startsWith(unsafe.message());
                assertThat(e.getMessage()).doesNotContain("Peter", "Henk", "Ria", "Fatima", "Lotte", "cat", "CAT",
                        "plants", "Demo worker");
            });
            assertThat(StoreRows.count(database)).as("every table after the refusal").isEqualTo(before);
            assertThat(caseReferences()).containsExactly(DemoCase.REFERENCE);
        }));
    }

    @Test
    void aDraftWithABuddyPairWithoutProfessionalAndAnUnreachableReceiverIsImportedWithItsToDos() throws Exception {
        String reference = caseFile.importCase(write(changed(f -> {
            asDraft(f);
            noProfessional(f);
            ((ObjectNode) f.at("/network/1")).remove("phone");
        })));

        SafetyPlanService plans = new SafetyPlanService(database, CaseFileTest.CLOCK);
        PlanDraft plan = plans.load(caseId(reference));
        assertThat(ProblemKind.toDo(plans.check(plan))).containsExactlyInAnyOrder(
                new FieldProblem("signals[0].receivers", "problem.receiverUnreachable"),
                new FieldProblem("signals[2].receivers", "problem.receiverUnreachable"),
                new FieldProblem("buddies[0].professional", "problem.buddyNoProfessional"));
        assertThat(ProblemKind.blocking(plans.check(plan))).isEmpty();

        // an unrelated fix saves; marking the plan agreed does not while the to-dos are open
        PlanDraft fixed = PlanEditsForTest.nextReview(plan, plan.nextReview().plusDays(7));
        PlanDraft saved = plans.save(caseId(reference), fixed);
        assertThat(saved.nextReview()).isEqualTo(plan.nextReview().plusDays(7));
        PlanDraft agreed = PlanEditsForTest.agreed(saved, CaseFileTest.CLOCK);
        assertThatThrownBy(() -> plans.save(caseId(reference), agreed)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.problems())
                        .contains(new FieldProblem("status", "problem.agreedWithToDo")));
        assertThat(plans.load(caseId(reference)).status()).isEqualTo(org.hearth.domain.PlanStatus.DRAFT);
    }

    @Test
    void aTimeOutWithoutMaximumIsImportedAndRemovingAPrivateTimeStillSaves() throws Exception {
        String reference = caseFile.importCase(write(changed(f ->
                ((ObjectNode) f.at("/homeAgreement/timeOut")).remove("maxMinutes"))));

        HomeAgreementService homes = new HomeAgreementService(database);
        HomeDraft home = homes.load(caseId(reference));
        assertThat(home.timeOut().maxMinutes()).isNull();
        assertThat(ProblemKind.toDo(homes.check(home)))
                .containsExactly(new FieldProblem("timeOut.maxMinutes", "problem.maxMinutesRequired"));
        int times = home.privateTimes().size();
        List<HomeDraft.PrivateTimeItem> fewer = home.privateTimes().subList(1, times);
        HomeDraft saved = homes.save(caseId(reference), new HomeDraft(home.agreementId(), home.version(),
                home.household(), home.rooms(), fewer, home.activities(), home.respectRules(), home.timeOut(),
                home.timeOutUses(), home.planSignals()));

        assertThat(homes.load(caseId(reference)).privateTimes()).hasSize(times - 1).isEqualTo(saved.privateTimes());
        assertThat(homes.load(caseId(reference)).timeOut().maxMinutes()).isNull();
    }

    @Test
    void theRealisticCaseOfTheAcceptanceStageImportsAndHasNothingToDo() throws Exception {
        String reference = caseFile.importCase(Path.of("src/test/resources/acceptance/family-case.json"));
        SafetyPlanService plans = new SafetyPlanService(database, CaseFileTest.CLOCK);
        assertThat(plans.check(plans.load(caseId(reference)))).isEmpty();
    }

    @Test
    void theServicesRefuseWhatTheImportRefuses() throws Exception {
        SafetyPlanService plans = new SafetyPlanService(database, CaseFileTest.CLOCK);
        long demo = caseId(DemoCase.REFERENCE);
        PlanDraft plan = plans.load(demo);
        String brother = plan.members().stream().filter(PlanDraft.Member::mustNotKnow).findFirst().orElseThrow()
                .key();
        PlanDraft unsafe = PlanEditsForTest.withReceiver(plan, 0, brother);
        Map<String, Long> before = StoreRows.count(database);

        assertThatThrownBy(() -> plans.save(demo, unsafe)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).contains(
                        new FieldProblem("signals[0].receivers", "problem.receiverMustNotKnow")));
        assertThat(StoreRows.count(database)).isEqualTo(before);
        assertThat(plans.load(demo)).isEqualTo(plan);
    }

    // ---- helpers

    private static void receiver(ObjectNode file, int signal, String member) {
        ((ObjectNode) file.at("/safetyPlan/signals/" + signal + "/responses/0")).put("receiver", member);
    }

    private static void noProfessional(ObjectNode file) {
        ((ObjectNode) file.at("/safetyPlan/buddyPairs/0")).remove(List.of("professionalName", "professionalPhone"));
    }

    private static void asDraft(ObjectNode file) {
        ((ObjectNode) file.at("/safetyPlan")).put("status", "DRAFT").remove(List.of("agreedOn", "agreedBy"));
    }

    /** The exported demo case under a new reference, with one change. */
    private ObjectNode changed(Consumer<ObjectNode> change) throws IOException {
        Path exported = temp.resolve("demo.json");
        caseFile.export(DemoCase.REFERENCE, exported);
        ObjectNode file = (ObjectNode) mapper.readTree(exported.toFile());
        ((ObjectNode) file.get("case")).put("reference", "IMPORTED-1");
        change.accept(file);
        return file;
    }

    private Path write(ObjectNode file) throws IOException {
        Path path = temp.resolve("import.json");
        mapper.writeValue(path.toFile(), file);
        return path;
    }

    private List<String> caseReferences() {
        return database.read(work -> work.cases().summaries().stream().map(s -> s.reference()).toList());
    }

    private long caseId(String reference) {
        return database.read(work -> work.cases().byReference(reference).orElseThrow().getId());
    }
}
