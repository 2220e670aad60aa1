package dev.craft.cli.assess;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.cli.AssessTestCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssessCommandTest {

    private static final Path REPO = Path.of(System.getProperty("craft.repo.root", "..")).toAbsolutePath().normalize();
    private static final String CAMERA = REPO.resolve("examples/profiles/smart-home-camera.yaml").toString();

    @Test
    void shouldPrintTheMemoWithVerdictsFirst() {
        var r = AssessTestCli.run("assess", CAMERA, "--as-of", "2028-06-01");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("VERDICTS").contains("Annex III Class I #17").contains("manufacturer (Art 3(13))");
        assertThat(r.out().indexOf("VERDICTS")).isLessThan(r.out().indexOf("OBLIGATIONS"));
    }

    @ParameterizedTest(name = "--format {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"text", "markdown", "html", "json", "JSON"})
    void shouldRenderEveryFormat(String format) {
        var r = AssessTestCli.run("assess", CAMERA, "--as-of", "2028-06-01", "--format", format);
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsIgnoringCase("Nordlicht Cam 3");
    }

    @Test
    void shouldWriteTheOutputFileAtomicallyAndRefuseToOverwriteWithoutForce(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("a.json");
        assertThat(AssessTestCli.run("assess", CAMERA, "--as-of", "2028-06-01", "-f", "json", "-o", out.toString()).exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("{");
        var again = AssessTestCli.run("assess", CAMERA, "--as-of", "2028-06-01", "-f", "json", "-o", out.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains(out.toString()).contains("--force");
        assertThat(AssessTestCli.run("assess", CAMERA, "-f", "json", "-o", out.toString(), "--force").exitCode()).isZero();
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("a.json");
        }
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("unknown field", "craft_profile: 1\ncompany: {name: A, colour: red}\nproduct: {name: B}\n", "$.company.colour",
                        "unknown field 'colour'"),
                Arguments.of("bad enum", "craft_profile: 1\ncompany: {name: A}\nproduct: {name: B, kind: toaster}\n", "$.product.kind",
                        "'toaster' is not allowed (expected one of hardware_component"),
                Arguments.of("no version", "company: {name: A}\nproduct: {name: B}\n", "$.craft_profile", "craft_profile: 1"),
                Arguments.of("not YAML", "craft_profile: 1\ncompany: [\n", "line", "not valid YAML"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void shouldExitTwoAndNameFilePathAndExpectationForABadProfile(String name, String yaml, String path, String message, @TempDir Path dir)
            throws IOException {
        Path p = dir.resolve("bad.yaml");
        Files.writeString(p, yaml);
        var r = AssessTestCli.run("assess", p.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("craft: " + p + ": " + path).contains(message);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void shouldExitTwoForAMissingFile() {
        var r = AssessTestCli.run("assess", "no/such/profile.yaml");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no/such/profile.yaml").contains("no such file");
    }

    @Test
    void shouldExitTwoForAnUnknownFormatOrDate() {
        var f = AssessTestCli.run("assess", CAMERA, "--format", "pdf");
        assertThat(f.exitCode()).isEqualTo(2);
        assertThat(f.err()).contains("'pdf'").contains("text, markdown, html, json");
        var d = AssessTestCli.run("assess", CAMERA, "--as-of", "2028-13-01");
        assertThat(d.exitCode()).isEqualTo(2);
        assertThat(d.err()).contains("--as-of");
    }

    @Test
    void shouldAssessWithADraftKnowledgeBaseAndReportItsErrorsAsBadInput(@TempDir Path dir) throws IOException {
        for (String name : dev.craft.kb.KnowledgeBaseLoader.standard().manifest().files()) copy(name, dir);
        copy("manifest.yaml", dir);
        assertThat(AssessTestCli.run("assess", CAMERA, "--kb", dir.toString(), "--as-of", "2028-06-01").exitCode()).isZero();
        Path dates = dir.resolve("dates.yaml");
        Files.writeString(dates, Files.readString(dates).replace("date: 2027-12-11", "date: 2027-12-32"));
        var r = AssessTestCli.run("assess", CAMERA, "--kb", dir.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(dates.toString()).contains("not a valid date");
    }

    @Test
    void shouldExplainItselfInHelp() {
        var r = AssessTestCli.run("assess", "--help");
        assertThat(r.out()).contains("--as-of").contains("Examples:").contains("Exit codes");
    }

    private static void copy(String name, Path dir) throws IOException {
        try (var in = AssessCommandTest.class.getResourceAsStream("/dev/craft/kb/cra/" + name)) {
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }
}
