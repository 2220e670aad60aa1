package dev.craft.sbom.spdx;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import dev.craft.sbom.read.SchemaRegistries;
import dev.craft.sbom.read.JsonPaths;
import dev.craft.sbom.read.ReadContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The SPDX JSON schemas, unpacked into the jar at build time (craft-sbom/pom.xml, ADR 0022), compiled once and cached. */
final class SpdxSchemas {

    private static final String DIR = "dev/craft/sbom/spdx/schema/";
    private static final Map<String, Schema> CACHE = new ConcurrentHashMap<>();
    private static final SchemaRegistry REGISTRY = SchemaRegistries.offline(l -> { });

    private SpdxSchemas() {}

    /** Validates {@code root} against the schema of {@code version} (2.2, 2.3, 3.0.1); no-op when null. */
    static void validate(ReadContext context, JsonNode root, String version) {
        if (version == null) return;
        Schema schema = CACHE.computeIfAbsent(version,
                v -> REGISTRY.getSchema(SchemaLocation.of("classpath:" + DIR + "spdx-schema-v" + v + ".json")));
        for (var e : schema.validate(root)) {
            String at = e.getInstanceLocation().toString();
            String message = e.getMessage();
            if (message.startsWith(at + ": ")) message = message.substring(at.length() + 2);
            context.schemaError(JsonPaths.fromPointer(at), message);
        }
        context.schemaChecked();
    }
}
