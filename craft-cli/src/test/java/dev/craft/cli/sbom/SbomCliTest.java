package dev.craft.cli.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.cli.SbomCliRunner;
import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code craft sbom} end to end, in-process. Report formats are compared with golden files under
 * {@code src/test/resources/sbom/golden} ({@code <FILE>} replaces the fixture path); run with
 * {@code -Dcraft.golden.update=true} to rewrite them after an intended change, then review the diff.
 */
class SbomCliTest {

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "check --format {0} matches golden/{1}")
    @CsvSource({"text, check.txt", "json, check.json", "sarif, check.sarif.json", "junit, check.junit.xml"})
    void shouldRenderCheckReportsAsTheGoldenFilesWhenProfilesFail(String format, String golden) throws Exception {
        Path file = fixture("app-1.0.cdx.json");
        var run = SbomCliRunner.run("sbom", "check", file.toString(), "--profile", "cra,bsi-tr-03183-2", "--format", format);
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertGolden(golden, run.out().replace(file.toString(), "<FILE>"));
    }

    @Test
    void shouldExitZeroWhenEveryMustRuleOfTheProfilePasses() throws Exception {
        var run = SbomCliRunner.run("sbom", "check", fixture("app-1.0.cdx.json").toString(), "--profile", "cra");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("passed: every MUST rule is met").contains("FAIL SHOULD cra-component-identifier");
    }

    @Test
    void shouldExitTwoWithALocatedMessageWhenTheInputIsUnreadable() throws IOException {
        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", \"components\": [ {\"name\": }]}");
        var run = SbomCliRunner.run("sbom", "check", broken.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("craft: " + broken + ": line 1, column").contains("not valid JSON");
    }

    @Test
    void shouldExitTwoForAnUnknownProfile() throws Exception {
        var run = SbomCliRunner.run("sbom", "check", fixture("app-1.0.cdx.json").toString(), "--profile", "iso");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown profile 'iso'");
    }

    @Test
    void shouldSummariseAnSbomAsTheGoldenFile() throws Exception {
        Path file = fixture("app-1.0.cdx.json");
        var text = SbomCliRunner.run("sbom", "info", file.toString());
        assertThat(text.exitCode()).isZero();
        assertGolden("info.txt", text.out().replace(file.toString(), "<FILE>"));
        var json = SbomCliRunner.run("sbom", "info", file.toString(), "--format", "json");
        assertGolden("info.json", json.out().replace(file.toString(), "<FILE>"));
    }

    @Test
    void shouldReportUpgradesDowngradesAndLicenceChangesAsTheGoldenFile() throws Exception {
        var text = SbomCliRunner.run("sbom", "diff", fixture("app-1.0.cdx.json").toString(), fixture("app-1.1.cdx.json").toString());
        assertThat(text.exitCode()).isZero();
        assertGolden("diff.txt", text.out());
        var json = SbomCliRunner.run("sbom", "diff", fixture("app-1.0.cdx.json").toString(), fixture("app-1.1.cdx.json").toString(), "--format", "json");
        assertGolden("diff.json", json.out());
    }

    @ParameterizedTest(name = "convert {0} --to {1} validates against the target schema")
    @CsvSource({"app-1.0.cdx.json, cyclonedx-1.6", "app-1.0.cdx.json, cyclonedx-1.7", "app-1.0.cdx.json, spdx-2.3",
        "app.spdx, cyclonedx-1.6", "app.spdx, spdx-2.3"})
    void shouldConvertToAValidDocumentAndWarnAboutWhatIsNotCarried(String source, String target) throws Exception {
        Path out = tmp.resolve("out.json");
        var run = SbomCliRunner.run("sbom", "convert", fixture(source).toString(), "--to", target, "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        SbomReadResult back = SbomReader.readWithWarnings(out);
        assertThat(back.schemaChecked()).isTrue();
        assertThat(back.schemaErrors()).isEmpty();
        SbomReadResult original = SbomReader.readWithWarnings(fixture(source));
        assertThat(back.sbom().components()).hasSameSizeAs(original.sbom().components());
        if (target.equals("spdx-2.3") && source.endsWith(".json")) {
            assertThat(run.err()).contains("not carried to spdx-2.3").contains("component properties cannot be carried");
        }
    }

    @Test
    void shouldConvertEveryRealSbomToAValidCycloneDx16Document() throws IOException {
        Path dir = dev.craft.testsupport.SharedData.require("sboms");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> !p.toString().endsWith(".csv")).sorted().toList();
        }
        for (Path f : files) {
            Path out = tmp.resolve(f.getFileName() + ".out.json");
            var run = SbomCliRunner.run("sbom", "convert", f.toString(), "--to", "cyclonedx-1.6", "-o", out.toString());
            assertThat(run.exitCode()).as(f + ": " + run.err()).isZero();
            SbomReadResult back = SbomReader.readWithWarnings(out);
            assertThat(back.schemaErrors()).as(f.toString()).isEmpty();
            assertThat(back.sbom().components()).as(f.toString()).hasSameSizeAs(SbomReader.read(f).components());
        }
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SbomCliTest.class.getResource("/sbom/" + name).toURI());
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = Path.of("src/test/resources/sbom/golden", name);
        if (Boolean.getBoolean("craft.golden.update") || !Files.exists(golden)) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
