package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hearth.service.OpenVault;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code hearth handout REF --kind KIND [--member NAME] [--lang CODE] [--discreet] -o FILE.pdf} */
class HandoutCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine line = HearthCommand.line();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        return line.execute(args);
    }

    @Test
    void writesAMemberCardInArabicDiscreetAndRecordsIt() throws Exception {
        Path data = temp.resolve("data");
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "a long test passphrase\n");
        try (OpenVault open = new Vault(new DataFolder(data), Clock.systemDefaultZone())
                .create("a long test passphrase".toCharArray(), () -> "Test")) {
            open.demo().create();
        }
        Path pdf = temp.resolve("card.pdf");
        String[] access = {"--data-dir", data.toString(), "--passphrase-file", secret.toString()};

        int code = run(concat(new String[] {"handout", "DEMO-001", "--kind", "member", "--member", "ria de wit",
            "--lang", "ar", "--discreet", "-o", pdf.toString()}, access));
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("member").contains("discreet").doesNotContain("Ria");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
        }
        assertThat(text).contains("Ria de Wit").contains("The cat is sick").doesNotContain("water the plants");
        assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC))
                .isTrue();

        // the family's language (Dutch) when no language is given
        Path tips = temp.resolve("tips.pdf");
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "tips", "-o", tips.toString()}, access)))
                .isZero();
        try (PDDocument document = Loader.loadPDF(tips.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Tips voor de mensen rond een gezin");
        }

        // the map handout holds the map, drawn without a screen, and names no one who must not know
        Path map = temp.resolve("map.pdf");
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "map", "-o", map.toString()}, access)))
                .as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(map.toFile())) {
            String mapText = new PDFTextStripper().getText(document);
            assertThat(mapText).contains("Ons netwerk").contains("Ria de Wit").doesNotContain("De tekening van het "
                    + "netwerk kun je afdrukken").doesNotContain("Peter Bakker");
            var resources = document.getPage(0).getResources();
            int widest = 0;
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    widest = Math.max(widest, image.getWidth());
                }
            }
            assertThat(widest).as("the map picture, in pixels").isGreaterThan(800);
            java.awt.image.BufferedImage page = new org.apache.pdfbox.rendering.PDFRenderer(document)
                    .renderImageWithDPI(0, 60);
            Files.createDirectories(Path.of("target", "handouts"));
            javax.imageio.ImageIO.write(page, "png", Path.of("target", "handouts", "map-cli.png").toFile());
            Files.copy(map, Path.of("target", "handouts", "map-cli.pdf"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "poster", "-o", "x.pdf"}, access)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("safety-plan");
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "member", "--member", "Peter Bakker",
            "-o", "x.pdf"}, access))).isEqualTo(2);
        assertThat(err.toString()).contains("Fatima El Amrani");
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "tips", "--lang", "xx", "-o", "x.pdf"},
                access))).isEqualTo(2);
        assertThat(run(concat(new String[] {"handout", "NOPE-1", "--kind", "tips", "-o", "x.pdf"}, access)))
                .isEqualTo(2);

        try (OpenVault open = new Vault(new DataFolder(data), Clock.systemDefaultZone())
                .open("a long test passphrase".toCharArray(), () -> "Test")) {
            long id = open.handouts().caseId("DEMO-001").orElseThrow();
            assertThat(open.handouts().records(id)).hasSize(3).anySatisfy(r -> {
                assertThat(r.kind()).isEqualTo("member");
                assertThat(r.forWhom()).isEqualTo("Ria de Wit");
                assertThat(r.language()).isEqualTo("ar");
                assertThat(r.discreet()).isTrue();
            });
        }
    }

    @Test
    void aHandoutThatWouldCarryAnOpenToDoIsNotMadeAndTheOthersAre() throws Exception {
        // the realistic case, with its time-out not agreed to the end: no maximum, and a buddy pair without professional
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var file = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(
                Path.of("src/test/resources/acceptance/family-case.json").toFile());
        file.with("safetyPlan").put("status", "DRAFT").remove(java.util.List.of("agreedOn", "agreedBy"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) file.with("homeAgreement").with("timeOut"))
                .remove("maxMinutes");
        for (var pair : file.with("safetyPlan").withArray("buddyPairs")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) pair).remove(java.util.List.of("professionalName",
                    "professionalPhone"));
        }
        Path caseFile = temp.resolve("case.json");
        json.writeValue(caseFile.toFile(), file);
        Path data = temp.resolve("data");
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "a long test passphrase\n");
        String[] access = {"--data-dir", data.toString(), "--passphrase-file", secret.toString()};
        assertThat(run(concat(new String[] {"init"}, access))).as(err.toString()).isZero();
        assertThat(run(concat(new String[] {"import", caseFile.toString()}, access))).as(err.toString()).isZero();

        Path timeOut = temp.resolve("time-out.pdf");
        assertThat(run(concat(new String[] {"handout", "ACC-001", "--kind", "time-out", "--lang", "en", "-o",
            timeOut.toString()}, access))).isEqualTo(2);
        assertThat(err.toString()).contains("not made").contains("Agree how long a time-out lasts at most");
        assertThat(timeOut).doesNotExist();
        assertThat(run(concat(new String[] {"handout", "ACC-001", "--kind", "buddy", "--member", "Lotte", "-o",
            temp.resolve("buddy.pdf").toString()}, access))).isEqualTo(2);
        assertThat(err.toString()).contains("Name the professional");

        // what carries no open to-do is made: the safety plan and a member's card
        assertThat(run(concat(new String[] {"handout", "ACC-001", "--kind", "safety-plan", "--lang", "en", "-o",
            temp.resolve("plan.pdf").toString()}, access))).as(err.toString()).isZero();
        assertThat(run(concat(new String[] {"handout", "ACC-001", "--kind", "member", "--member", "Agnieszka",
            "-o", temp.resolve("card.pdf").toString()}, access))).as(err.toString()).isZero();
    }

    @Test
    void aMemberIsChosenByNumberSoNoNameStandsInTheListOfRunningPrograms() throws Exception {
        Path data = temp.resolve("data");
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, "a long test passphrase\n");
        try (OpenVault open = new Vault(new DataFolder(data), Clock.systemDefaultZone())
                .create("a long test passphrase".toCharArray(), () -> "Test")) {
            open.demo().create();
        }
        String[] access = {"--data-dir", data.toString(), "--passphrase-file", secret.toString()};
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "member", "-o",
            temp.resolve("none.pdf").toString()}, access))).isEqualTo(2);
        java.util.regex.Matcher listed = java.util.regex.Pattern.compile("([0-9]+) Ria de Wit").matcher(err.toString());
        assertThat(listed.find()).as(err.toString()).isTrue();

        Path card = temp.resolve("card.pdf");
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "member", "--member", listed.group(1),
            "--lang", "en", "-o", card.toString()}, access))).as(err.toString()).isZero();
        try (PDDocument document = Loader.loadPDF(card.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ria de Wit");
        }
        assertThat(run(concat(new String[] {"handout", "DEMO-001", "--kind", "member", "--member", "99", "-o",
            temp.resolve("nobody.pdf").toString()}, access))).isEqualTo(2);
        assertThat(temp.resolve("nobody.pdf")).doesNotExist();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
