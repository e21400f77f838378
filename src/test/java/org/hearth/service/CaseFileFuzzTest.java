package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreRows;

/**
 * A valid exported case file, mutated (characters flipped, inserted, deleted; fields removed;
 * values replaced by other kinds), is either imported as a whole case or refused with a {@link CaseFileException}
 * and nothing written: every table has as many rows as before. Any other outcome is a crash; such inputs are kept
 * under {@code src/test/resources/casefile-regressions} and replayed by {@link CaseFileRegressionTest}.
 */
class CaseFileFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PLACEHOLDER = "FUZZ-REF";
    private static final String ODD = "{}[]\",:\\0123456789.eE+-tnfalseu\u0000\u001f\u00e9\u0645\u05d0\uD83D\uDE00"
            + "\u200D\uFEFF\uD800 \n";

    private static Path temp;
    private static Database database;
    private static CaseFile caseFile;
    private static String valid;
    private static final AtomicInteger TRY = new AtomicInteger();
    private static final AtomicInteger IMPORTED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeContainer
    static void openDatabaseWithTheDemoCase() throws Exception {
        temp = Files.createTempDirectory("hearth-fuzz");
        database = Database.create(new DataFolder(temp.resolve("db")), "a long passphrase".toCharArray(),
                () -> "Tester");
        caseFile = new CaseFile(database, CaseFileTest.CLOCK);
        new DemoCase(database, CaseFileTest.CLOCK).create();
        Path exported = temp.resolve("valid.json");
        caseFile.export(DemoCase.REFERENCE, exported);
        ObjectNode tree = (ObjectNode) MAPPER.readTree(exported.toFile());
        ((ObjectNode) tree.get("case")).put("reference", PLACEHOLDER);
        valid = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    }

    @AfterContainer
    static void closeDatabase() throws IOException {
        System.out.printf("case file fuzzing: %d tries, %d imported whole, %d refused with a message%n",
                TRY.get(), IMPORTED.get(), REFUSED.get());
        database.close();
        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Property(tries = 250, seed = "")
    void aMutatedCaseFileIsImportedWholeOrRefusedWithAMessageAndWritesNothing(
            @ForAll("mutatedFiles") String text) throws Exception {
        String reference = "FUZZ-" + TRY.incrementAndGet();
        Path file = temp.resolve("import.json");
        Files.write(file, text.replace(PLACEHOLDER, reference).getBytes(StandardCharsets.UTF_8));
        CaseFileOutcome.check(database, caseFile, file, temp.resolve("again.json"), IMPORTED, REFUSED);
    }

    @Provide
    Arbitrary<String> mutatedFiles() {
        Arbitrary<Mutation> one = Arbitraries.oneOf(
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(ODD.toCharArray()))
                        .as((at, c) -> (Mutation) s -> replaceAt(s, at, c)),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(ODD.toCharArray()))
                        .as((at, c) -> (Mutation) s -> insertAt(s, at, String.valueOf(c))),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(1, 200))
                        .as((at, n) -> (Mutation) s -> deleteAt(s, at, n)),
                Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(
                                "null", "0", "-1", "1e400", "99999999999999999999", "\"\"", "\" \"", "[]", "{}",
                                "true", "\"2026-02-30\"", "\"25:00\"", "\"0000-01-01\"", "\"\\u0000\""))
                        .as((at, value) -> (Mutation) s -> replaceValue(s, at, value)),
                Arbitraries.doubles().between(0, 1).map(at -> (Mutation) s -> removeField(s, at)));
        return one.list().ofMinSize(1).ofMaxSize(3).map(mutations -> {
            String s = valid;
            for (Mutation m : mutations) {
                s = m.apply(s);
            }
            return s;
        });
    }

    private interface Mutation {
        String apply(String text);
    }

    private static int index(String s, double at) {
        return Math.min(s.length(), (int) (at * s.length()));
    }

    private static String replaceAt(String s, double at, char c) {
        int i = Math.min(index(s, at), s.length() - 1);
        return s.substring(0, i) + c + s.substring(i + 1);
    }

    private static String insertAt(String s, double at, String text) {
        int i = index(s, at);
        return s.substring(0, i) + text + s.substring(i);
    }

    private static String deleteAt(String s, double at, int n) {
        int i = index(s, at);
        return s.substring(0, i) + s.substring(Math.min(s.length(), i + n));
    }

    /** Replaces the value after the first ": " at or after the position (a value in the pretty-printed file). */
    private static String replaceValue(String s, double at, String value) {
        int colon = s.indexOf(" : ", index(s, at));
        if (colon < 0) {
            return s;
        }
        int start = colon + 3;
        int end = start;
        if (s.charAt(start) == '"') {
            end = s.indexOf('"', start + 1) + 1;
            while (end > 0 && s.charAt(end - 2) == '\\') {
                end = s.indexOf('"', end) + 1;
            }
        } else {
            while (end < s.length() && ",\n}]".indexOf(s.charAt(end)) < 0) {
                end++;
            }
            if (end < s.length() && (s.charAt(start) == '[' || s.charAt(start) == '{')) {
                return s;
            }
        }
        return end <= start ? s : s.substring(0, start) + value + s.substring(end);
    }

    /** Removes one whole field (a line "name" : value) from the pretty-printed file. */
    private static String removeField(String s, double at) throws RuntimeException {
        try {
            JsonNode tree = MAPPER.readTree(s);
            List<ObjectNode> objects = new ArrayList<>();
            collect(tree, objects);
            if (objects.isEmpty()) {
                return s;
            }
            ObjectNode target = objects.get(Math.min(objects.size() - 1, (int) (at * objects.size())));
            Iterator<String> names = target.fieldNames();
            if (names.hasNext()) {
                List<String> all = new ArrayList<>();
                names.forEachRemaining(all::add);
                target.remove(all.get((int) (at * 7919) % all.size()));
            }
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (IOException e) {
            return s;
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.forEach(child -> collect(child, objects));
    }

    /** Rows per table, for the message of a failed check. */
    static Map<String, Long> rows(Database database) {
        return StoreRows.count(database);
    }
}
