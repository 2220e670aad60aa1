package dev.craft.sbom.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.Component;
import dev.craft.sbom.DependencyGraph;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.read.FastCheck;
import dev.craft.sbom.read.InputLimits;
import dev.craft.sbom.read.Json;
import dev.craft.sbom.read.ReadContext;
import dev.craft.sbom.read.SbomAssembler;
import dev.craft.sbom.read.SbomInput;
import dev.craft.sbom.read.TokenTee;
import dev.craft.testsupport.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming fast path against the slow, tree-based reference, element by element over every CycloneDX
 * JSON document in the shared corpus (specification suite and real SBOMs): the fast check may only call an
 * element valid when networknt finds nothing wrong with it, and the streaming mapper must build the same
 * components and dependency entries as the tree mapper.
 */
class CycloneDxFastPathTest {

    private final ObjectMapper mapper = Json.mapper(InputLimits.defaults());

    @Test
    void shouldNeverCallValidWhatNetworkntRejectsAndMapLikeTheTreeMapper() throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(json(SharedData.require("cyclonedx/conformance")));
        files.addAll(json(SharedData.require("sboms")));
        int elements = 0, fastValid = 0, networkntValid = 0, documents = 0;
        var misses = new java.util.TreeMap<String, Integer>();
        for (Path file : files) {
            JsonNode root;
            try {
                root = mapper.readTree(file.toFile());
            } catch (IOException e) {
                continue; // unreadable documents are the reader's concern, covered by the conformance test
            }
            if (!root.isObject() || !root.path("specVersion").isTextual()) continue;
            var schemas = CycloneDxSchemas.json(root.get("specVersion").asText());
            if (schemas == null) continue;
            documents++;
            var tree = new Side(file);
            var stream = new Side(file);
            JsonNode components = root.path("components");
            for (int i = 0; i < components.size() && components.isArray(); i++) {
                JsonNode c = components.get(i);
                String where = file.getFileName() + " $.components[" + i + "]";
                boolean valid = schemas.component().validate(c).isEmpty();
                FastCheck check = new FastCheck(schemas.fastComponent());
                try (TokenTee p = tee(c)) {
                    p.check(check);
                    stream.add(stream.streaming.readComponent(p, "$.components[" + i + "]"));
                    assertThat(check.isDone()).as(where).isTrue();
                }
                tree.trees.component(c, "$.components[" + i + "]", null);
                elements++;
                if (valid) networkntValid++;
                if (check.verdict() == FastCheck.Verdict.VALID) {
                    fastValid++;
                    assertThat(valid).as(where + " passed the fast check but networknt rejects it").isTrue();
                } else if (valid) {
                    misses.merge(file.getFileName().toString(), 1, Integer::sum);
                }
            }
            JsonNode dependencies = root.path("dependencies");
            for (int i = 0; i < dependencies.size() && dependencies.isArray(); i++) {
                JsonNode d = dependencies.get(i);
                String where = file.getFileName() + " $.dependencies[" + i + "]";
                boolean valid = schemas.dependency().validate(d).isEmpty();
                FastCheck check = new FastCheck(schemas.fastDependency());
                try (TokenTee p = tee(d)) {
                    p.check(check);
                    stream.streaming.add(stream.streaming.readDependency(p, "$.dependencies[" + i + "]"));
                }
                tree.trees.dependency(d, "$.dependencies[" + i + "]");
                elements++;
                if (valid) networkntValid++;
                if (check.verdict() == FastCheck.Verdict.VALID) {
                    fastValid++;
                    assertThat(valid).as(where + " passed the fast check but networknt rejects it").isTrue();
                }
            }
            assertThat(stream.components()).as(file.toString()).isEqualTo(tree.components());
            assertThat(stream.graph()).as(file.toString()).isEqualTo(tree.graph());
            assertThat(stream.context.warnings()).as(file.toString()).isEqualTo(tree.context.warnings());
        }
        System.out.printf("fast path: %d documents, %d elements, %d valid by networknt, %d of them passed by the fast check%n",
                documents, elements, networkntValid, fastValid);
        System.out.println("valid components the fast check left to networknt, by file: " + misses);
        assertThat(documents).isGreaterThan(300);
        // The fast path must actually be the common path on real, valid input, or it buys nothing.
        assertThat(fastValid).isGreaterThan(networkntValid * 9 / 10);
    }

    @Test
    void shouldReportInvalidComponentsAtTheirPathWhenTheDocumentStartsWithAByteOrderMark() {
        String doc = "\uFEFF{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"version\":1,\"components\":["
                + "{\"type\":\"library\",\"name\":\"ok\",\"bom-ref\":\"a\"},"
                + "{\"type\":\"no-such-type\",\"name\":\"bad\",\"bom-ref\":\"b\",\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"xyz\"}]}]}";
        SbomReadResult r = SbomReader.readWithWarnings("bom.json", doc.getBytes(StandardCharsets.UTF_8));
        assertThat(r.sbom().components()).hasSize(2);
        assertThat(r.schemaErrors()).extracting(p -> p.location())
                .containsExactly("$.components[1].type", "$.components[1].hashes[0].content");
    }

    private TokenTee tee(JsonNode n) throws IOException {
        JsonParser p = mapper.createParser(mapper.writeValueAsBytes(n));
        p.nextToken();
        return new TokenTee(p);
    }

    private static List<Path> json(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("skip_")).sorted().toList();
        }
    }

    /** One reading of a document: its own context and assembler. */
    private final class Side {
        final ReadContext context;
        final SbomAssembler assembler;
        final CycloneDxJsonMapper trees;
        final CycloneDxStreamMapper streaming;

        Side(Path file) {
            context = new ReadContext(SbomInput.of(file, InputLimits.defaults()));
            assembler = new SbomAssembler(context);
            trees = new CycloneDxJsonMapper(context, assembler);
            streaming = new CycloneDxStreamMapper(context, assembler, trees, mapper);
        }

        void add(CycloneDxStreamMapper.Draft d) {
            streaming.add(d);
        }

        List<Component> components() {
            return List.copyOf(assembler.components());
        }

        DependencyGraph graph() {
            return assembler.build(new CycloneDxJsonMapper(context, assembler).metadata(mapper.createObjectNode(), "1.6")).dependencies();
        }
    }
}
