package org.hearth.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.domain.Channel;
import org.hearth.domain.Closeness;
import org.hearth.domain.EmergencyContactKind;
import org.hearth.domain.NetworkRole;
import org.hearth.domain.RelationKind;
import org.hearth.domain.SignalKind;
import org.hearth.report.HandoutFacts.BuddyFact;
import org.hearth.report.HandoutFacts.MemberFact;
import org.hearth.report.HandoutFacts.NumberFact;
import org.hearth.report.HandoutFacts.PersonFact;
import org.hearth.report.HandoutFacts.ResponseFact;
import org.hearth.report.HandoutFacts.SignalFact;
import org.hearth.service.EmergencyNumbers;
import org.junit.jupiter.api.Test;

/** The handout texts say what was agreed, in the handout's language, with no empty slot; read back from the PDF. */
class HandoutTextsTest {

    final HandoutMaker maker = new HandoutMaker(new HandoutTemplates());
    final List<PersonFact> household = List.of(new PersonFact("p1", "Anna", 0, true),
            new PersonFact("p2", "Mark", 1, false), new PersonFact("p3", "Noor", 2, false));
    final MemberFact lotte = new MemberFact("m1", "Lotte", "peer", "06 1", Set.of(NetworkRole.BUDDY,
            NetworkRole.SIGNAL_RECEIVER), false, Closeness.CLOSE, RelationKind.PEER_SUPPORT);

    HandoutFacts facts(List<SignalFact> signals, List<BuddyFact> buddies, List<NumberFact> numbers,
                       HandoutFacts.HomeFacts home) {
        return new HandoutFacts("en", household, List.of(lotte), signals, List.of(), buddies, List.of(), numbers,
                null, home);
    }

    static HandoutFacts.HomeFacts timeOut(Integer min, Integer max) {
        return new HandoutFacts.HomeFacts(List.of(), List.of(), List.of(), new HandoutFacts.TimeOutFact(null,
                "A T with the hands", null, null, min, max, null, null, List.of(), null, null));
    }

    String text(HandoutFacts facts, HandoutKind kind, String key, String language) throws IOException {
        byte[] pdf = maker.make(facts, new HandoutRequest(kind, key, language, null, false), Organisation.NONE).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theTimeOutLastsAsAgreed() throws IOException {
        for (HandoutKind kind : new HandoutKind[] {HandoutKind.TIME_OUT_CARD, HandoutKind.HOME_AGREEMENTS}) {
            String onlyMax = text(facts(List.of(), List.of(), List.of(), timeOut(null, 45)), kind, null, "en");
            assertThat(onlyMax).contains("The pause lasts at most 45 minutes.").doesNotContain("at least");
            String onlyMin = text(facts(List.of(), List.of(), List.of(), timeOut(20, null)), kind, null, "en");
            assertThat(onlyMin).contains("The pause lasts at least 20 minutes.").doesNotContain("at most");
            String both = text(facts(List.of(), List.of(), List.of(), timeOut(20, 45)), kind, null, "en");
            assertThat(both).contains("The pause lasts 20 to 45 minutes.");
            assertThat(text(facts(List.of(), List.of(), List.of(), timeOut(null, 45)), kind, null, "nl"))
                    .contains("De pauze duurt hoogstens 45 minuten.").doesNotContain("minstens");
        }
    }

    @Test
    void theBuddyCardPrintsTheMeaningThePairAgreedAndNoEmptySlot() throws IOException {
        SignalFact pancakes = new SignalFact(SignalKind.CODE_WORD, "pancakes", null, "Come to my door now.",
                List.of("p1"), List.of(new ResponseFact("m1", "Ring the bell.", null)));
        BuddyFact withWorker = new BuddyFact("b1", "p1", "m1", LocalTime.of(20, 0), Channel.TEXT_CHAT, "pancakes",
                "Lisa Smit", "038 111 2222");
        String card = text(facts(List.of(pancakes), List.of(withWorker), List.of(), null), HandoutKind.BUDDY_CARD,
                "b1", "en");
        assertThat(card).contains("If one of us says “pancakes”, it means: Come to my door now.")
                .contains("call 038 111 2222 (Lisa Smit)").doesNotContain("the other calls");

        BuddyFact nameOnly = new BuddyFact("b1", "p1", "m1", null, Channel.PHONE, "tulips", "Lisa Smit", null);
        String noPhone = text(facts(List.of(), List.of(nameOnly), List.of(), null), HandoutKind.BUDDY_CARD, "b1",
                "en");
        assertThat(noPhone).contains("If one of us says “tulips”, the other does straight away what we agreed.")
                .contains("or you are worried, call Lisa Smit.")
                .doesNotContain("(Lisa Smit)").doesNotContain("Lisa Smit .").doesNotContain("Lisa Smit:")
                .doesNotContain(" at .").doesNotContain("()");

        BuddyFact nothing = new BuddyFact("b1", "p1", "m1", null, Channel.PHONE, null, null, null);
        String bare = text(facts(List.of(), List.of(nothing), List.of(), null), HandoutKind.BUDDY_CARD, "b1", "en");
        assertThat(bare).doesNotContain("No answer?").doesNotContain("Our code word").doesNotContain("call ()");
        assertThat(text(facts(List.of(), List.of(nameOnly), List.of(), null), HandoutKind.BUDDY_CARD, "b1", "nl"))
                .contains("Als een van ons “tulips” zegt, doet de ander meteen wat we hebben afgesproken.")
                .contains("bel dan Lisa Smit.");
    }

    @Test
    void preFilledEmergencyLabelsAreInTheHandoutsLanguageAndTypedOnesAsTyped() throws IOException {
        List<NumberFact> numbers = new ArrayList<>();
        for (String country : List.of("NL", "BE")) {
            EmergencyNumbers.forCountry(country).forEach(n -> numbers.add(new NumberFact(n.kind(), n.name(),
                    n.number(), EmergencyNumbers.labelOf(n.name(), n.number()).orElse(null))));
        }
        numbers.add(new NumberFact(EmergencyContactKind.OTHER, "Huisarts (police, ambulance, fire)", "038 1",
                EmergencyNumbers.labelOf("Huisarts (police, ambulance, fire)", "038 1").orElse(null)));
        HandoutFacts facts = facts(List.of(), List.of(), numbers, null);
        String dutch = text(facts, HandoutKind.SAFETY_PLAN, null, "nl");
        assertThat(dutch).contains("112 (politie, ambulance, brandweer): 112")
                .contains("1712 (geweld, misbruik, kindermishandeling): 1712")
                .contains("Veilig Thuis: 0800-2000")
                .contains("Huisarts (police, ambulance, fire)")
                .doesNotContain("112 (police, ambulance, fire)");
        assertThat(text(facts, HandoutKind.SAFETY_PLAN, null, "de")).contains("112 (Polizei, Rettungsdienst, "
                + "Feuerwehr): 112");
        assertThat(text(facts, HandoutKind.SAFETY_PLAN, null, "en")).contains("112 (police, ambulance, fire): 112");
        List<NumberFact> german = EmergencyNumbers.forCountry("DE").stream().map(n -> new NumberFact(n.kind(),
                n.name(), n.number(), EmergencyNumbers.labelOf(n.name(), n.number()).orElse(null))).toList();
        assertThat(text(facts(List.of(), List.of(), german, null), HandoutKind.SAFETY_PLAN, null, "nl"))
                .contains("110 politie: 110").contains("112 brandweer en ambulance: 112")
                .doesNotContain("Feuerwehr");
    }

    @Test
    void aHeadingNeverStandsAloneAtTheBottomOfAPage() throws IOException {
        HandoutWords words = new HandoutWords(new HandoutRequest(HandoutKind.SAFETY_PLAN, null, "en", null, false));
        Set<String> headings = Set.of(words.one("plan.signals"), words.one("plan.inTouch"),
                words.one("plan.places"), words.one("plan.numbers"));
        int breaks = 0;
        for (int count = 1; count <= 24; count++) {
            List<SignalFact> signals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                signals.add(new SignalFact(SignalKind.CODE_WORD, "word " + i, null, "Come over.", List.of("p1"),
                        List.of(new ResponseFact("m1", "Ring the bell.\nStay a while.", null))));
            }
            List<NumberFact> numbers = List.of(new NumberFact(EmergencyContactKind.EMERGENCY, "Emergency", "112"),
                    new NumberFact(EmergencyContactKind.WORKER, "Worker", "038 2"));
            HandoutFacts facts = facts(signals, List.of(), numbers, null);
            byte[] pdf = maker.make(facts, new HandoutRequest(HandoutKind.SAFETY_PLAN, null, "en", null, false),
                    Organisation.NONE).pdf();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                for (int page = 1; page < document.getNumberOfPages(); page++) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(document).lines().map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.matches("– \\d+ –")).toList();
                    assertThat(headings).as("%d signals: the last line of page %d", count, page)
                            .doesNotContain(lines.get(lines.size() - 1));
                    breaks++;
                }
            }
        }
        assertThat(breaks).as("page breaks looked at").isGreaterThan(10);
    }
}
