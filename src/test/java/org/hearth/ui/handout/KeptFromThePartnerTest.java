package org.hearth.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.domain.BuddyPair;
import org.hearth.domain.HandoutHolder;
import org.hearth.domain.NetworkMember;
import org.hearth.domain.Person;
import org.hearth.domain.SafetyPlan;
import org.hearth.domain.Signal;
import org.hearth.domain.SignalKind;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutLanguages;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.Organisation;
import org.hearth.service.DemoCase;
import org.hearth.service.HandoutService;
import org.hearth.service.MovableClock;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.ui.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Sanne keeps two signals and a safe place from Mark, who uses violence: "The cat is sick" (Ria receives it), "Aunt
 * Jo's birthday" (Karin receives it, and has no other role) and Karin's flat. Every handout of the case, for every holder, in every language, plain
 * and discreet, read back from the PDF: the kept signals are on their receivers' cards and on Sanne's own copy of the
 * plan, and on no sheet that hangs in the home and on no card of Mark's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KeptFromThePartnerTest {

    static final String RIA_SIGNAL = "The cat is sick";
    static final String KARIN_SIGNAL = "Aunt Jo's birthday";
    static final String SHARED_SIGNAL = "Did you water the plants?";
    static final String KEPT_PLACE = "Karin's flat";

    Path home;
    Database database;
    HandoutService.Source source;
    final HandoutMaker maker = new HandoutMaker(new HandoutTemplates());

    @BeforeAll
    void keepSignalsFromMark() throws Exception {
        home = Files.createTempDirectory("hearth-kept-from-test");
        MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        long caseId = new DemoCase(database, clock).create();
        database.write(work -> {
            var family = work.cases().whole(caseId).orElseThrow();
            Person mark = family.getHousehold().stream().filter(p -> p.getName().equals("Mark Bakker")).findFirst()
                    .orElseThrow();
            Person sanne = family.getHousehold().stream().filter(p -> p.getName().equals("Sanne Bakker"))
                    .findFirst().orElseThrow();
            NetworkMember karin = member(family, "Karin Mulder");
            SafetyPlan plan = work.plans().of(family).orElseThrow();
            plan.getSignals().stream().filter(s -> s.getWord().equals(RIA_SIGNAL)).findFirst().orElseThrow()
                    .getConfidentialFrom().add(mark);
            Signal birthday = plan.addSignal(SignalKind.CODE_WORD, KARIN_SIGNAL, "Come and pick me up now.");
            birthday.getSenders().add(sanne);
            birthday.addResponse(karin, "Drive over and honk twice.");
            birthday.getConfidentialFrom().add(mark);
            org.hearth.domain.SafePlace flat = plan.addSafePlace(KEPT_PLACE);
            flat.setAddress("Kerkstraat 3, Zwolle");
            flat.getConfidentialFrom().add(mark);
            // Mark has a buddy of his own: his card is a card of the partner
            BuddyPair his = plan.addBuddyPair(mark, member(family, "Joris Smit"));
            his.setCodeWord("fishing");
            his.setProfessional("Demo worker", "038 111 2222");
        });
        source = new HandoutService(database, clock).load(caseId);
    }

    private static NetworkMember member(org.hearth.domain.Family family, String name) {
        return family.getNetwork().stream().filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }

    @AfterAll
    void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void aMemberWhoOnlyReceivesAKeptSignalStillGetsACard() {
        assertThat(HandoutFactsOf.recipients(HandoutKind.MEMBER_CARD, source))
                .extracting(HandoutFactsOf.Recipient::name).contains("Karin Mulder", "Ria de Wit")
                .doesNotContain("Peter Bakker");
    }

    @Test
    void everyHandoutHoldsTheKeptSignalsOnlyWhereItsHolderMayHoldThem() throws IOException {
        int read = 0;
        for (HandoutKind kind : HandoutKind.values()) {
            List<HandoutFactsOf.Recipient> recipients = HandoutFactsOf.recipients(kind, source);
            for (HandoutFactsOf.Recipient recipient : recipients.isEmpty()
                    ? Collections.<HandoutFactsOf.Recipient>singletonList(null) : recipients) {
                String key = recipient == null ? null : recipient.key();
                String name = recipient == null ? "" : recipient.name();
                boolean ria = kind == HandoutKind.SAFETY_PLAN || name.equals("Ria de Wit");
                boolean karin = kind == HandoutKind.SAFETY_PLAN || name.equals("Karin Mulder");
                for (String language : HandoutLanguages.ALL) {
                    for (boolean discreet : new boolean[] {false, true}) {
                        String text = text(kind, key, language, discreet);
                        String what = kind + " " + name + " " + language + (discreet ? " discreet" : "");
                        assertThat(contains(text, RIA_SIGNAL)).as("%s holds %s", what, RIA_SIGNAL).isEqualTo(ria);
                        assertThat(contains(text, KARIN_SIGNAL)).as("%s holds %s", what, KARIN_SIGNAL)
                                .isEqualTo(karin);
                        // a safe place kept from Mark is on Sanne's own copy only
                        assertThat(contains(text, KEPT_PLACE) || contains(text, "Kerkstraat 3"))
                                .as("%s holds %s", what, KEPT_PLACE).isEqualTo(kind == HandoutKind.SAFETY_PLAN);
                        read++;
                    }
                }
            }
        }
        assertThat(read).as("PDFs read").isGreaterThan(100);
    }

    @Test
    void theSheetsThatHangInTheHomeAndMarksCardHoldNoKeptSignal() throws IOException {
        for (String language : HandoutLanguages.ALL) {
            for (HandoutKind kind : new HandoutKind[] {HandoutKind.HOME_AGREEMENTS, HandoutKind.TIME_OUT_CARD,
                HandoutKind.NETWORK_MAP}) {
                assertThat(kind.holder()).isEqualTo(HandoutHolder.THE_HOME);
                String text = text(kind, null, language, false);
                assertThat(contains(text, RIA_SIGNAL) || contains(text, KARIN_SIGNAL)).as("%s %s", kind, language)
                        .isFalse();
            }
            String marks = text(HandoutKind.BUDDY_CARD, recipient(HandoutKind.BUDDY_CARD, "Mark Bakker"), language,
                    false);
            assertThat(contains(marks, "fishing")).as("Mark's own buddy card, " + language).isTrue();
            assertThat(contains(marks, RIA_SIGNAL) || contains(marks, KARIN_SIGNAL)).isFalse();
        }
        // the plan's shared signal is on Sanne's copy as on every copy that may hold signals
        assertThat(contains(text(HandoutKind.SAFETY_PLAN, null, "nl", false), SHARED_SIGNAL)).isTrue();
    }

    @Test
    void theHandoutsTabSaysWhoHoldsTheCopyAndFromWhomToKeepIt() {
        Messages english = new Messages(Locale.ENGLISH);
        String plan = HandoutAudience.of(HandoutFactsOf.copy(source, HandoutKind.SAFETY_PLAN, null), english);
        assertThat(plan).contains("Sanne Bakker's own copy")
                .contains("keep this copy where Mark Bakker cannot find it");
        String karin = HandoutAudience.of(HandoutFactsOf.copy(source, HandoutKind.MEMBER_CARD,
                recipient(HandoutKind.MEMBER_CARD, "Karin Mulder")), english);
        assertThat(karin).contains("goes to Karin Mulder's home").contains("kept from Mark Bakker");
        String fatima = HandoutAudience.of(HandoutFactsOf.copy(source, HandoutKind.MEMBER_CARD,
                recipient(HandoutKind.MEMBER_CARD, "Fatima El Amrani")), english);
        assertThat(fatima).contains("Fatima El Amrani").doesNotContain("Mark");
        String fridge = HandoutAudience.of(HandoutFactsOf.copy(source, HandoutKind.HOME_AGREEMENTS, null), english);
        assertThat(fridge).contains("hangs in the home").doesNotContain("Mark");
        String dutch = HandoutAudience.of(HandoutFactsOf.copy(source, HandoutKind.SAFETY_PLAN, null),
                new Messages(Locale.forLanguageTag("nl")));
        assertThat(dutch).contains("waar Mark Bakker het niet kan vinden");
    }

    private String recipient(HandoutKind kind, String name) {
        return HandoutFactsOf.recipients(kind, source).stream().filter(r -> r.name().contains(name)).findFirst()
                .orElseThrow().key();
    }

    private String text(HandoutKind kind, String key, String language, boolean discreet) throws IOException {
        HandoutRequest request = new HandoutRequest(kind, key, language, null, discreet);
        byte[] pdf = maker.make(HandoutFactsOf.of(source, null, kind, key), request, Organisation.NONE).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static boolean contains(String text, String wanted) {
        return squeeze(text).contains(squeeze(wanted));
    }

    private static String squeeze(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('’', '\'').replaceAll("[\\s\\u200E\\u200F\\u202A\\u202C\\u00AD-]+", "");
    }
}
