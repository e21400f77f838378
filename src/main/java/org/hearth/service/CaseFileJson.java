package org.hearth.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * Turns a case file into JSON bytes and back. Reading checks, in this order, that the bytes are JSON, that they
 * are a Hearth case file of a version this Hearth reads, that they match the schema, and that every value can
 * be read; the first problem found is reported with its field, never with the value itself.
 */
final class CaseFileJson {

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a number too large for a double (1e400) stays a number, not Infinity, which the schema check cannot read
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private final CaseFileSchema schema = new CaseFileSchema();

    byte[] write(CaseFileV1 file) throws IOException {
        return mapper.writeValueAsBytes(file);
    }

    /** The JSON tree of a case file, for comparing two files. */
    JsonNode tree(byte[] bytes) throws IOException {
        return mapper.readTree(bytes);
    }

    CaseFileV1 read(byte[] bytes) throws CaseFileException {
        JsonNode tree = parse(bytes);
        checkFormat(tree);
        schema.check(tree);
        return bind(tree);
    }

    private JsonNode parse(byte[] bytes) throws CaseFileException {
        JsonNode tree;
        try {
            tree = mapper.readTree(bytes);
        } catch (JsonEOFException e) {
            throw new CaseFileException("", "ends too early" + where(e.getLocation())
                    + ": the file is incomplete. Export the case again, or use a complete copy.");
        } catch (StreamReadException e) {
            String problem = String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")
                    ? "names the same field twice" : "is not valid JSON";
            throw new CaseFileException("", problem + where(e.getLocation())
                    + ". Choose a case file exported by Hearth.");
        } catch (IOException e) {
            throw new CaseFileException("", "is not valid JSON text. Choose a case file exported by Hearth.");
        }
        if (tree == null || !tree.isObject()) {
            throw new CaseFileException("", "is not a Hearth case file: it holds no JSON object. "
                    + "Choose a case file exported by Hearth.");
        }
        return tree;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static void checkFormat(JsonNode tree) throws CaseFileException {
        JsonNode format = tree.get("format");
        if (format == null || !format.isTextual() || !CaseFileV1.FORMAT.equals(format.textValue())) {
            throw new CaseFileException("/format", "must be \"" + CaseFileV1.FORMAT + "\": this is not a Hearth "
                    + "case file. Choose a case file exported by Hearth.");
        }
        JsonNode version = tree.get("version");
        if (version == null || !version.isIntegralNumber()) {
            throw new CaseFileException("/version", "is required and must be a whole number: the version of the "
                    + "case file format. Choose a case file exported by Hearth.");
        }
        if (!version.canConvertToInt() || version.intValue() != CaseFileV1.VERSION) {
            throw new CaseFileException("/version", "names a case file format version this Hearth cannot read "
                    + "(it reads version " + CaseFileV1.VERSION + "). Import the file with the Hearth that wrote "
                    + "it, or update Hearth.");
        }
    }

    private CaseFileV1 bind(JsonNode tree) throws CaseFileException {
        try {
            return mapper.treeToValue(tree, CaseFileV1.class);
        } catch (JsonMappingException e) {
            throw new CaseFileException(pointer(e), "cannot be read: check that dates are written yyyy-mm-dd, "
                    + "times hh:mm and moments yyyy-mm-ddThh:mm, and that the date exists.");
        } catch (JacksonException e) {
            throw new CaseFileException("", "cannot be read. Choose a case file exported by Hearth.");
        }
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            pointer.append('/');
            pointer.append(reference.getFieldName() != null ? reference.getFieldName() : reference.getIndex());
        }
        return pointer.toString();
    }
}
