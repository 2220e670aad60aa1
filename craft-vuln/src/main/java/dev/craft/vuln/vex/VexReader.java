package dev.craft.vuln.vex;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads VEX documents in any of the three dialects, told apart by their content: CycloneDX VEX
 * ({@code bomFormat: CycloneDX} with {@code vulnerabilities[].analysis}), OpenVEX ({@code @context} of
 * openvex.dev, {@code statements[]}) and CSAF VEX ({@code document.category: csaf_vex}, or any CSAF document with
 * {@code product_status}). All are JSON; a file over 64 MB or nested deeper than 64 levels is refused.
 */
public final class VexReader {

    static final long MAX_BYTES = 64L << 20;
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(8 << 20).build()).build());

    private VexReader() {}

    /**
     * Reads every statement of a VEX file.
     *
     * @throws InputException when the file is not JSON, not a VEX document, or a statement is malformed
     */
    public static List<VexStatement> read(Path file) {
        String source = file.toString();
        try {
            if (Files.size(file) > MAX_BYTES) throw new InputException(new Problem(source, "", "larger than 64 MB", "a VEX document"));
            JsonNode root;
            try (InputStream in = Files.newInputStream(file)) {
                root = MAPPER.readTree(in);
            }
            return read(source, root);
        } catch (NoSuchFileException e) {
            throw new InputException(Problem.at(source, "", "no such file"), e);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
            throw new InputException(new Problem(source, where, "invalid JSON: " + e.getOriginalMessage(),
                    "a CycloneDX VEX, OpenVEX or CSAF VEX document (JSON)"), e);
        } catch (IOException e) {
            throw new InputException(Problem.at(source, "", "cannot read: " + e.getMessage()), e);
        }
    }

    /** Reads the statements of a parsed document; {@code source} names it in statements and problems. */
    public static List<VexStatement> read(String source, JsonNode root) {
        if (root == null || !root.isObject()) throw notVex(source);
        if ("CycloneDX".equals(root.path("bomFormat").asText(null))) return CycloneDxVex.read(source, root);
        if (root.path("@context").asText("").contains("openvex") || root.has("statements")) return OpenVex.read(source, root);
        if (root.path("document").has("category") && root.has("product_tree")) return CsafVex.read(source, root);
        throw notVex(source);
    }

    private static InputException notVex(String source) {
        return new InputException(new Problem(source, "$", "not a VEX document",
                "CycloneDX VEX (bomFormat CycloneDX with vulnerabilities), OpenVEX (@context https://openvex.dev/ns) or CSAF VEX (document.category csaf_vex)"));
    }

    static Instant instant(String text) {
        if (text == null || text.isBlank()) return null;
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }
}
