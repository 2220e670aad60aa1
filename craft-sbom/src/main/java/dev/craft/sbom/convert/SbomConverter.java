package dev.craft.sbom.convert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.sbom.SbomReadResult;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * Converts a read SBOM to CycloneDX 1.6/1.7 JSON or SPDX 2.3 JSON. Every field the target cannot carry is
 * reported (grouped by kind, with a count and the first location), never dropped silently. The output
 * validates against the target's schema (tested).
 */
public final class SbomConverter {

    /** A converted document and what could not be carried. */
    public record Conversion(Target target, byte[] document, List<String> warnings) {
        public Conversion {
            warnings = List.copyOf(warnings);
        }
    }

    public enum Target {
        CYCLONEDX_1_6("cyclonedx-1.6"), CYCLONEDX_1_7("cyclonedx-1.7"), SPDX_2_3("spdx-2.3");

        private final String label;

        Target(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Target parse(String s) {
            for (Target t : values()) if (t.label.equalsIgnoreCase(s)) return t;
            throw new IllegalArgumentException("unknown target '" + s + "' (expected cyclonedx-1.6, cyclonedx-1.7 or spdx-2.3)");
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SbomConverter() {}

    public static Conversion convert(SbomReadResult read, Target target, Clock clock) {
        var warnings = new ConversionWarnings();
        ObjectNode doc = switch (target) {
            case CYCLONEDX_1_6 -> new ToCycloneDx(read, "1.6", warnings, MAPPER).document();
            case CYCLONEDX_1_7 -> new ToCycloneDx(read, "1.7", warnings, MAPPER).document();
            case SPDX_2_3 -> new ToSpdx23(read, warnings, MAPPER, clock).document();
        };
        List<String> notCarried = warnings.render();
        if (!notCarried.isEmpty()) {
            // The warnings travel with the document, so a reader of the converted SBOM sees what was lost.
            if (target == Target.SPDX_2_3) doc.put("comment", "Converted by craft. Not carried: " + String.join("; ", notCarried));
            else for (String w : notCarried) ((ObjectNode) doc.get("metadata")).withArray("properties").addObject()
                    .put("name", "craft:conversion:not-carried").put("value", w);
        }
        try {
            byte[] bytes = (MAPPER.writeValueAsString(doc) + "\n").getBytes(StandardCharsets.UTF_8);
            return new Conversion(target, bytes, notCarried);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize converted SBOM", e);
        }
    }
}
