package org.hearth.service;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.hearth.Tries;
import org.hearth.store.DataFolder;
import org.hearth.store.Database;
import org.hearth.store.StoreRows;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A valid exported case file, mutated (characters flipped, inserted, deleted; fields removed;
 * values replaced by other kinds), is either imported as a whole case or refused with a {@link CaseFileException}
 * and nothing written: every table has as many rows as before. Any other outcome is a crash; such inputs are kept
 * under {@code src/test/resources/casefile-regressions} and replayed by {@link CaseFileRegressionTest}.
 */
class CaseFileFuzzTest {

    /** Mutated files per build; a new random seed each run (QT_SEED=... replays the one a failure names). */
    private static final int TRIES = 250;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PLACEHOLDER = "FUZZ-REF";
    private static final String ODD = "{}[]\",:\\0123456789.eE+-tnfalseu\u0000\u001f\u00e9\u0645\u05d0\uD83D\uDE00"
            + "\u200D\uFEFF\uD800 \n";
    private static final List<String> VALUES = List.of("null", "0", "-1", "1e400", "99999999999999999999", "\"\"",
            "\" \"", "[]", "{}", "true", "\"2026-02-30\"", "\"25:00\"", "\"0000-01-01\"", "\"\\u0000\"");

    private static Path temp;
    private static Database database;
    private static CaseFile caseFile;
    private static String valid;
    private static final AtomicInteger TRY = new AtomicInteger();
    private static final AtomicInteger IMPORTED = new AtomicInteger();
    private static final AtomicInteger REFUSED = new AtomicInteger();

    @BeforeAll
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

    @AfterAll
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

    @Test
    void aMutatedCaseFileIsImportedWholeOrRefusedWithAMessageAndWritesNothing() {
        Tries.check(TRIES, 30, mutations(), CaseFileFuzzTest::importMutated);
    }

    private static void importMutated(List<Mutation> mutations) {
        String text = valid;
        for (Mutation m : mutations) {
            text = m.change().apply(text);
        }
        String reference = "FUZZ-" + TRY.incrementAndGet();
        Path file = temp.resolve("import.json");
        try {
            Files.write(file, text.replace(PLACEHOLDER, reference).getBytes(StandardCharsets.UTF_8));
            CaseFileOutcome.check(database, caseFile, file, temp.resolve("again.json"), IMPORTED, REFUSED);
        } catch (Exception e) {
            throw new IllegalStateException("the import of a mutated file could not be checked", e);
        }
    }

    /** One to three mutations of the valid file, each one of five kinds, at a random place. */
    @SuppressWarnings("unchecked")
    private static Gen<List<Mutation>> mutations() {
        Gen<Double> at = doubles().between(0, 1);
        Gen<Character> odd = Generate.pick(ODD.chars().mapToObj(c -> (char) c).toList());
        Gen<Mutation> one = Generate.oneOf(
                at.zip(odd, (where, c) -> new Mutation("replace the character at " + where + " by " + code(c),
                        s -> replaceAt(s, where, c))),
                at.zip(odd, (where, c) -> new Mutation("insert " + code(c) + " at " + where,
                        s -> insertAt(s, where, String.valueOf(c)))),
                at.zip(integers().between(1, 200), (where, n) -> new Mutation("delete " + n + " characters at "
                        + where, s -> deleteAt(s, where, n))),
                at.zip(Generate.pick(VALUES), (where, value) -> new Mutation("replace the value after " + where
                        + " by " + value, s -> replaceValue(s, where, value))),
                at.map(where -> new Mutation("remove a field at " + where, s -> removeField(s, where))));
        return lists().of(one).ofSizeBetween(1, 3);
    }

    /** A change to the file's text, named so that a failure says what was done. */
    private record Mutation(String what, UnaryOperator<String> change) {
        @Override
        public String toString() {
            return what;
        }
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
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
