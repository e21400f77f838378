package org.hearth.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The JSON Schema of the case file (draft 2020-12, {@code case-format-v1.schema.json} beside this class). A file
 * that does not match it is refused with the first problem, in the worker's words.
 */
final class CaseFileSchema {

    static final String RESOURCE = "case-format-v1.schema.json";
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,39}");

    private final JsonSchema schema;

    CaseFileSchema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        try (InputStream in = CaseFileSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The case file schema is missing from the application");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void check(JsonNode tree) throws CaseFileException {
        Set<ValidationMessage> messages = schema.validate(tree);
        if (!messages.isEmpty()) {
            ValidationMessage first = messages.stream()
                    .min(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                    .orElseThrow();
            throw problem(first);
        }
    }

    private static CaseFileException problem(ValidationMessage message) {
        String at = message.getInstanceLocation().toString();
        at = at.equals("/") ? "" : at;
        String type = message.getType();
        String schemaAt = String.valueOf(message.getSchemaLocation());
        JsonNode rule = message.getSchemaNode();
        return switch (type) {
            case "required" -> new CaseFileException(at + "/" + name(message.getProperty()),
                    "is required but missing: add it.");
            case "additionalProperties" -> new CaseFileException(at + "/" + name(message.getProperty()),
                    "is not part of the case file format: remove it, or import the file with the Hearth that "
                            + "wrote it.");
            case "type" -> new CaseFileException(at, "holds the wrong kind of value (text, number, true/false, "
                    + "list or object): see docs/case-format.md for what belongs here.");
            case "enum" -> new CaseFileException(at, "is not one of the values Hearth knows: use one of "
                    + (rule != null && rule.isArray() ? rule.toString().replace(",", ", ") : "the values in the schema")
                    + ".");
            case "maxLength" -> new CaseFileException(at, "is too long: it may hold at most "
                    + (rule != null && rule.isInt() ? String.format("%,d", rule.intValue()) : "the allowed number of")
                    + " characters. Shorten it.");
            case "minLength" -> new CaseFileException(at, "is empty: fill it in.");
            case "minimum" -> new CaseFileException(at, "is too small: it is at least " + rule + ".");
            case "maximum" -> new CaseFileException(at, "is too large: it is at most " + rule + ".");
            case "uniqueItems" -> new CaseFileException(at, "lists the same item twice: remove the repeat.");
            case "pattern" -> new CaseFileException(at, pattern(schemaAt));
            case "const" -> new CaseFileException(at, "has a value that is not allowed here: "
                    + "choose a case file exported by Hearth.");
            default -> new CaseFileException(at, "does not fit the case file format: see docs/case-format.md.");
        };
    }

    private static String pattern(String schemaLocation) {
        if (schemaLocation.contains("/$defs/dateTime/")) {
            return "must be a date and time written yyyy-mm-ddThh:mm (ISO 8601), e.g. 2026-11-29T19:30.";
        }
        if (schemaLocation.contains("/$defs/date/")) {
            return "must be a date written yyyy-mm-dd (ISO 8601), e.g. 2026-11-29.";
        }
        if (schemaLocation.contains("/$defs/time/")) {
            return "must be a time of day written hh:mm (24 hours), e.g. 19:30.";
        }
        if (schemaLocation.contains("/$defs/id/")) {
            return "must be an id of 1 to 40 letters, digits, dots, dashes or underscores, e.g. p1.";
        }
        return "is not written the way the case file format asks: see docs/case-format.md.";
    }

    /** A field name from the file, kept only when it looks like one (it is the file's, not Hearth's). */
    private static String name(String property) {
        return property != null && NAME.matcher(property).matches() ? property : "(unknown field)";
    }
}
