package dev.craft.sbom.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.sbom.Component;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import dev.craft.sbom.purl.Purls;
import dev.craft.testsupport.ConformanceReport;
import dev.craft.testsupport.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every real-world CycloneDX SBOM in {@code shared/data/sboms}: component, purl and dependency counts must
 * equal {@code manifest.csv} (computed independently of craft), so no component is lost on the way, and every
 * purl parses with craft's purl parser into the manifest's purl types.
 */
class RealSbomConformanceTest {

    @Test
    void shouldReadEveryRealSbomWithTheManifestCounts() throws Exception {
        Path dir = SharedData.require("sboms");
        List<String> lines = Files.readAllLines(dir.resolve("manifest.csv"));
        List<String> header = List.of(lines.get(0).split(","));
        var report = new ConformanceReport("sbom-real-world-cyclonedx");
        int components = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            String file = f[header.indexOf("file")];
            try {
                SbomReadResult r = SbomReader.readWithWarnings(dir.resolve(file));
                List<Component> cs = r.sbom().components();
                long withPurl = cs.stream().filter(c -> c.purl().isPresent()).count();
                var unique = new HashSet<String>();
                cs.forEach(c -> c.purl().ifPresent(unique::add));
                var types = new TreeMap<String, Integer>();
                cs.forEach(c -> c.purl().ifPresent(p -> types.merge(Purls.type(p).orElse("(invalid)"), 1, Integer::sum)));
                String got = cs.size() + "/" + withPurl + "/" + unique.size() + "/" + r.sbom().dependencies().edges().size() + "/"
                        + types.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(";"));
                String want = f[header.indexOf("components")] + "/" + f[header.indexOf("components_with_purl")] + "/"
                        + f[header.indexOf("unique_purls")] + "/" + f[header.indexOf("dependencies")] + "/" + sorted(f[header.indexOf("purl_types")]);
                if (got.equals(want)) report.pass();
                else report.fail(file + ": components/with purl/unique purls/dependency entries/purl types " + got + ", manifest says " + want);
                components += cs.size();
            } catch (RuntimeException e) {
                report.fail(file + ": " + e.getMessage());
            }
        }
        report.note(components + " components read in total");
        report.write();
        assertThat(report.failures()).isEmpty();
    }

    /** The manifest's {@code type:n;type:n} sorted by type, as the test builds its own. */
    private static String sorted(String purlTypes) {
        return List.of(purlTypes.split(";")).stream().sorted().collect(Collectors.joining(";"));
    }
}
