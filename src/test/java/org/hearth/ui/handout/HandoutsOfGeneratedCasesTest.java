package org.hearth.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.report.HandoutFacts;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.Organisation;
import org.hearth.service.CaseFile;
import org.hearth.service.DemoCase;
import org.hearth.service.GeneratedCase;
import org.hearth.service.HandoutService;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The last door: every handout kind, for every holder, plain and discreet, of generated cases the case file import
 * accepted, read back from the PDF. No handout holds anything for a person who must not know (their name is on
 * no sheet or card), and no signal kept from the person at risk is on her own copy of the safety plan or on a sheet
 * that hangs in the home.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoutsOfGeneratedCasesTest {

    static final Clock CLOCK = Clock.fixed(LocalDate.of(2026, 11, 29).atTime(9, 0).toInstant(ZoneOffset.UTC),
            ZoneOffset.UTC);
    /** Each accepted case makes about twenty PDFs: a few cases are enough to meet every kind many times. */
    static final int CASES = 8;
    /** The person at risk in the demo case's household, who holds the safety plan handout. */
    static final String AT_RISK = "p1";

    final ObjectMapper mapper = new ObjectMapper();
    final HandoutMaker maker = new HandoutMaker(new HandoutTemplates());
    final AtomicInteger references = new AtomicInteger();
    Path home;
    Database database;
    CaseFile caseFile;
    ObjectNode template;

    @BeforeAll
    void open() throws IOException {
        home = Files.createTempDirectory("hearth-handouts-of-generated");
        database = Database.create(new DataFolder(home.resolve("data")), "a long passphrase".toCharArray(),
                () -> "Tester");
        caseFile = new CaseFile(database, CLOCK);
        new DemoCase(database, CLOCK).create();
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
    void noHandoutHoldsAnythingForWhoMustNotKnowNorWhatIsKeptFromItsHolder() {
        List<Integer> made = new ArrayList<>();
        List<Boolean> someoneHidden = new ArrayList<>();
        qt().withExamples(CASES).withShrinkCycles(5).forAll(GeneratedCase.cases().map(GeneratedCase::madeSafe))
                .checkAssert(c -> {
                    assertThat(c.refused()).as("a safe case").isFalse();
                    someoneHidden.add(c.members().stream().anyMatch(GeneratedCase.Member::mustNotKnow));
                    made.add(everyHandoutOf(c));
                });
        assertThat(made.stream().mapToInt(Integer::intValue).sum()).as("handouts read").isGreaterThan(CASES * 10);
        assertThat(someoneHidden).as("cases with someone who must not know in the network").containsOnly(true);
    }

    /** Imports the case, makes and reads every handout of it; returns how many were read. */
    private int everyHandoutOf(GeneratedCase generated) {
        String reference = "GEN-" + references.incrementAndGet();
        HandoutService.Source source;
        try {
            Path file = home.resolve("generated.json");
            mapper.writeValue(file.toFile(), generated.asFile(template, reference));
            caseFile.importCase(file);
            HandoutService handouts = new HandoutService(database, CLOCK);
            source = handouts.load(handouts.caseId(reference).orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < generated.members().size(); i++) {
            if (generated.members().get(i).mustNotKnow()) {
                hidden.add(generated.members().get(i).name(i));
            }
        }
        List<String> keptFromHer = new ArrayList<>();
        for (int i = 0; i < generated.signals().size(); i++) {
            if (generated.signals().get(i).keptFrom().contains(0)) {
                keptFromHer.add(GeneratedCase.steps(i));
            }
        }
        int read = 0;
        for (HandoutKind kind : HandoutKind.values()) {
            List<HandoutFactsOf.Recipient> holders = kind.perPerson() ? HandoutFactsOf.recipients(kind, source)
                    : Arrays.asList((HandoutFactsOf.Recipient) null);
            for (HandoutFactsOf.Recipient recipient : holders) {
                String holder = recipient == null ? null : recipient.key();
                HandoutFacts facts;
                try {
                    facts = HandoutFactsOf.of(source, mapPicture(), kind, holder);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                for (boolean discreet : new boolean[] {false, true}) {
                    String text = text(maker.make(facts, new HandoutRequest(kind, holder, "en", null, discreet),
                            Organisation.NONE).pdf());
                    String which = kind + (holder == null ? "" : " for " + holder) + (discreet ? ", discreet" : "");
                    if (kind == HandoutKind.MEMBER_CARD && !discreet) {
                        assertThat(text).as("%s names its holder", which).contains(recipient.name());
                    }
                    for (String name : hidden) {
                        assertThat(text).as("%s of %s", which, generated).doesNotContain(name);
                    }
                    if (kind == HandoutKind.SAFETY_PLAN || kind == HandoutKind.HOME_AGREEMENTS
                            || kind == HandoutKind.TIME_OUT_CARD) {
                        for (String steps : keptFromHer) {
                            assertThat(text).as("%s (held by %s or hanging in the home) of %s", which, AT_RISK,
                                    generated).doesNotContain(steps);
                        }
                    }
                    read++;
                }
            }
        }
        return read;
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] mapPicture() throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(80, 60,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
