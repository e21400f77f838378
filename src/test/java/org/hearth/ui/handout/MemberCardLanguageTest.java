package org.hearth.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.report.HandoutKind;
import org.hearth.report.HandoutMaker;
import org.hearth.report.HandoutRequest;
import org.hearth.report.HandoutTemplates;
import org.hearth.report.Organisation;
import org.hearth.service.DemoCase;
import org.hearth.service.HandoutService;
import org.hearth.service.MovableClock;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A member's card is made in the member's first language unless the worker chooses another: Fatima's first language
 * is Turkish, Ria has none recorded (the family's Dutch), Karin's is one handouts do not exist in (Dutch again).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberCardLanguageTest {

    Path home;
    Database database;
    HandoutService.Source source;

    @BeforeAll
    void demo() throws Exception {
        home = Files.createTempDirectory("hearth-member-language-test");
        MovableClock clock = new MovableClock(LocalDate.of(2026, 11, 29).atTime(9, 0));
        database = Database.create(new DataFolder(home), "a long passphrase".toCharArray(), () -> "Tester");
        long caseId = new DemoCase(database, clock).create();
        database.write(work -> work.cases().whole(caseId).orElseThrow().getNetwork().forEach(m -> {
            if (m.getName().equals("Fatima El Amrani")) {
                m.setLanguage("tr");
            } else if (m.getName().equals("Karin Mulder")) {
                m.setLanguage("sw");
            }
        }));
        source = new HandoutService(database, clock).load(caseId);
    }

    @AfterAll
    void close() throws IOException {
        database.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private String key(String name) {
        return HandoutFactsOf.recipients(HandoutKind.MEMBER_CARD, source).stream()
                .filter(r -> r.name().equals(name)).findFirst().orElseThrow().key();
    }

    @Test
    void aMembersCardIsInTheirFirstLanguageByDefault() throws IOException {
        String fatima = key("Fatima El Amrani");
        assertThat(HandoutFactsOf.defaultLanguage(source, HandoutKind.MEMBER_CARD, fatima)).isEqualTo("tr");
        assertThat(HandoutFactsOf.defaultLanguage(source, HandoutKind.MEMBER_CARD, key("Ria de Wit")))
                .isEqualTo("nl");
        assertThat(HandoutFactsOf.defaultLanguage(source, HandoutKind.SAFETY_PLAN, null)).isEqualTo("nl");
        String karin = source.plan().members().stream().filter(m -> m.name().equals("Karin Mulder")).findFirst()
                .orElseThrow().key();
        assertThat(HandoutFactsOf.defaultLanguage(source, HandoutKind.MEMBER_CARD, karin)).isEqualTo("nl");
        assertThat(source.memberLanguages()).containsEntry(fatima, "tr");

        String language = HandoutFactsOf.defaultLanguage(source, HandoutKind.MEMBER_CARD, fatima);
        byte[] pdf = new HandoutMaker(new HandoutTemplates()).make(HandoutFactsOf.of(source, null,
                HandoutKind.MEMBER_CARD, fatima), new HandoutRequest(HandoutKind.MEMBER_CARD, fatima, language, null,
                false), Organisation.NONE).pdf();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Fatima El Amrani").contains("Endişeli misin? Ara");
        }
    }
}
