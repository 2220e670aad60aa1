package dev.craft.vuln.vex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.common.InputException;
import dev.craft.testsupport.SharedData;
import dev.craft.vuln.VexState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The three VEX dialects, read from the shared examples (CycloneDX, OpenVEX, CSAF) in place. */
class VexReaderTest {

    @TestFactory
    Stream<DynamicTest> shouldReadEveryCycloneDxVexExample() throws Exception {
        Path root = SharedData.require("cyclonedx/vex");
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().startsWith("vex")).sorted().toList();
            return files.stream().map(f -> DynamicTest.dynamicTest(f.toString().substring(root.toString().length()), () -> {
                List<VexStatement> statements = VexReader.read(f);
                assertThat(statements).isNotEmpty().allSatisfy(st -> {
                    assertThat(st.dialect()).isEqualTo("CycloneDX");
                    assertThat(st.vulnerability()).matches("(CVE|GHSA|SNYK).*");
                    assertThat(st.products()).isNotEmpty();
                });
            }));
        }
    }

    @Test
    void shouldKeepCycloneDxJustificationResponsesAndDetail() throws Exception {
        List<VexStatement> s = VexReader.read(SharedData.require("cyclonedx/vex/vex.json"));
        assertThat(s).singleElement().satisfies(st -> {
            assertThat(st.state()).isEqualTo(VexState.NOT_AFFECTED);
            assertThat(st.justification()).isEqualTo("code_not_reachable");
            assertThat(st.responses()).isEqualTo("will_not_fix, update");
            assertThat(st.impactStatement()).startsWith("Automated dataflow analysis");
            assertThat(st.products().get(0).bomRef()).startsWith("urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#pkg:maven/");
            assertThat(st.aliases()).contains("SNYK-JAVA-COMFASTERXMLJACKSONCORE-1048302");
        });
    }

    @Test
    void shouldMapTheFourCisaUseCaseStates() throws Exception {
        Path dir = SharedData.require("cyclonedx/vex/CISA-Use-Cases/Case-1");
        assertThat(VexReader.read(dir.resolve("vex-not_affected.json")).get(0).state()).isEqualTo(VexState.NOT_AFFECTED);
        assertThat(VexReader.read(dir.resolve("vex-affected.json")).get(0).state()).isEqualTo(VexState.AFFECTED);
        assertThat(VexReader.read(dir.resolve("vex-fixed.json")).get(0).state()).isEqualTo(VexState.FIXED);
        assertThat(VexReader.read(dir.resolve("vex-under_investigation.json")).get(0).state()).isEqualTo(VexState.UNDER_INVESTIGATION);
    }

    @Test
    void shouldSplitCycloneDxVersionsIntoStatementsPerVersionOrRange() throws Exception {
        List<VexStatement> s = VexReader.read(SharedData.require("cyclonedx/vex/CISA-Use-Cases/Case-6/vex.json"));
        assertThat(s).extracting(st -> st.products().get(0).version() + "|" + st.products().get(0).versRange())
                .contains("2.4|null", "2.6|null", "null|vers:generic/>=2.9|<=4.1");
    }

    @Test
    void shouldReadOpenVexOfBothVersions() throws Exception {
        Path dir = SharedData.require("openvex/go-vex");
        List<VexStatement> old = VexReader.read(dir.resolve("vex-v0.0.1-noversion.json"));
        assertThat(old).singleElement().satisfies(st -> {
            assertThat(st.dialect()).isEqualTo("OpenVEX");
            assertThat(st.state()).isEqualTo(VexState.FIXED);
            assertThat(st.products()).extracting(VexProduct::purl).containsExactly("pkg:apk/wolfi/git@2.39.0-r1?arch=armv7",
                    "pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64");
        });
        List<VexStatement> v2 = VexReader.read(dir.resolve("vex-v020-1.vex.json"));
        assertThat(v2).singleElement().satisfies(st -> {
            assertThat(st.vulnerability()).isEqualTo("CVE-9876-54321");
            assertThat(st.state()).isEqualTo(VexState.UNDER_INVESTIGATION);
            assertThat(st.timestamp()).isNotNull();
        });
        Path spec = SharedData.require("openvex/spec-examples");
        try (Stream<Path> files = Files.list(spec)) {
            files.forEach(f -> assertThat(VexReader.read(f)).isNotEmpty());
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldReadEveryCsafVexExample() throws Exception {
        Path root = SharedData.require("csaf/examples/2.0/csaf/csaf_vex");
        try (Stream<Path> s = Files.list(root)) {
            return s.sorted().toList().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
                List<VexStatement> statements = VexReader.read(f);
                assertThat(statements).isNotEmpty().allSatisfy(st -> {
                    assertThat(st.dialect()).isEqualTo("CSAF");
                    assertThat(st.location()).startsWith("$.vulnerabilities[");
                });
            }));
        }
    }

    @Test
    void shouldKeepCsafFlagsAsJustificationAndThreatsAsImpact() throws Exception {
        List<VexStatement> s = VexReader.read(SharedData.require("csaf/examples/2.0/csaf/csaf_vex/sec-vex-2022-0001.json"));
        assertThat(s).first().satisfies(st -> {
            assertThat(st.vulnerability()).isEqualTo("CVE-2021-44228");
            assertThat(st.state()).isEqualTo(VexState.NOT_AFFECTED);
            assertThat(st.justification()).isEqualTo("component_not_present");
            assertThat(st.impactStatement()).contains("No Java");
            assertThat(st.timestamp()).isNotNull();
        });
    }

    @Test
    void shouldResolveCsafDefaultComponentOfRelationships() throws Exception {
        List<VexStatement> s = VexReader.read(SharedData.require("openvex/go-vex/csaf-testdata-csaf.json"));
        assertThat(s).anySatisfy(st -> {
            assertThat(st.state()).isEqualTo(VexState.NOT_AFFECTED);
            assertThat(st.products().get(0).purl()).isEqualTo("pkg:maven/@1.3.4");
        });
    }

    @Test
    void shouldRefuseWhatIsNotVex(@TempDir Path dir) throws Exception {
        Path sbom = dir.resolve("bom.json");
        Files.writeString(sbom, "{\"bomFormat\": \"CycloneDX\", \"vulnerabilities\": [{\"id\": \"CVE-1\", \"analysis\": {\"state\": \"maybe\"}, \"affects\": [{\"ref\": \"x\"}]}]}");
        assertThatThrownBy(() -> VexReader.read(sbom)).isInstanceOf(InputException.class)
                .hasMessageContaining("$.vulnerabilities[0].analysis.state").hasMessageContaining("unknown analysis state 'maybe'");
        Path other = dir.resolve("other.json");
        Files.writeString(other, "{\"hello\": 1}");
        assertThatThrownBy(() -> VexReader.read(other)).isInstanceOf(InputException.class).hasMessageContaining("not a VEX document");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\n  \"statements\": [,]\n}");
        assertThatThrownBy(() -> VexReader.read(broken)).isInstanceOf(InputException.class).hasMessageContaining("line 2");
    }
}
