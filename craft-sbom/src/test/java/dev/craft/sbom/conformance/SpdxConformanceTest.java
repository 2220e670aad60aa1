package dev.craft.sbom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.common.InputException;
import dev.craft.common.Problem;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every SPDX document in {@code shared/data/spdx}: examples are read with no spec violation and with every
 * package (counted independently from the raw document); encodings craft does not read (YAML, XML, RDF) are
 * refused with a message naming the format; the failure cases are rejected with a precise message.
 */
class SpdxConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The failure cases and the words their message must contain. */
    private static final Map<String, String> INVALID = Map.of(
            "tools-java-BadJSON.spdx.json", "creators",
            "tools-java-SPDXWrongVersion.spdx.json", "SPDX-2.2.1",
            "tools-java-SPDXJSONExample-wrongversion.spdx.json", "'primaryPackagePurpose' is not defined in the schema",
            "tools-java-SPDXTagExample-v2.2-warning.spdx", "LGPL-2.0");

    /**
     * Examples that violate their own JSON schema, with the reason. The SPDX 2.2 JSON schema spells the
     * category PACKAGE_MANAGER while the 2.2 specification (and this example) write PACKAGE-MANAGER.
     */
    private static final Map<String, String> KNOWN_SCHEMA_VIOLATIONS = Map.of(
            "spdx-examples-example9-appbomination.spdx.json", "referenceCategory");

    @Test
    void shouldReadEveryExampleAndRealWorldDocumentWithAllPackages() throws IOException {
        Path root = SharedData.require("spdx");
        var report = new ConformanceReport("spdx-examples-and-real-world");
        for (String dir : List.of("examples/2.2", "examples/2.3", "examples/3.0", "real-world")) {
            for (Path file : list(root.resolve(dir))) {
                String name = dir + "/" + file.getFileName();
                String n = file.getFileName().toString();
                if (n.endsWith(".yaml") || n.endsWith(".xml") || n.endsWith(".rdf")) {
                    try {
                        SbomReader.read(file);
                        report.fail(name + ": read, but craft does not support this encoding");
                    } catch (InputException e) {
                        if (e.getMessage().contains("is not read by craft")) report.pass();
                        else report.fail(name + ": refused with an unclear message: " + e.getMessage());
                    }
                    continue;
                }
                try {
                    SbomReadResult r = SbomReader.readWithWarnings(file);
                    long expected = packagesIn(file);
                    long got = r.sbom().components().size() + (r.sbom().subject() == null ? 0 : 1);
                    boolean lenientVersion = r.sbom().metadata().specVersion().equals("2.1");
                    boolean realWorld = dir.equals("real-world");
                    String known = KNOWN_SCHEMA_VIOLATIONS.get(n);
                    boolean knownViolation = known != null && r.schemaErrors().stream().allMatch(p -> p.render().contains(known));
                    if (got != expected) report.fail(name + ": " + got + " packages read, the document has " + expected);
                    else if (!r.schemaErrors().isEmpty() && !realWorld && !knownViolation) report.fail(name + ": " + r.schemaErrors().get(0).render());
                    else if (!r.schemaChecked() && !lenientVersion && n.endsWith(".json")) report.fail(name + ": not schema-checked");
                    else {
                        report.pass();
                        if (!r.schemaErrors().isEmpty()) report.note(name + ": read with " + r.schemaErrors().size() + " schema violations, e.g. " + r.schemaErrors().get(0).location() + ": " + r.schemaErrors().get(0).message());
                    }
                } catch (InputException e) {
                    report.fail(name + ": " + e.getMessage());
                }
            }
        }
        report.write();
        assertThat(report.failures()).isEmpty();
    }

    @Test
    void shouldRejectEveryFailureCaseWithAPreciseMessage() throws IOException {
        Path dir = SharedData.require("spdx/invalid");
        var report = new ConformanceReport("spdx-failure-cases");
        for (Path file : list(dir)) {
            String n = file.getFileName().toString();
            String needle = INVALID.get(n);
            if (needle == null) {
                report.fail(n + ": no expectation recorded for this failure case");
                continue;
            }
            List<Problem> problems;
            try {
                SbomReadResult r = SbomReader.readWithWarnings(file);
                problems = Stream.concat(r.schemaErrors().stream(), r.warnings().stream()).toList();
            } catch (InputException e) {
                problems = e.problems();
            }
            if (problems.stream().anyMatch(p -> p.render().contains(needle) && !p.location().isEmpty())) report.pass();
            else report.fail(n + ": expected a located problem mentioning '" + needle + "', got " + problems);
        }
        report.write();
        assertThat(report.failures()).isEmpty();
    }

    /** Package count from the raw document, without craft: JSON "packages", SPDX 3 software_Package, tag-value PackageName lines. */
    private static long packagesIn(Path file) throws IOException {
        String n = file.getFileName().toString();
        if (n.endsWith(".json")) {
            JsonNode root = JSON.readTree(file.toFile());
            if (root.has("@graph")) {
                long c = 0;
                for (JsonNode e : root.get("@graph")) if ("software_Package".equals(e.path("type").asText())) c++;
                return c;
            }
            return root.path("packages").size();
        }
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> l.startsWith("PackageName:")).count();
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

}
