package dev.craft.sbom.spdx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.craft.common.Problem;
import dev.craft.sbom.read.InputLimits;
import dev.craft.sbom.read.JsonPaths;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomInput;
import dev.craft.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * SPDX 3.0.1 is validated element by element (see {@link SpdxSchemas}); this checks that it finds exactly the
 * elements the whole schema finds invalid, and the same document-level violations, on every SPDX 3 example
 * and on damaged copies of them.
 */
class SpdxSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ELEMENT = Pattern.compile("^\\$\\['@graph'\\]\\[(\\d+)\\]");

    @Test
    void shouldFindTheSameInvalidElementsAsTheWholeSchema() throws Exception {
        Path dir = SharedData.require("spdx/examples/3.0");
        int documents = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode root = JSON.readTree(file.toFile());
                if (!root.path("@graph").isArray()) continue;
                compare(file + " as published", root);
                JsonNode damaged = damaged((ObjectNode) root.deepCopy());
                assertThat(compare(file + " damaged", damaged)).as("the damage is found")
                        .contains("element 0", "element " + (damaged.get("@graph").size() - 1));
                documents++;
            }
        }
        assertThat(documents).as("SPDX 3 examples").isGreaterThan(3);
    }

    /** A copy with an unknown property, a wrong type of value, and an element of an unknown class. */
    private static JsonNode damaged(ObjectNode root) {
        var graph = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("@graph");
        ((ObjectNode) graph.get(0)).put("notAnSpdxProperty", true);
        if (graph.size() > 1) ((ObjectNode) graph.get(1)).put("name", 42);
        graph.addObject().put("type", "NoSuchClass").put("spdxId", "urn:x:1");
        root.put("unexpectedTopLevel", 1);
        return root;
    }

    private static Set<String> compare(String what, JsonNode root) {
        var context = new ReadContext(SbomInput.of(what, new byte[0], InputLimits.defaults()));
        SpdxSchemas.validate(context, root, "3.0.1");
        Set<String> byElement = summary(context.schemaErrors().stream().map(Problem::location).toList());
        Set<String> whole = summary(SpdxSchemas.validateWhole(root, "3.0.1").stream()
                .map(e -> JsonPaths.fromPointer(e.getInstanceLocation().toString())).toList());
        assertThat(byElement).as(what).isEqualTo(whole);
        return byElement;
    }

    /** Invalid elements by index, and document-level locations as they are. */
    private static Set<String> summary(java.util.List<String> locations) {
        var out = new TreeSet<String>();
        for (String l : locations) {
            var m = ELEMENT.matcher(l);
            out.add(m.find() ? "element " + m.group(1) : l);
        }
        return out;
    }
}
