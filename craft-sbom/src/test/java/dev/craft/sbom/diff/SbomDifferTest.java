package dev.craft.sbom.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.sbom.Sbom;
import dev.craft.sbom.SbomReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SbomDifferTest {

    private static Sbom bom(String purl) {
        String json = "{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\",\"components\":[{\"type\":\"library\",\"bom-ref\":\"x\",\"name\":\"x\",\"version\":\""
                + purl.substring(purl.indexOf('@') + 1) + "\",\"purl\":\"" + purl + "\"}]}";
        return SbomReader.read("t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} -> {1} is {2} by {3} ordering")
    @CsvSource({
        "pkg:maven/g/a@1.9, pkg:maven/g/a@1.10, UPGRADED, maven",
        "pkg:maven/g/a@2.0.0, pkg:maven/g/a@2.0.0-RC1, DOWNGRADED, maven",
        "pkg:npm/a@1.0.0-beta.2, pkg:npm/a@1.0.0, UPGRADED, npm",
        "pkg:pypi/a@1.0rc1, pkg:pypi/a@1.0, UPGRADED, pypi",
        "pkg:deb/debian/a@1:1.0-1, pkg:deb/debian/a@2.0-1, DOWNGRADED, deb",
        "pkg:generic/a@10, pkg:generic/a@9, DOWNGRADED, generic"
    })
    void shouldOrderVersionsByTheEcosystemsRules(String before, String after, ComponentChange.Kind kind, String ordering) {
        SbomDiff d = SbomDiffer.diff(bom(before), bom(after));
        assertThat(d.changes()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.ordering()).isEqualTo(ordering);
        });
    }
}
