package org.hearth.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.hearth.service.CaseDetails;
import org.hearth.service.Failures;
import org.hearth.service.OpenVault;
import org.hearth.service.PlanDraft;
import org.hearth.service.ValidationException;
import org.hearth.service.Vault;
import org.hearth.store.DataFolder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Fills every field of a case with a unique marker, uses Hearth's features on it, and then looks for the markers
 * (in UTF-8 and UTF-16) everywhere Hearth writes on its own: the data folder (database, key file, settings,
 * backups), the system's temporary folder, the log and the console, the names of the files it writes, and the
 * metadata of the PDFs it makes. The contents of a handout or a case file the worker saves on purpose are meant
 * to hold the family's data; their names and metadata are not.
 */
class NoLeaksTest {

    private static final String PASSPHRASE = "a long test passphrase";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;
    private final Map<String, String> markers = new LinkedHashMap<>();
    private int next = 1;

    @BeforeEach
    void listen() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        log.start();
        root.addAppender(log);
        realOut = System.out;
        realErr = System.err;
        PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
    }

    @AfterEach
    void stopListening() {
        System.setOut(realOut);
        System.setErr(realErr);
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(log);
    }

    @Test
    void noMarkerOfACaseIsFoundInAnythingHearthWritesOnItsOwn() throws Exception {
        Instant started = Instant.now().minusSeconds(2);
        Path systemTemp = Path.of(System.getProperty("java.io.tmpdir"));
        Path data = temp.resolve("data");
        Path out = temp.resolve("chosen-by-the-worker");
        Files.createDirectories(out);
        Path usb = temp.resolve("usb-stick");
        Files.createDirectories(usb);
        List<Path> pdfs = new ArrayList<>();
        DataFolder folder = new DataFolder(data);

        // a whole case (the demo family has every part), exported, every text replaced by a marker, imported again
        Path demoFile = out.resolve("demo.json");
        try (OpenVault open = new Vault(folder, Clock.systemDefaultZone())
                .create(PASSPHRASE.toCharArray(), () -> "Wendy Worker")) {
            open.demo().create();
            open.caseFile().export("DEMO-001", demoFile);
        }
        JsonNode marked = mark(JSON.readTree(demoFile.toFile()), null);
        ((ObjectNode) marked.path("case")).put("reference", "REF-" + markerDigits());
        markers.put("reference", marked.path("case").path("reference").asText());
        Path markedFile = out.resolve("marked.json");
        Files.write(markedFile, JSON.writeValueAsBytes(marked));
        Files.delete(demoFile);
        assertThat(markers).hasSizeGreaterThan(60);

        String reference;
        try (OpenVault open = new Vault(folder, Clock.systemDefaultZone())
                .open(PASSPHRASE.toCharArray(), () -> "Wendy Worker")) {
            reference = open.caseFile().importCase(markedFile);
            long id = open.handouts().caseId(reference).orElseThrow();
            // the worker opens and saves every part of the case
            var workspace = open.cases().open(id);
            open.cases().saveHousehold(id, workspace.version(), workspace.household());
            PlanDraft plan = open.plans().load(id);
            open.plans().save(id, plan);
            open.homes().save(id, open.homes().load(id));
            open.followUp().log(id);
            open.plans().history(id);
            // a refused change whose database error quotes the stored values
            try {
                open.cases().create(new CaseDetails(reference, "Family " + marker(), "W", null, "nl"));
            } catch (ValidationException refused) {
                assertThat(refused.problems()).isNotEmpty();
            }
            // the case file the worker asked for
            open.caseFile().export(reference, out.resolve("case-file.json"));
            // a backup to a chosen folder (its content is scanned: it is encrypted)
            open.backups().backUpTo(usb.resolve("hearth-backup.hearthbackup"));
            // everything held about one person, as JSON and as a PDF
            long personId = workspace.household().get(0).id();
            var export = open.subjectAccess().of(org.hearth.service.SubjectAccess.Kind.HOUSEHOLD_MEMBER, personId);
            org.hearth.service.SubjectAccess.writeJson(export, out.resolve("subject-access-export.json"));
            Path accessPdf = out.resolve("subject-access-export.pdf");
            new org.hearth.ui.privacy.SubjectAccessPdf(new org.hearth.ui.Messages(java.util.Locale.ENGLISH),
                    new org.hearth.report.HandoutTemplates()).of(export).writePdf(accessPdf);
            pdfs.add(accessPdf);
            // and a network member erased for good (the file is compacted)
            open.erasure().erase(org.hearth.service.ErasureService.Kind.NETWORK_MEMBER, plan.members().get(
                    plan.members().size() - 1).id());
        }
        Files.delete(markedFile);

        // every kind of handout, through the command line, as a worker (or a script) would make them
        Path secret = temp.resolve("secret.txt");
        Files.writeString(secret, PASSPHRASE + "\n");
        String[] access = {"--data-dir", data.toString(), "--passphrase-file", secret.toString()};
        String member = marked.path("network").get(0).path("name").asText();
        String buddy = marked.path("household").get(0).path("name").asText();
        List<Path> handouts = new ArrayList<>();
        for (String[] kind : List.of(new String[] {"home"}, new String[] {"time-out"}, new String[] {"safety-plan"},
                new String[] {"member", "--member", member}, new String[] {"tips"}, new String[] {"map"},
                new String[] {"safety-plan", "--discreet"}, new String[] {"member", "--member", member, "--lang", "ar"})) {
            Path pdf = out.resolve("handout-" + handouts.size() + ".pdf");
            List<String> args = new ArrayList<>(List.of("handout", reference, "--kind", kind[0]));
            args.addAll(List.of(kind).subList(1, kind.length));
            args.addAll(List.of("-o", pdf.toString()));
            args.addAll(List.of(access));
            StringWriter said = new StringWriter();
            CommandLine line = HearthCommand.line();
            line.setOut(new PrintWriter(said, true));
            line.setErr(new PrintWriter(said, true));
            int code = line.execute(args.toArray(String[]::new));
            assertThat(code).as(kind[0] + ": " + said).isZero();
            handouts.add(pdf);
            console.writeBytes(said.toString().getBytes(StandardCharsets.UTF_8));
        }
        assertThat(buddy).isNotBlank();

        // what was found, and where
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.addAll(search(file.toString(), Files.readAllBytes(file)));
            }
        }
        try (Stream<Path> files = Files.walk(usb)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                found.addAll(search(file.toString(), Files.readAllBytes(file)));
            }
        }
        try (Stream<Path> files = Files.walk(systemTemp, 3)) {
            for (Path file : files.filter(this::isFileWeMayRead).filter(f -> modifiedSince(f, started))
                    .filter(f -> !f.startsWith(temp)).toList()) {
                found.addAll(search("temp " + file, readSafely(file)));
            }
        }
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.toList()) {
                found.addAll(search("file name " + file.getFileName(),
                        file.getFileName().toString().getBytes(StandardCharsets.UTF_8)));
            }
        }
        pdfs.addAll(handouts);
        for (Path pdf : pdfs) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                PDDocumentInformation info = document.getDocumentInformation();
                String metadata = String.join("|", nz(info.getTitle()), nz(info.getAuthor()), nz(info.getSubject()),
                        nz(info.getKeywords()), nz(info.getCreator()), nz(info.getProducer()));
                if (document.getDocumentCatalog().getMetadata() != null) {
                    metadata += new String(document.getDocumentCatalog().getMetadata().toByteArray(),
                            StandardCharsets.UTF_8);
                }
                found.addAll(search("metadata of " + pdf.getFileName(), metadata.getBytes(StandardCharsets.UTF_8)));
                assertThat(document.getNumberOfPages()).isPositive();
            }
        }
        StringBuilder logged = new StringBuilder();
        for (ILoggingEvent event : log.list) {
            logged.append(event.getFormattedMessage()).append('\n');
            if (event.getThrowableProxy() != null) {
                logged.append(ThrowableProxyUtil.asString(event.getThrowableProxy())).append('\n');
            }
        }
        found.addAll(search("log", logged.toString().getBytes(StandardCharsets.UTF_8)));
        found.addAll(search("console", console.toByteArray()));

        assertThat(found).as("markers found").isEmpty();
        // the markers are really there: the handout a worker prints shows the family's words
        try (PDDocument document = Loader.loadPDF(handouts.get(2).toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(markers.values().stream().filter(text::contains).count()).isGreaterThan(10);
        }
    }

    @Test
    void aDatabaseRefusalNeverShowsTheValuesItQuotes() throws Exception {
        DataFolder folder = new DataFolder(temp.resolve("data"));
        String name = marker();
        try (OpenVault open = new Vault(folder, Clock.systemDefaultZone())
                .create(PASSPHRASE.toCharArray(), () -> "Wendy Worker")) {
            open.demo().create();
            long id = open.handouts().caseId("DEMO-001").orElseThrow();
            var workspace = open.cases().open(id);
            var household = new ArrayList<>(workspace.household());
            // removing someone the plan still names is refused by the database, whose error quotes the row
            var first = household.remove(0);
            household.add(new org.hearth.service.HouseholdMember(null, name, first.role(), first.birthYear(),
                    null, null, null, first.riskRole(), first.colour()));
            Throwable refusal = null;
            try {
                open.cases().saveHousehold(id, workspace.version(), household);
            } catch (RuntimeException e) {
                refusal = e;
            }
            assertThat(refusal).as("the database refuses").isNotNull();
            String shown = new org.hearth.ui.Messages(java.util.Locale.ENGLISH).get(Failures.messageKey(refusal))
                    + Failures.code(refusal);
            assertThat(shown).doesNotContain(name).doesNotContain(first.name());
        }
        String logged = log.list.stream().map(ILoggingEvent::getFormattedMessage).reduce("", String::concat);
        assertThat(logged + console.toString(StandardCharsets.UTF_8)).doesNotContain(name);
    }

    // ----- markers -----

    /** Replaces every text a worker typed by a new marker; ids, names of kinds, dates and times stay. */
    private JsonNode mark(JsonNode node, String field) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> entry = it.next();
                entry.setValue(mark(entry.getValue(), entry.getKey()));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            for (int i = 0; i < array.size(); i++) {
                array.set(i, mark(array.get(i), field));
            }
            return array;
        }
        if (!node.isTextual() || field == null || isStructure(field, node.asText())) {
            return node;
        }
        String value = isPhone(field) ? "06 " + markerDigits() : marker();
        markers.put(field + "#" + markers.size(), value);
        return TextNode.valueOf(value);
    }

    private static boolean isStructure(String field, String value) {
        return field.equals("format") || field.equals("language") || field.equals("country") || field.equals("id")
                || value.matches("[A-Z][A-Z_]*") || value.matches("[a-z]+\\d+") || value.matches("\\d{4}-\\d{2}-\\d{2}.*")
                || value.matches("\\d{2}:\\d{2}(:\\d{2})?") || value.isBlank();
    }

    private static boolean isPhone(String field) {
        return field.toLowerCase(java.util.Locale.ROOT).contains("phone") || field.equals("number");
    }

    private String marker() {
        return "Mq" + (next++) + "жQz" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    private String markerDigits() {
        return String.format("%04d %04d", 7000 + next++, (int) (System.nanoTime() % 10_000));
    }

    private List<String> search(String where, byte[] content) {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, String> marker : markers.entrySet()) {
            for (java.nio.charset.Charset charset : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
                    StandardCharsets.UTF_16BE)) {
                if (indexOf(content, marker.getValue().getBytes(charset)) >= 0) {
                    hits.add(marker.getKey() + " (" + charset + ") in " + where);
                }
            }
        }
        return hits;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private boolean isFileWeMayRead(Path file) {
        return Files.isRegularFile(file) && Files.isReadable(file);
    }

    private static boolean modifiedSince(Path file, Instant since) {
        try {
            // Hearth's own temporary files are small; large ones are other programs' (a build, another test)
            return Files.getLastModifiedTime(file).toInstant().isAfter(since) && Files.size(file) < 20_000_000;
        } catch (IOException e) {
            return false;
        }
    }

    private static byte[] readSafely(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
