package dev.craft.vuln.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.vuln.SourceInfo;
import dev.craft.vuln.SourceKind;
import dev.craft.vuln.StoreManifest;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The manifest as JSON: kept in the store file's header and copied to {@code manifest.json} for people and tools. */
final class ManifestJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {}

    static byte[] write(StoreManifest m) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", m.format());
        root.put("writtenAt", m.writtenAt().toString());
        ArrayNode sources = root.putArray("sources");
        for (SourceInfo s : m.sources()) {
            ObjectNode n = sources.addObject();
            n.put("name", s.name());
            n.put("kind", s.kind().name());
            n.put("location", s.location());
            n.put("fetchedAt", s.fetchedAt().toString());
            n.put("sha256", s.sha256());
            n.put("bytes", s.bytes());
            n.put("records", s.records());
            n.put("withdrawn", s.withdrawn());
            n.put("skipped", s.skipped());
            ObjectNode eco = n.putObject("ecosystems");
            s.ecosystems().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> eco.put(e.getKey(), e.getValue()));
            putOptional(n, "version", s.version());
            putOptional(n, "etag", s.etag());
            putOptional(n, "lastModified", s.lastModified());
            putOptional(n, "checkedAt", s.checkedAt() == null ? null : s.checkedAt().toString());
            ArrayNode w = n.putArray("warnings");
            s.warnings().forEach(w::add);
        }
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static StoreManifest read(byte[] json) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        var sources = new ArrayList<SourceInfo>();
        for (JsonNode n : root.path("sources")) {
            Map<String, Integer> eco = new LinkedHashMap<>();
            n.path("ecosystems").fields().forEachRemaining(e -> eco.put(e.getKey(), e.getValue().asInt()));
            List<String> warnings = new ArrayList<>();
            n.path("warnings").forEach(w -> warnings.add(w.asText()));
            sources.add(new SourceInfo(n.path("name").asText(), SourceKind.valueOf(n.path("kind").asText()),
                    n.path("location").asText(), Instant.parse(n.path("fetchedAt").asText()), n.path("sha256").asText(),
                    n.path("bytes").asLong(), n.path("records").asInt(), n.path("withdrawn").asInt(), n.path("skipped").asInt(),
                    eco, text(n, "version"), text(n, "etag"), text(n, "lastModified"),
                    text(n, "checkedAt") == null ? null : Instant.parse(text(n, "checkedAt")), warnings));
        }
        return new StoreManifest(root.path("format").asInt(), Instant.parse(root.path("writtenAt").asText()), sources);
    }

    private static void putOptional(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
