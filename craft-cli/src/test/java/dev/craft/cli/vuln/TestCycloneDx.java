package dev.craft.cli.vuln;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.Component;
import dev.craft.sbom.DependencyGraph;
import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomFormat;
import dev.craft.sbom.SbomMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Test-only: a minimal CycloneDX JSON loader (components, purls, dependencies, metadata.component) so that the
 * scan command can be tested end to end before craft-sbom's SbomReader is in this build. Not a production reader.
 */
final class TestCycloneDx {

    private TestCycloneDx() {}

    static Sbom read(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            var components = new ArrayList<Component>();
            for (JsonNode c : root.path("components")) components.add(component(c));
            var deps = new LinkedHashMap<String, List<String>>();
            for (JsonNode d : root.path("dependencies")) {
                var on = new ArrayList<String>();
                d.path("dependsOn").forEach(x -> on.add(x.asText()));
                deps.put(d.path("ref").asText(), on);
            }
            JsonNode mc = root.path("metadata").path("component");
            var meta = new SbomMetadata(SbomFormat.CYCLONEDX_JSON, root.path("specVersion").asText(), root.path("serialNumber").asText(null), 1,
                    null, null, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
            return new Sbom(meta, mc.isMissingNode() ? null : component(mc), components, DependencyGraph.of(deps), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Component component(JsonNode c) {
        String purl = c.path("purl").asText(null);
        return new Component(c.path("bom-ref").asText(), c.path("type").asText(null), c.path("group").asText(null), c.path("name").asText(),
                c.path("version").asText(null), null, null, List.of(), purl == null ? List.of() : List.of(purl), List.of(), null, List.of(),
                List.of(), List.of(), List.of(), null, null, null);
    }
}
