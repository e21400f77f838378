package org.hearth.ui.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.domain.Person;
import org.hearth.domain.SafePlace;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.Organisation;
import org.hearth.service.DemoCase;
import org.hearth.service.HandoutService;
import org.hearth.service.MovableClock;
import org.hearth.service.PlanDraft;
import org.hearth.service.SafetyPlanService;
import org.hearth.service.SubjectAccess;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.ui.Messages;
import org.hearth.ui.handout.HandoutFactsOf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * "The other parent is not the audience": a signal and a safe place kept from Mark (who uses
 * violence) are absent from every output that can reach him, read back as he would read it (PDF text through
 * PDFBox, JSON parsed), while the items not kept from him are there, so the test can fail both ways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfidentialOutputsTest {

    static final String KEPT_SIGNAL = "The cat is sick";
    static final String KEPT_PLACE = "Karin's flat";
    static final String KEPT_ADDRESS = "Kerkstraat 3";
    static final String SHARED_SIGNAL = "Did you water the plants?";
    static final String SHARED_PLACE = "Ria's house";

    /**
     * Every kind of output Hearth makes that can reach Mark: his own data, and the handouts that lie in the home. The
     * person at risk's own copy and the receivers' cards do hold what is kept from him (KeptFromThePartnerTest).
     */
    enum Output { SUBJECT_ACCESS_JSON, SUBJECT_ACCESS_PDF_EN, SUBJECT_ACCESS_PDF_NL, HOME_AGREEMENTS, TIME_OUT_CARD,
        BUDDY_CARD, NETWORK_TIPS, NETWORK_MAP }

    Path home;
    Database database;
    MovableClock clock;
    long caseId;
    long mark;
    HandoutService.Source source;
    final Path shots = Path.of("target", "screenshots");

    @BeforeAll
    void keepTwoItemsFromMark() throws Exception {
        home = Files.createTempDirectory("hearth-confidential-test");
        clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        caseId = new DemoCase(database, clock).create();
        mark = database.writeReturning(work -> {
            var family = work.cases().whole(caseId).orElseThrow();
            Person markBakker = family.getHousehold().stream().filter(p -> p.getName().equals("Mark Bakker"))
                    .findFirst().orElseThrow();
            SafetyPlan plan = work.plans().of(family).orElseThrow();
            for (Signal signal : plan.getSignals()) {
                // Mark may send both; the cat one is kept from him all the same
                if (signal.getWord().equals(KEPT_SIGNAL) || signal.getWord().equals(SHARED_SIGNAL)) {
                    signal.getSenders().add(markBakker);
                }
                if (signal.getWord().equals(KEPT_SIGNAL)) {
                    signal.getConfidentialFrom().add(markBakker);
                }
            }
            SafePlace karin = plan.addSafePlace(KEPT_PLACE);
            karin.setAddress(KEPT_ADDRESS + ", Zwolle");
            karin.getConfidentialFrom().add(markBakker);
            return markBakker.getId();
        });
        source = new HandoutService(database, clock).load(caseId);
    }

    @AfterAll
    void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theMarkSurvivesSavingThePlanOnTheSafetyPlanTab() throws Exception {
        SafetyPlanService plans = new SafetyPlanService(database, clock);
        PlanDraft draft = plans.load(caseId);
        PlanDraft.SignalItem cat = draft.signals().stream().filter(s -> s.word().equals(KEPT_SIGNAL)).findFirst()
                .orElseThrow();
        assertThat(cat.keptFrom()).containsExactly("p" + mark);
        assertThat(draft.safePlaces()).filteredOn(p -> p.name().equals(KEPT_PLACE)).singleElement()
                .extracting(PlanDraft.SafePlaceItem::keptFrom).isEqualTo(java.util.Set.of("p" + mark));
        PlanDraft saved = plans.save(caseId, draft);
        assertThat(saved.signals()).filteredOn(s -> s.word().equals(KEPT_SIGNAL)).singleElement()
                .extracting(PlanDraft.SignalItem::keptFrom).isEqualTo(java.util.Set.of("p" + mark));
        assertThat(saved.safePlaces()).filteredOn(p -> p.name().equals(SHARED_PLACE)).singleElement()
                .extracting(PlanDraft.SafePlaceItem::keptFrom).isEqualTo(java.util.Set.of());
    }

    Stream<Output> outputs() {
        return Stream.of(Output.values());
    }

    @ParameterizedTest
    @MethodSource("outputs")
    void nothingKeptFromMarkIsInAnyOutputThatCanReachHim(Output output) throws Exception {
        String text = textOf(output);
        assertThat(text).as("the output has content").isNotBlank();
        assertThat(squeeze(text)).doesNotContain(squeeze(KEPT_SIGNAL)).doesNotContain(squeeze(KEPT_PLACE))
                .doesNotContain(squeeze(KEPT_ADDRESS));
        switch (output) {
            case SUBJECT_ACCESS_JSON, SUBJECT_ACCESS_PDF_EN, SUBJECT_ACCESS_PDF_NL ->
                    assertThat(squeeze(text)).contains(squeeze(SHARED_SIGNAL));
            default -> {
                // these kinds show no signals or safe places at all; absence is what counts
            }
        }
    }

    @Test
    void aNetworkMembersExportStillShowsTheSignalsTheyReceive() throws Exception {
        long ria = database.read(work -> work.cases().whole(caseId).orElseThrow().getNetwork().stream()
                .filter(m -> m.getName().equals("Ria de Wit")).findFirst().orElseThrow().getId());
        SubjectAccess.Export export = new SubjectAccess(database, clock).of(SubjectAccess.Kind.NETWORK_MEMBER, ria);
        JsonNode json = new ObjectMapper().readTree(SubjectAccess.json(export));
        assertThat(json.get("format").asText()).isEqualTo("hearth-subject-access");
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("name").asText()).isEqualTo("Ria de Wit");
        assertThat(json.toString()).contains(KEPT_SIGNAL).contains("06 2345 6789");
    }

    private String textOf(Output output) throws Exception {
        SubjectAccess.Export export = new SubjectAccess(database, clock).of(SubjectAccess.Kind.HOUSEHOLD_MEMBER,
                mark);
        HandoutMaker maker = new HandoutMaker(new HandoutTemplates());
        return switch (output) {
            case SUBJECT_ACCESS_JSON -> {
                JsonNode json = new ObjectMapper().readTree(SubjectAccess.json(export));
                assertThat(json.get("name").asText()).isEqualTo("Mark Bakker");
                List<String> values = new ArrayList<>();
                json.get("sections").forEach(section -> section.get("entries").forEach(entry ->
                        entry.fields().forEachRemaining(field -> values.add(field.getValue().asText()))));
                assertThat(values).contains("Goes quiet and slams cupboard doors");
                yield String.join("\n", values);
            }
            case SUBJECT_ACCESS_PDF_EN, SUBJECT_ACCESS_PDF_NL -> {
                Locale locale = output == Output.SUBJECT_ACCESS_PDF_EN ? Locale.ENGLISH : Locale.forLanguageTag("nl");
                byte[] pdf = new SubjectAccessPdf(new Messages(locale), new HandoutTemplates()).of(export).pdf();
                Files.createDirectories(shots);
                Files.write(shots.resolve("subject-access-" + locale.getLanguage() + ".pdf"), pdf);
                String text = pdf(pdf);
                assertThat(text).contains(locale == Locale.ENGLISH ? "Personal data held in Hearth"
                        : "Persoonsgegevens in Hearth").contains("Goes quiet and slams cupboard doors");
                yield text;
            }
            default -> {
                HandoutKind kind = HandoutKind.valueOf(output.name());
                String key = HandoutFactsOf.recipients(kind, source).stream().findFirst()
                        .map(HandoutFactsOf.Recipient::key).orElse(null);
                HandoutFacts facts = HandoutFactsOf.of(source, mapPicture(), kind, key);
                yield pdf(maker.make(facts, new HandoutRequest(kind, key, "en", null, false), Organisation.NONE)
                        .pdf());
            }
        };
    }

    static String pdf(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String squeeze(String text) {
        return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", "");
    }

    static byte[] mapPicture() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(80, 60,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
