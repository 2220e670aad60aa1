package dev.craft.sbom.cyclonedx;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.sbom.read.QuickSchema;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The quick schema check (ADR 0024) must never disagree with networknt: for every component and dependency
 * element of the CycloneDX corpus (valid and invalid documents, 1.2 to 1.7) and of the real SBOMs, a VALID
 * or INVALID verdict equals networknt's. UNDECIDED is allowed (networknt then decides) but must stay rare,
 * or the fast path buys nothing.
 */
class QuickSchemaEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Counts of one comparison run. */
    static final class Tally {
        int valid;
        int invalid;
        int undecided;
        final List<String> disagreements = new ArrayList<>();

        void compare(String version, JsonNode element, boolean component, String where) {
            CycloneDxSchemas.JsonSchemas s = CycloneDxSchemas.json(version);
            QuickSchema quick = component ? s.quickComponent() : s.quickDependency();
            boolean reference = (component ? s.component() : s.dependency()).validate(element).isEmpty();
            switch (quick.verdict(element)) {
                case VALID -> {
                    valid++;
                    if (!reference) disagreements.add(where + ": quick VALID, networknt invalid");
                }
                case INVALID -> {
                    invalid++;
                    if (reference) disagreements.add(where + ": quick INVALID, networknt valid");
                }
                case UNDECIDED -> undecided++;
            }
        }

        int total() {
            return valid + invalid + undecided;
        }
    }

    @Test
    void shouldAgreeWithNetworkntOnEveryElementOfTheSpecificationCorpus() throws IOException {
        Path root = SharedData.require("cyclonedx/conformance");
        var tally = new Tally();
        for (String version : CycloneDxSchemas.JSON_VERSIONS) {
            try (Stream<Path> files = Files.list(root.resolve(version))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                    JsonNode doc = readOrNull(f);
                    if (doc != null) elements(doc, version, version + "/" + f.getFileName(), tally);
                }
            }
        }
        record("cyclonedx-quick-schema-corpus", tally);
        assertThat(tally.disagreements).isEmpty();
        assertThat(tally.undecided).isLessThan(tally.total() / 20);
    }

    @Test
    void shouldAgreeWithNetworkntOnEveryElementOfTheRealSboms() throws IOException {
        Path root = SharedData.require("sboms");
        var tally = new Tally();
        try (Stream<Path> files = Files.list(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = readOrNull(f);
                if (doc == null || !"CycloneDX".equals(doc.path("bomFormat").asText())) continue;
                String version = doc.path("specVersion").asText();
                if (CycloneDxSchemas.json(version) != null) elements(doc, version, f.getFileName().toString(), tally);
            }
        }
        record("cyclonedx-quick-schema-real-sboms", tally);
        assertThat(tally.disagreements).isEmpty();
        assertThat(tally.valid).isGreaterThan(tally.total() * 9 / 10);
    }

    /** Top-level components (with everything nested), nested components on their own, the subject, dependencies. */
    static void elements(JsonNode doc, String version, String name, Tally tally) {
        JsonNode comps = doc.path("components");
        for (int i = 0; i < comps.size(); i++) component(comps.get(i), version, name + " $.components[" + i + "]", tally);
        JsonNode subject = doc.path("metadata").path("component");
        if (!subject.isMissingNode()) tally.compare(version, subject, true, name + " $.metadata.component");
        JsonNode deps = doc.path("dependencies");
        for (int i = 0; i < deps.size(); i++) tally.compare(version, deps.get(i), false, name + " $.dependencies[" + i + "]");
    }

    private static void component(JsonNode c, String version, String where, Tally tally) {
        tally.compare(version, c, true, where);
        JsonNode nested = c.path("components");
        for (int i = 0; i < nested.size(); i++) component(nested.get(i), version, where + ".components[" + i + "]", tally);
    }

    private static JsonNode readOrNull(Path f) {
        try {
            return JSON.readTree(f.toFile());
        } catch (IOException e) {
            return null; // the corpus holds deliberately malformed JSON; not a schema question
        }
    }

    private static void record(String suite, Tally tally) {
        var report = new ConformanceReport(suite);
        for (int i = 0; i < tally.valid + tally.invalid; i++) report.pass();
        for (String d : tally.disagreements) report.fail(d);
        report.note(tally.valid + " VALID, " + tally.invalid + " INVALID, " + tally.undecided + " UNDECIDED (left to networknt)");
        report.write();
    }
}
