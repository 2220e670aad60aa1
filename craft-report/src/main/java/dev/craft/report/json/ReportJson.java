package dev.craft.report.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Collectors;

/**
 * The JSON form of craft-report's documents (cases, drafts, notices): ISO-8601 instants and durations, no nulls,
 * camelCase names. Reading is strict and bounded: unknown fields, wrong types and violated invariants become
 * {@link InputException}s naming the JSON path; nesting, string length and document size are capped.
 */
public final class ReportJson {

    /** Largest accepted document. A case with thousands of findings is well under this. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // An absent boolean (provisional, thirdPartyComponent, treatedAsManufacturer) means false.
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

    static {
        MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(64).maxStringLength(1_000_000).maxDocumentLength(MAX_BYTES).build());
    }

    private ReportJson() {}

    /** The configured mapper (shared, thread-safe). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String writeString(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a document of {@code type}; {@code source} names the input in errors. */
    public static <T> T read(String source, InputStream in, Class<T> type) {
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new InputException(new Problem(source, "", "the document is larger than " + MAX_BYTES + " bytes",
                        "a document of at most 16 MiB"));
            }
            return MAPPER.readValue(bytes, type);
        } catch (JsonMappingException e) {
            throw new InputException(problem(source, e), e);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : "line " + loc.getLineNr() + ", column " + loc.getColumnNr();
            throw new InputException(new Problem(source, where, "not valid JSON: " + e.getOriginalMessage(), "a JSON document"), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Problem problem(String source, JsonMappingException e) {
        String path = path(e);
        if (e instanceof UnrecognizedPropertyException u) {
            if (!path.endsWith("." + u.getPropertyName())) path = path + "." + u.getPropertyName();
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream().map(String::valueOf)
                    .sorted().collect(Collectors.joining(", "));
            return new Problem(source, path, "unknown field '" + u.getPropertyName() + "'", known.isEmpty() ? "" : "one of " + known);
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root != e && root.getMessage() != null ? root.getMessage() : e.getOriginalMessage();
        // Records say "x must not be null": point at the field itself.
        var missing = java.util.regex.Pattern.compile("^(\\w+) must not be null$").matcher(message);
        if (missing.matches()) path = path + "." + missing.group(1);
        return new Problem(source, path, message, "");
    }

    /** {@code $.releases[0].placedOnMarket} from Jackson's reference chain. */
    static String path(JsonMappingException e) {
        var sb = new StringBuilder("$");
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) sb.append('.').append(r.getFieldName());
            else if (r.getIndex() >= 0) sb.append('[').append(r.getIndex()).append(']');
        }
        return sb.toString();
    }
}
