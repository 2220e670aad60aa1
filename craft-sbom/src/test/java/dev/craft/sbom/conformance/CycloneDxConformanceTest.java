package dev.craft.sbom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.common.InputException;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The CycloneDX specification's own test corpus, 1.2 to 1.7, JSON and XML: every {@code valid-*} file must be
 * read with no schema violation, every {@code invalid-*} file must be rejected (unreadable, or with at least
 * one schema violation). {@code skip_*} files are skipped as upstream marks them.
 */
class CycloneDxConformanceTest {

    @Test
    void shouldAcceptValidAndRejectInvalidDocuments() throws IOException {
        Path root = SharedData.require("cyclonedx/conformance");
        var report = new ConformanceReport("cyclonedx-conformance-1.2-1.7");
        int valid = 0;
        int invalid = 0;
        for (String version : List.of("1.2", "1.3", "1.4", "1.5", "1.6", "1.7")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(root.resolve(version))) {
                files = s.filter(p -> p.toString().endsWith(".json") || p.toString().endsWith(".xml")).sorted().toList();
            }
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith("skip_")) {
                    report.skip(version + "/" + name + " (marked skip_ upstream)");
                } else if (name.startsWith("valid-")) {
                    valid++;
                    String outcome = outcome(file);
                    if (outcome.equals("valid")) report.pass();
                    else report.fail(version + "/" + name + " should be accepted, but: " + outcome);
                } else if (name.startsWith("invalid-") || name.startsWith("informal-invalid-")) {
                    invalid++;
                    String outcome = outcome(file);
                    if (!outcome.equals("valid")) report.pass();
                    else report.fail(version + "/" + name + " should be rejected, but was read without a schema violation");
                }
            }
        }
        report.note(valid + " valid and " + invalid + " invalid documents");
        report.write();
        assertThat(report.failures()).isEmpty();
    }

    private static String outcome(Path file) throws IOException {
        try {
            SbomReadResult r = SbomReader.readWithWarnings(file);
            if (!r.schemaChecked()) return "not schema-checked";
            return r.schemaErrors().isEmpty() ? "valid" : "schema violation: " + r.schemaErrors().get(0).render();
        } catch (InputException e) {
            return "unreadable: " + e.problems().get(0).render();
        }
    }
}
