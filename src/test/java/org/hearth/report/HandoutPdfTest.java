package org.hearth.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.service.DemoCase;
import org.hearth.service.HandoutService;
import org.hearth.service.MovableClock;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.ui.handout.HandoutFactsOf;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every handout kind for the demo case, in every language, plain and discreet, read back from the PDF: the right
 * content, nothing that gives a discreet handout away, each member card with only that member's signals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandoutPdfTest {

    /** Words a discreet handout must never hold, per language (kept here, apart from the code's own list). */
    static final Map<String, List<String>> FORBIDDEN = Map.of(
            "en", List.of("violence", "abuse", "safety plan", "police", "code word"),
            "nl", List.of("geweld", "mishandeling", "misbruik", "veiligheidsplan", "politie", "codewoord"),
            "de", List.of("gewalt", "missbrauch", "misshandlung", "sicherheitsplan", "polizei", "codewort"),
            "fr", List.of("violence", "maltraitance", "abus", "plan de sécurité", "police", "mot de code"),
            "pl", List.of("przemoc", "znęcanie", "plan bezpieczeństwa", "policja", "policji", "hasło",
                    "słowo kodowe"),
            "tr", List.of("şiddet", "istismar", "güvenlik planı", "polis", "şifre", "parola"),
            "ar", List.of("عنف", "إساءة", "خطة السلامة", "خطة الأمان", "شرطة", "كلمة السر", "كلمة سرية"));

    Database database;
    HandoutService.Source source;
    HandoutFacts facts;
    final HandoutMaker maker = new HandoutMaker(new HandoutTemplates());
    final Organisation organisation = new Organisation("Stichting Thuisbasis", "038 999 0000", logo());
    Path home;

    @BeforeAll
    void demo() throws Exception {
        home = Files.createTempDirectory("hearth-handout-test");
        MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        long id = new DemoCase(database, clock).create();
        source = new HandoutService(database, clock).load(id);
        facts = HandoutFactsOf.of(source, mapPicture(), HandoutKind.SAFETY_PLAN, null);
    }

    /** The handout as the Handouts tab makes it: from the facts its holder may hold. */
    Handout make(HandoutRequest request, Organisation footer) {
        return maker.make(HandoutFactsOf.of(source, mapPicture(), request.kind(), request.forKey()), request, footer);
    }

    @AfterAll
    void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    Stream<Arguments> everyHandout() {
        List<Arguments> all = new ArrayList<>();
        for (HandoutKind kind : HandoutKind.values()) {
            List<String> keys = HandoutFactsOf.recipients(kind, source).stream().map(HandoutFactsOf.Recipient::key)
                    .toList();
            for (String key : keys.isEmpty() ? java.util.Collections.<String>singletonList(null) : keys) {
                for (String language : HandoutLanguages.ALL) {
                    all.add(Arguments.of(kind, key, language, false));
                    all.add(Arguments.of(kind, key, language, true));
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} discreet={3}")
    @MethodSource("everyHandout")
    void everyKindInEveryLanguageReadsBack(HandoutKind kind, String key, String language, boolean discreet)
            throws IOException {
        HandoutRequest request = new HandoutRequest(kind, key, language, null, discreet);
        byte[] pdf = make(request, organisation).pdf();
        String text = text(pdf);
        HandoutWords words = new HandoutWords(request);

        assertThat(contains(text, words.one("kind." + kind.name()).replace("''", "'"))
                || contains(text, titleOf(kind, words))).as("title").isTrue();
        if (discreet) {
            FORBIDDEN.forEach((lang, list) -> list.forEach(word ->
                    assertThat(plain(text)).as("discreet %s %s holds %s", kind, language, word)
                            .doesNotContain(plain(word))));
            assertThat(text).doesNotContain("Stichting Thuisbasis");
        } else {
            assertThat(contains(text, "Stichting Thuisbasis")).as("organisation in the footer").isTrue();
        }
        if (language.equals("ar")) {
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                    .as("Arabic letters").isTrue();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            String metadata = String.join(" ", nz(info.getTitle()), nz(info.getAuthor()), nz(info.getKeywords()),
                    nz(info.getSubject()), nz(info.getCreator()));
            for (HandoutFacts.PersonFact person : facts.household()) {
                assertThat(metadata).doesNotContain(person.name()).doesNotContain(person.name().split(" ")[0]);
            }
            for (HandoutFacts.MemberFact member : facts.members()) {
                assertThat(metadata).doesNotContain(member.name());
            }
            assertThat(metadata).doesNotContain("Bakker");
            if (discreet) {
                assertThat(metadata.toLowerCase(Locale.ROOT)).doesNotContain("safety").doesNotContain("veiligheid");
            }
        }
    }

    private static String titleOf(HandoutKind kind, HandoutWords words) {
        return switch (kind) {
            case SAFETY_PLAN -> words.one("plan.title");
            case MEMBER_CARD -> words.one("member.title");
            case BUDDY_CARD -> words.one("buddy.title");
            case NETWORK_TIPS -> words.one("tips.title");
            case NETWORK_MAP -> words.one("map.title");
            case HOME_AGREEMENTS -> words.one("home.title");
            case TIME_OUT_CARD -> words.one("timeOut.title");
        };
    }

    @Test
    void eachMemberCardHoldsThatMembersSignalsAndNoneOfTheOthers() throws IOException {
        List<HandoutFacts.MemberFact> holders = facts.cardHolders();
        assertThat(holders).extracting(HandoutFacts.MemberFact::name)
                .contains("Ria de Wit", "Fatima El Amrani", "Mrs. de Groot", "Lotte", "Dr. Visser");
        for (HandoutFacts.MemberFact member : holders) {
            for (String language : HandoutLanguages.ALL) {
                for (boolean discreet : new boolean[] {false, true}) {
                    String text = text(make(new HandoutRequest(HandoutKind.MEMBER_CARD, member.key(),
                            language, null, discreet), organisation).pdf());
                    assertThat(contains(text, member.name())).isTrue();
                    for (HandoutFacts.SignalFact signal : facts.signals()) {
                        boolean theirs = signal.responses().stream()
                                .anyMatch(r -> r.memberKey().equals(member.key()));
                        assertThat(contains(text, signal.word())).as("%s: %s (%s)", member.name(), signal.word(),
                                language).isEqualTo(theirs);
                        for (HandoutFacts.ResponseFact response : signal.responses()) {
                            String firstStep = response.steps().lines().findFirst().orElseThrow();
                            assertThat(contains(text, firstStep)).as("%s sees steps of %s", member.name(),
                                    response.memberKey()).isEqualTo(response.memberKey().equals(member.key()));
                        }
                    }
                    // no risk factors, no warning signs, no notes
                    assertThat(plain(text)).doesNotContain(plain("drinks more"))
                            .doesNotContain(plain("slams cupboard")).doesNotContain(plain("Close to Mark"))
                            .doesNotContain(plain("Peter Bakker"));
                }
            }
        }
    }

    @Test
    void theNetworkMapNeverNamesSomeoneWhoMustNotKnow() throws IOException {
        for (String language : HandoutLanguages.ALL) {
            for (boolean discreet : new boolean[] {false, true}) {
                String text = text(make(new HandoutRequest(HandoutKind.NETWORK_MAP, null, language, null,
                        discreet), organisation).pdf());
                assertThat(contains(text, "Ria de Wit")).as("%s, discreet %s", language, discreet).isTrue();
                assertThat(contains(text, "Peter Bakker")).as("%s, discreet %s", language, discreet).isFalse();
            }
        }
    }

    @Test
    void theSafetyPlanShowsSignalsPlacesAndNumbers() throws IOException {
        String text = text(make(new HandoutRequest(HandoutKind.SAFETY_PLAN, null, "en", null, false),
                organisation).pdf());
        assertThat(contains(text, "Sanne Bakker")).isTrue();
        assertThat(contains(text, "The cat is sick")).isTrue();
        assertThat(contains(text, "Call the police now")).isTrue();
        assertThat(contains(text, "Lindenlaan 8")).isTrue();
        assertThat(contains(text, "Veilig Thuis: 0800-2000")).isTrue();
        String discreet = text(make(new HandoutRequest(HandoutKind.SAFETY_PLAN, null, "en", null, true),
                organisation).pdf());
        assertThat(contains(discreet, "My contacts and agreements")).isTrue();
        assertThat(contains(discreet, "If I say “The cat is sick”")).isTrue();
        assertThat(contains(discreet, "Advice line: 0800-2000")).isTrue();
        assertThat(discreet).doesNotContain("Veilig Thuis").doesNotContain("police");
    }

    @Test
    void theFridgeSheetAndTimeOutCardShowTheHomeAgreementsButNeverTheSignals() throws IOException {
        for (String language : HandoutLanguages.ALL) {
            for (HandoutKind kind : new HandoutKind[] {HandoutKind.HOME_AGREEMENTS, HandoutKind.TIME_OUT_CARD}) {
                String text = text(make(new HandoutRequest(kind, null, language, null, false),
                        organisation).pdf());
                assertThat(contains(text, "\"I need a pause\" and a T with the hands")).as("%s %s", kind, language)
                        .isTrue();
                assertThat(contains(text, "Mark Bakker: A walk outside")).as("%s %s", kind, language).isTrue();
                // what calms each one is on the card; the fridge sheet holds the time-out in brief
                assertThat(contains(text, "A walk around the block, music on headphones"))
                        .isEqualTo(kind == HandoutKind.TIME_OUT_CARD);
                // it hangs where everyone in the home reads it: no signal, no word of what happens when it fails
                for (HandoutFacts.SignalFact signal : facts.signals()) {
                    assertThat(contains(text, signal.word())).as("%s %s shows %s", kind, language, signal.word())
                            .isFalse();
                }
                if (kind == HandoutKind.HOME_AGREEMENTS) {
                    assertThat(contains(text, "Yoga")).isTrue();
                    assertThat(contains(text, "We knock before we go into a room.")).isTrue();
                    assertThat(contains(text, "Football with friends")).isTrue();
                }
            }
        }
    }

    @Test
    void twoLanguagesSideBySideAndArabicIsShaped() throws IOException {
        Handout handout = make(new HandoutRequest(HandoutKind.NETWORK_TIPS, null, "nl", "ar", false),
                organisation);
        String text = text(handout.pdf());
        assertThat(contains(text, "Tips voor de mensen rond een gezin")).isTrue();
        String arabicTitle = HandoutWords.bundle("ar").getString("tips.title");
        assertThat(contains(text, arabicTitle) || contains(text, new StringBuilder(arabicTitle).reverse().toString()))
                .as("the Arabic title, read back").isTrue();
        // shaped: the PDF uses Arabic presentation forms or joined glyphs; read back through NFKC it is the title
        assertThat(handout.pageCount()).isBetween(1, 4);
    }

    @Test
    void typedTextIsPrintedAsTypedInEveryLanguage() throws IOException {
        for (String language : HandoutLanguages.ALL) {
            String text = text(make(new HandoutRequest(HandoutKind.SAFETY_PLAN, null, language, null,
                    false), organisation).pdf());
            assertThat(contains(text, "Did you water the plants?")).as(language).isTrue();
            assertThat(contains(text, "Ria's house")).as(language).isTrue();
        }
    }

    @Test
    void writesEveryKindForLookingAt() throws IOException {
        Path folder = Path.of("target", "handouts");
        Files.createDirectories(folder);
        for (HandoutKind kind : HandoutKind.values()) {
            String key = HandoutFactsOf.recipients(kind, source).stream().findFirst().map(HandoutFactsOf.Recipient::key)
                    .orElse(null);
            make(new HandoutRequest(kind, key, "nl", null, false), organisation)
                    .writePdf(folder.resolve(kind.code() + ".pdf"));
            make(new HandoutRequest(kind, key, "nl", "ar", true), organisation)
                    .writePdf(folder.resolve(kind.code() + "-nl-ar-discreet.pdf"));
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(".tmp")).toList()).isEmpty();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** Compares as a reader would: same letters (presentation forms folded), case and line breaks ignored. */
    static boolean contains(String text, String wanted) {
        return squeeze(text).contains(squeeze(wanted));
    }

    static String plain(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('“', '"').replace('”', '"').replace('„', '"').replace('’', '\'')
                .replaceAll("[\\s\\u200E\\u200F\\u00AD-]+", "");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    static byte[] mapPicture() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(0x24476B));
        for (int r = 100; r <= 280; r += 90) {
            g.drawOval(400 - r, 300 - r, 2 * r, 2 * r);
        }
        g.dispose();
        return png(image);
    }

    static byte[] logo() {
        BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xD55E00));
        g.fillOval(4, 4, 56, 56);
        g.dispose();
        return png(image);
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
