package dev.craft.vuln.testing;

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
import java.util.Map;

/**
 * Test-only builders of the SBOM model: a minimal CycloneDX JSON loader (components, nested components, purls,
 * dependencies, metadata.component) for end-to-end tests over the shared SBOMs, and a one-line component factory.
 * Production code reads SBOMs with craft-sbom's SbomReader; this is not a second reader.
 */
public final class TestSboms {

    private TestSboms() {}

    public static Component component(String ref, String name, String version, String purl) {
        return new Component(ref, "library", null, name, version, null, null, List.of(), purl == null ? List.of() : List.of(purl),
                List.of(), null, List.of(), List.of(), List.of(), List.of(), null, null, null);
    }

    public static Sbom of(Component subject, List<Component> components, Map<String, List<String>> dependencies) {
        var meta = new SbomMetadata(SbomFormat.CYCLONEDX_JSON, "1.6", null, 1, null, null, List.of(), null, null, List.of(), List.of(),
                List.of(), List.of());
        return new Sbom(meta, subject, components, DependencyGraph.of(dependencies), List.of());
    }

    public static Sbom cyclonedxJson(Path file) {
        try {
            JsonNode root = new ObjectMapper().readTree(file.toFile());
            var components = new ArrayList<Component>();
            int[] counter = {0};
            collect(root.path("components"), null, components, counter, "$.components");
            JsonNode mc = root.path("metadata").path("component");
            Component subject = mc.isMissingNode() ? null : component(mc, null, counter, "$.metadata.component");
            Map<String, List<String>> deps = new LinkedHashMap<>();
            for (JsonNode d : root.path("dependencies")) {
                var on = new ArrayList<String>();
                d.path("dependsOn").forEach(x -> on.add(x.asText()));
                deps.put(d.path("ref").asText(), on);
            }
            var meta = new SbomMetadata(SbomFormat.CYCLONEDX_JSON, root.path("specVersion").asText("1.4"),
                    root.path("serialNumber").asText(null), 1, null, null, List.of(), null, null, List.of(), List.of(), List.of(), List.of());
            return new Sbom(meta, subject, components, DependencyGraph.of(deps), List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(JsonNode list, String parent, List<Component> out, int[] counter, String path) {
        for (int i = 0; i < list.size(); i++) {
            JsonNode c = list.get(i);
            Component comp = component(c, parent, counter, path + "[" + i + "]");
            out.add(comp);
            collect(c.path("components"), comp.ref(), out, counter, path + "[" + i + "].components");
        }
    }

    private static Component component(JsonNode c, String parent, int[] counter, String location) {
        String ref = c.path("bom-ref").asText(null);
        if (ref == null) ref = "craft:generated:" + (++counter[0]);
        String purl = c.path("purl").asText(null);
        return new Component(ref, c.path("type").asText(null), c.path("group").asText(null), c.path("name").asText("(unnamed)"),
                c.path("version").asText(null), null, null, List.of(), purl == null ? List.of() : List.of(purl), List.of(), null,
                List.of(), List.of(), List.of(), List.of(), null, parent, location);
    }
}
