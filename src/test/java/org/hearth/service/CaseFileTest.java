package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.hearth.domain.CaseStatus;
import org.hearth.domain.Channel;
import org.hearth.domain.CheckIn;
import org.hearth.domain.CheckInOutcome;
import org.hearth.domain.Closeness;
import org.hearth.domain.ContactFrequency;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.Family;
import org.hearth.domain.HomeAgreement;
import org.hearth.domain.HouseholdRole;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.Person;
import org.hearth.domain.PlanStatus;
import org.hearth.domain.RelationKind;
import org.hearth.domain.RiskFactorKind;
import org.hearth.domain.RiskRole;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.domain.SignalKind;
import org.hearth.domain.TimeOutUse;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class CaseFileTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(9, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    static final String FAMILY_EMOJI = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    static final String ARABIC_NAME = "ليلى العمراني";
    static final String ARABIC_NOTE = "تتحدث العربية والهولندية.\nتفضّل الاتصال بعد السابعة مساءً 🌙";
    static final String SIGNAL_EMOJI = "🌧️🐈\u200D⬛";

    @TempDir
    Path temp;
    Database first;
    CaseFile caseFile;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void open() throws Exception {
        first = database("first");
        caseFile = new CaseFile(first, CLOCK);
        new DemoCase(first, CLOCK).create();
        addEveryOtherPart(first);
    }

    @AfterEach
    void close() {
        first.close();
    }

    @Test
    void theWholeCaseComesBackExactlyInAnotherDatabase() throws Exception {
        Path exported = temp.resolve("exported.json");
        caseFile.export(DemoCase.REFERENCE, exported);

        try (Database second = database("second")) {
            String reference = new CaseFile(second, CLOCK).importCase(exported);
            assertThat(reference).isEqualTo(DemoCase.REFERENCE);
            Path again = temp.resolve("again.json");
            new CaseFile(second, CLOCK).export(reference, again);

            assertThat(tree(again)).isEqualTo(tree(exported));
            assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(exported));
            spotCheck(second);
        }
        String text = Files.readString(exported, StandardCharsets.UTF_8);
        assertThat(text).contains(ARABIC_NAME, FAMILY_EMOJI, SIGNAL_EMOJI, "\"format\" : \"hearth-case\"",
                "\"version\" : 1");
    }

    private void spotCheck(Database second) {
        second.read(work -> {
            Family family = work.cases().byReference(DemoCase.REFERENCE).orElseThrow();
            work.cases().whole(family.getId());
            Person layla = family.getHousehold().stream().filter(p -> p.getName().equals(ARABIC_NAME))
                    .findFirst().orElseThrow();
            assertThat(layla.getNotes()).isEqualTo(ARABIC_NOTE);
            NetworkMember peter = family.getNetwork().stream().filter(NetworkMember::isMustNotKnow)
                    .findFirst().orElseThrow();
            assertThat(peter.getName()).isEqualTo("Peter Bakker");
            assertThat(peter.getRoles()).isEmpty();
            assertThat(family.getNetwork().get(0).getMapX()).isEqualTo(0.25);

            SafetyPlan plan = work.plans().of(family).orElseThrow();
            Signal cat = plan.getSignals().get(1);
            assertThat(cat.getWord()).isEqualTo("The cat is sick");
            assertThat(cat.getSenders()).extracting(Person::getName).containsExactly("Sanne Bakker");
            assertThat(cat.getResponses()).extracting(r -> r.getReceiver().getName()).containsExactly("Ria de Wit");
            assertThat(cat.getConfidentialFrom()).extracting(Person::getName).containsExactly("Mark Bakker");
            assertThat(plan.getSignals().get(3).getWord()).isEqualTo(SIGNAL_EMOJI + " " + FAMILY_EMOJI);
            assertThat(plan.getStatus()).isEqualTo(PlanStatus.AGREED);

            HomeAgreement home = work.homes().of(family).orElseThrow();
            assertThat(home.getTimeOut().getPlaces()).extracting(p -> p.getPerson().getName() + " > "
                    + p.getRoom().getName()).containsExactly("Mark Bakker > A walk outside",
                    "Sanne Bakker > Living room", "Noor Bakker > Noor's room");
            assertThat(home.getTimeOut().getResponsibleAdult().getName()).isEqualTo("Mark Bakker");
            assertThat(home.getPrivateTimes().get(0).getDays())
                    .containsExactlyInAnyOrder(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
            assertThat(home.getTimeOutUses()).hasSize(3);

            List<CheckIn> checkIns = work.checkIns().of(family);
            assertThat(checkIns).as("newest first").extracting(CheckIn::getOutcome)
                    .containsExactly(CheckInOutcome.ALL_WELL, CheckInOutcome.WORRIED, CheckInOutcome.ALL_WELL);
            assertThat(checkIns.get(0).getAgreement().getCoverStory())
                    .isEqualTo("Evening call about the children's day");
            assertThat(checkIns.get(1).getBuddyPair().getCodeWord()).isEqualTo("pancakes");
            assertThat(checkIns.get(2).getAgreement().getCoverStory())
                    .isEqualTo("Homework support on Wednesday afternoon");
            return null;
        });
    }

    @Test
    void theFileUsesLocalIdsNamesAndIsoDates() throws Exception {
        Path exported = temp.resolve("case.json");
        caseFile.export("demo-001", exported);
        JsonNode tree = tree(exported);
        assertThat(tree.at("/household/0/id").asText()).isEqualTo("p1");
        assertThat(tree.at("/network/11/id").asText()).isEqualTo("m12");
        assertThat(tree.at("/network/11/mustNotKnow").asBoolean()).isTrue();
        assertThat(tree.at("/safetyPlan/signals/0/senders/0").asText()).isEqualTo("p1");
        assertThat(tree.at("/safetyPlan/signals/0/responses/0/receiver").asText()).isEqualTo("m2");
        assertThat(tree.at("/homeAgreement/rooms/7/id").asText()).isEqualTo("r8");
        assertThat(tree.at("/homeAgreement/timeOut/places/0/room").asText()).isEqualTo("r8");
        assertThat(tree.at("/checkIns/0/agreement").asText()).isEqualTo("c1");
        assertThat(tree.at("/checkIns/1/buddyPair").asText()).isEqualTo("b1");
        assertThat(tree.at("/case/createdOn").asText()).isEqualTo("2026-10-30");
        assertThat(tree.at("/checkIns/0/happenedAt").asText()).isEqualTo("2026-11-26T15:30:00");
        assertThat(tree.at("/exportedAt").asText()).isEqualTo("2026-11-29T09:00:00Z");
        assertThat(tree.toString()).doesNotContain("\"id\":1").doesNotContain("null");
        try (Stream<Path> files = Files.list(temp)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("case.json")
                    .noneMatch(name -> name.endsWith(".part"));
        }
    }

    @Test
    void anUnknownReferenceIsNotExported() {
        Path target = temp.resolve("none.json");
        assertThatThrownBy(() -> caseFile.export("NO-SUCH", target))
                .isInstanceOfSatisfying(CaseFileException.class,
                        e -> assertThat(e.field()).isEqualTo("/case/reference"));
        assertThat(target).doesNotExist();
    }

    @Test
    void aCheckedFileWithANewReferenceIsStoredAsANewCase() throws Exception {
        ObjectNode file = valid();
        assertThat(caseFile.importCase(write(file))).isEqualTo("IMPORTED-1");
        assertThat(caseCount()).isEqualTo(2);
    }

    @Test
    void theExampleInTheDocumentationImports() throws Exception {
        String doc = Files.readString(Path.of("docs/case-format.md"), StandardCharsets.UTF_8);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        Path example = Files.writeString(temp.resolve("example.json"), doc.substring(start, doc.indexOf("```", start)));
        assertThat(caseFile.importCase(example)).isEqualTo("EX-001");
        Path exported = temp.resolve("example-again.json");
        caseFile.export("EX-001", exported);
        JsonNode expected = tree(example);
        JsonNode actual = tree(exported);
        assertThat(actual.get("household")).isEqualTo(expected.get("household"));
        assertThat(actual.get("network")).isEqualTo(expected.get("network"));
        assertThat(actual.at("/safetyPlan/signals")).isEqualTo(expected.at("/safetyPlan/signals"));
    }

    @Test
    void textOfExactlyTenThousandCharactersIsKeptEvenWhenEachTakesTwoUnits() throws Exception {
        ObjectNode file = valid();
        String notes = "😀".repeat(10_000);
        ((ObjectNode) file.at("/household/0")).put("notes", notes);
        caseFile.importCase(write(file));
        String stored = first.read(work -> work.cases().byReference("IMPORTED-1")
                .flatMap(f -> work.cases().withHousehold(f.getId())).orElseThrow().getHousehold().get(0).getNotes());
        assertThat(stored).isEqualTo(notes);
    }

    @TestFactory
    Stream<DynamicTest> aBrokenFileIsRefusedWithItsFieldNamedAndNothingIsStored() throws Exception {
        String validText = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(valid());
        Map<String, Broken> cases = new java.util.LinkedHashMap<>();
        cases.put("not JSON at all", new Broken("", "JSON", text("Dear worker, here is the case.")));
        cases.put("truncated JSON", new Broken("", "ends too early",
                text(validText.substring(0, validText.lastIndexOf('{', validText.length() / 2) + 1))));
        cases.put("wrong format name", new Broken("/format", "not a Hearth case file",
                edit(f -> f.put("format", "other-app"))));
        cases.put("version 99", new Broken("/version", "cannot read", edit(f -> f.put("version", 99))));
        cases.put("missing required field", new Broken("/household/1/name", "missing",
                edit(f -> ((ObjectNode) f.at("/household/1")).remove("name"))));
        cases.put("wrong enum value", new Broken("/household/0/role", "one of",
                edit(f -> ((ObjectNode) f.at("/household/0")).put("role", "KING"))));
        cases.put("unknown field", new Broken("/case/secret", "not part of",
                edit(f -> ((ObjectNode) f.at("/case")).put("secret", "x"))));
        cases.put("birth year 3000", new Broken("/household/2/birthYear",
                "a birth year lies between 1900 and this year",
                edit(f -> ((ObjectNode) f.at("/household/2")).put("birthYear", 3000))));
        cases.put("NUL character in a name", new Broken("/household/0/name", "control character",
                edit(f -> ((ObjectNode) f.at("/household/0")).put("name", "Sanne\u0000Bakker"))));
        cases.put("text of 10,001 characters", new Broken("/household/0/notes", "at most 10,000 characters",
                edit(f -> ((ObjectNode) f.at("/household/0")).put("notes", "😀".repeat(10_001)))));
        cases.put("signal sender unknown", new Broken("/safetyPlan/signals/0/senders/0", "names no one",
                edit(f -> ((ArrayNode) f.at("/safetyPlan/signals/0/senders")).removeAll().add("p99"))));
        cases.put("response receiver unknown", new Broken("/safetyPlan/signals/1/responses/0/receiver",
                "names no one in the network",
                edit(f -> ((ObjectNode) f.at("/safetyPlan/signals/1/responses/0")).put("receiver", "p1"))));
        cases.put("must-not-know member with a role", new Broken("/network/11/roles", "network/11 (m12)",
                "must not know",
                edit(f -> ((ArrayNode) f.at("/network/11/roles")).add("SIGNAL_RECEIVER"))));
        cases.put("score above 10", new Broken("/safetyPlan/reviews/0/scores/1/score", "at most 10",
                edit(f -> ((ObjectNode) f.at("/safetyPlan/reviews/0/scores/1")).put("score", 11))));
        cases.put("private time that ends when it starts", new Broken("/homeAgreement/privateTimes/0/end",
                "same moment", edit(f -> ((ObjectNode) f.at("/homeAgreement/privateTimes/0")).put("end", "19:00"))));
        cases.put("time-out place in an unknown room", new Broken("/homeAgreement/timeOut/places/1/room",
                "names no room", edit(f -> ((ObjectNode) f.at("/homeAgreement/timeOut/places/1")).put("room", "r99"))));
        cases.put("impossible date", new Broken("/case/createdOn", "the date exists",
                edit(f -> ((ObjectNode) f.at("/case")).put("createdOn", "2026-02-30"))));
        cases.put("duplicate person id", new Broken("/household/3/id", "its own id",
                edit(f -> ((ObjectNode) f.at("/household/3")).put("id", "p1"))));
        cases.put("reference already in the database", new Broken("/case/reference", "already in this database",
                edit(f -> ((ObjectNode) f.at("/case")).put("reference", "demo-001"))));
        cases.put("file over the size limit", new Broken("", "larger than 20 MB", this::hugeFile));

        return cases.entrySet().stream().map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
            Broken broken = entry.getValue();
            Path file = broken.file().make();
            long before = caseCount();
            assertThatThrownBy(() -> caseFile.importCase(file)).isInstanceOfSatisfying(CaseFileException.class, e -> {
                assertThat(e.field()).isEqualTo(broken.field());
                assertThat(e.getMessage()).startsWith(broken.named() + ": ");
                assertThat(e.getMessage()).contains(broken.advice());
                assertThat(e.getMessage()).doesNotContain("Sanne", "KING", "p99", "2026-02-30", "3000", "😀");
            });
            assertThat(caseCount()).isEqualTo(before);
        }));
    }

    @Test
    void theSchemaListsEveryValueOfEveryEnum() throws IOException {
        JsonNode defs;
        try (InputStream in = CaseFile.class.getResourceAsStream("case-format-v1.schema.json")) {
            defs = mapper.readTree(in).get("$defs");
        }
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(Map.entry("caseStatus", CaseStatus.class),
                Map.entry("householdRole", HouseholdRole.class), Map.entry("riskRole", RiskRole.class),
                Map.entry("relationKind", RelationKind.class), Map.entry("closeness", Closeness.class),
                Map.entry("channel", Channel.class), Map.entry("networkRole", NetworkRole.class),
                Map.entry("contactFrequency", ContactFrequency.class), Map.entry("planStatus", PlanStatus.class),
                Map.entry("signalKind", SignalKind.class), Map.entry("riskFactorKind", RiskFactorKind.class),
                Map.entry("emergencyContactKind", EmergencyContactKind.class),
                Map.entry("checkInOutcome", CheckInOutcome.class), Map.entry("dayOfWeek", DayOfWeek.class));
        enums.forEach((name, type) -> {
            List<String> inSchema = mapper.convertValue(defs.get(name).get("enum"),
                    mapper.getTypeFactory().constructCollectionType(List.class, String.class));
            assertThat(inSchema).as(name).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        });
    }

    // ---- helpers

    /** A broken file, the field it names, and how the message names the place (the field, or an item and its id). */
    record Broken(String field, String named, String advice, BrokenFile file) {
        Broken(String field, String advice, BrokenFile file) {
            this(field, field.isEmpty() ? "case file" : field.substring(1), advice, file);
        }
    }

    interface BrokenFile {
        Path make() throws IOException;
    }

    private BrokenFile text(String content) {
        return () -> Files.writeString(temp.resolve("broken.json"), content, StandardCharsets.UTF_8);
    }

    private BrokenFile edit(Consumer<ObjectNode> change) {
        return () -> {
            ObjectNode file = valid();
            change.accept(file);
            return write(file);
        };
    }

    private Path hugeFile() throws IOException {
        Path file = temp.resolve("huge.json");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(CaseFile.MAX_BYTES + 1);
        }
        return file;
    }

    /** The exported demo case under a new reference: a file that imports cleanly. */
    private ObjectNode valid() throws IOException {
        Path exported = temp.resolve("valid.json");
        caseFile.export(DemoCase.REFERENCE, exported);
        ObjectNode file = (ObjectNode) tree(exported);
        ((ObjectNode) file.get("case")).put("reference", "IMPORTED-1");
        return file;
    }

    private Path write(JsonNode file) throws IOException {
        Path path = temp.resolve("import.json");
        mapper.writeValue(path.toFile(), file);
        return path;
    }

    private JsonNode tree(Path file) throws IOException {
        return mapper.readTree(file.toFile());
    }

    private long caseCount() {
        return first.read(work -> work.cases().summaries().size());
    }

    private Database database(String name) throws IOException {
        return Database.create(new DataFolder(temp.resolve(name)), "a long passphrase".toCharArray(), () -> "Tester");
    }

    /** Adds what the demo case leaves out: Arabic and emoji text, map places, confidential items, a time-out use. */
    private static void addEveryOtherPart(Database database) {
        database.write(work -> {
            Family family = work.cases().byReference(DemoCase.REFERENCE).orElseThrow();
            work.cases().whole(family.getId());
            Person layla = family.addPerson(ARABIC_NAME, HouseholdRole.OTHER);
            layla.setNotes(ARABIC_NOTE);
            layla.setLanguages("العربية, Nederlands");
            family.getNetwork().get(0).placeOnMap(0.25, -1.5);
            family.getNetwork().get(1).placeOnMap(3.0, 4.125);
            family.getNetwork().get(1).setEmail("fatima@example.org");
            family.getNetwork().get(1).setLanguage("ar");
            Person mark = family.getHousehold().get(1);
            SafetyPlan plan = work.plans().of(family).orElseThrow();
            plan.getSignals().get(1).getConfidentialFrom().add(mark);
            plan.getSafePlaces().get(0).getConfidentialFrom().add(mark);
            plan.getSafePlaces().get(0).getThingsToTake().add(new org.hearth.domain.ThingToTake("Keys ✓", true));
            Signal emoji = plan.addSignal(SignalKind.EMOJI_OR_TEXT, SIGNAL_EMOJI + " " + FAMILY_EMOJI,
                    "اتصل بي الآن");
            emoji.getSenders().add(layla);
            emoji.getSenders().add(family.getHousehold().get(0));
            emoji.getChannels().add(Channel.TEXT_CHAT);
            emoji.addResponse(family.getNetwork().get(1), "Call back within five minutes.");
            plan.addWarningSign(null, "The house goes very quiet");
            plan.getRiskFactors().get(0).setPresent(false);
            plan.getReviews().get(0).setAfterIncident(true);
            HomeAgreement home = work.homes().of(family).orElseThrow();
            TimeOutUse use = home.logTimeOutUse(LocalDateTime.of(2026, 11, 20, 21, 15, 30), mark);
            use.setHelped(true);
            use.setNote("Worked; back at the table after 30 minutes.");
            home.getActivities().get(0).getDays().add(DayOfWeek.SATURDAY);
            home.getActivities().get(0).setTimes(java.time.LocalTime.of(10, 0), java.time.LocalTime.of(12, 0));
        });
    }
}
