package org.hearth.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hearth.store.Database;
import org.hearth.store.StoreRows;

/**
 * What importing any file may do: store the whole case it describes (exported again, it gives the same JSON,
 * apart from blank text, which is stored as nothing), or refuse with a {@link CaseFileException} and leave every
 * table as it was. Anything else is a crash: the input is copied to {@code target/casefile-crashes} to be kept as
 * a regression file.
 */
final class CaseFileOutcome {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CaseFileOutcome() {
    }

    static void check(Database database, CaseFile caseFile, Path file, Path again, AtomicInteger imported,
                      AtomicInteger refused) throws Exception {
        Map<String, Long> before = StoreRows.count(database);
        String reference;
        try {
            reference = caseFile.importCase(file);
        } catch (CaseFileException e) {
            refused.incrementAndGet();
            assertThat(e.getMessage()).as("a message for the worker").hasSizeBetween(10, 600)
                    .doesNotContain("Exception", "jackson", "SQL");
            assertThat(StoreRows.count(database)).as("rows after a refused import").isEqualTo(before);
            return;
        } catch (Throwable crash) {
            Path kept = keep(file);
            fail("importing " + kept + " crashed with " + crash.getClass().getName(), crash);
            return;
        }
        imported.incrementAndGet();
        Map<String, Long> after = StoreRows.count(database);
        assertThat(after.get("FAMILY")).isEqualTo(before.get("FAMILY") + 1);
        caseFile.export(reference, again);
        JsonNode expected = withoutBlanks(MAPPER.readTree(file.toFile()));
        JsonNode actual = MAPPER.readTree(again.toFile());
        ((ObjectNode) expected).remove("exportedAt");
        ((ObjectNode) actual).remove("exportedAt");
        String difference = difference("", expected, actual);
        if (difference != null) {
            Path kept = keep(file);
            fail("the case imported from " + kept + " is not whole: it differs at " + difference);
        }
    }

    private static Path keep(Path file) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        String name = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        Path kept = Path.of("target", "casefile-crashes", name + ".json");
        Files.createDirectories(kept.getParent());
        Files.write(kept, bytes);
        return kept;
    }

    private static JsonNode withoutBlanks(JsonNode node) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (field.getValue().isNull() || field.getValue().isTextual() && field.getValue().textValue().isBlank()) {
                    fields.remove();
                } else {
                    withoutBlanks(field.getValue());
                }
            }
        } else {
            node.forEach(CaseFileOutcome::withoutBlanks);
        }
        return node;
    }

    /** The JSON pointer of the first difference (never the values: they may be personal data), or null. */
    private static String difference(String at, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0 ? null : at;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!actual.has(name)) {
                    return at + "/" + name + " (missing)";
                }
                String inner = difference(at + "/" + name, expected.get(name), actual.get(name));
                if (inner != null) {
                    return inner;
                }
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name)) {
                    return at + "/" + name + " (added)";
                }
            }
            return null;
        }
        if (expected.isArray() && actual.isArray()) {
            if (expected.size() != actual.size()) {
                return at + " (" + expected.size() + " items in the file, " + actual.size() + " stored)";
            }
            for (int i = 0; i < expected.size(); i++) {
                String inner = difference(at + "/" + i, expected.get(i), actual.get(i));
                if (inner != null) {
                    return inner;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : at;
    }
}
