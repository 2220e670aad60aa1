package dev.craft.assess;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.craft.assess.profile.ProfileReader;
import dev.craft.assess.render.AssessmentFormat;
import dev.craft.assess.render.AssessmentJson;
import dev.craft.kb.yaml.Trees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every worked example in examples/profiles: its memo in text, Markdown and HTML and its JSON against golden files
 * (assessed as of 2028-06-01), the JSON against docs/schemas/assessment-v1.schema.json, and the profile against
 * docs/schemas/profile-v1.schema.json.
 */
class ExampleGoldenFilesTest {

    static final LocalDate AS_OF = LocalDate.of(2028, 6, 1);
    private static final Path EXAMPLES = GoldenFiles.REPO.resolve("examples/profiles");
    private static Schema assessmentSchema;
    private static Schema profileSchema;

    @BeforeAll
    static void loadSchemas() throws IOException {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (InputStream a = Files.newInputStream(GoldenFiles.REPO.resolve("docs/schemas/assessment-v1.schema.json"));
                InputStream p = Files.newInputStream(GoldenFiles.REPO.resolve("docs/schemas/profile-v1.schema.json"))) {
            assessmentSchema = registry.getSchema(a);
            profileSchema = registry.getSchema(p);
        }
    }

    static Stream<String> examples() throws IOException {
        try (var files = Files.list(EXAMPLES)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList().stream();
        }
    }

    static Stream<Arguments> examplesAndFormats() throws IOException {
        return examples().flatMap(e -> Stream.of(AssessmentFormat.values()).map(f -> Arguments.of(e, f)));
    }

    static Assessment assess(String example) throws IOException {
        JsonNode tree = Trees.read(EXAMPLES.resolve(example));
        var loaded = new ProfileReader(TestProfiles.KB).fromTree("examples/profiles/" + example, tree);
        return new Assessor(TestProfiles.KB).assess(loaded, AS_OF);
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("examplesAndFormats")
    void shouldRenderEachExampleAsItsGoldenFile(String example, AssessmentFormat format) throws IOException {
        String out = format.render(assess(example));
        GoldenFiles.assertMatches(example.replace(".yaml", "") + "." + format.fileExtension(), out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldWriteJsonThatFollowsThePublishedSchema(String example) throws IOException {
        String json = AssessmentFormat.JSON.render(assess(example));
        JsonNode node = new ObjectMapper().readTree(json);
        List<com.networknt.schema.Error> errors = assessmentSchema.validate(node);
        assertThat(errors).as(json.length() > 2000 ? errors.toString() : json).isEmpty();
        assertThat(AssessmentJson.read(json)).as("the JSON reads back into the same assessment").isEqualTo(assess(example));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shouldPublishExamplesThatFollowTheProfileSchema(String example) throws IOException {
        JsonNode tree = Trees.read(EXAMPLES.resolve(example));
        assertThat(profileSchema.validate(tree)).isEmpty();
    }

    @Test
    void shouldRejectAnInvalidProfileInTheSchemaToo() throws IOException {
        JsonNode tree = Trees.read("bad.yaml", "craft_profile: 1\ncompany: {name: A}\nproduct: {name: B, kind: gadget}\nextra: 1\n".getBytes(), false);
        assertThat(profileSchema.validate(tree)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void shouldShipAtLeastTheExamplesTheIssueAsksFor() throws IOException {
        assertThat(examples().toList()).hasSizeGreaterThanOrEqualTo(12);
        var verdicts = examples().map(e -> {
            try {
                Assessment a = assess(e);
                return e + "=" + a.scope().verdict() + "/" + a.productClass().productClass() + "/"
                        + String.join("+", a.roles().held().stream().map(r -> r.role().name().toLowerCase(Locale.ROOT)).toList());
            } catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
        }).toList();
        assertThat(verdicts).contains(
                "smart-home-camera.yaml=IN_SCOPE/IMPORTANT_CLASS_I/manufacturer",
                "industrial-firewall.yaml=IN_SCOPE/IMPORTANT_CLASS_II/manufacturer",
                "smart-meter-gateway.yaml=IN_SCOPE/CRITICAL/manufacturer",
                "foss-library-steward.yaml=IN_SCOPE/DEFAULT/open_source_steward",
                "foss-vpn-monetised.yaml=IN_SCOPE/IMPORTANT_CLASS_I/manufacturer",
                "importer-rebranded-sensor.yaml=IN_SCOPE/DEFAULT/manufacturer",
                "distributor-camera.yaml=IN_SCOPE/IMPORTANT_CLASS_I/distributor",
                "saas-web-app.yaml=OUT_OF_SCOPE/UNDECIDED/",
                "medical-device.yaml=OUT_OF_SCOPE/UNDECIDED/",
                "legacy-gateway-modified.yaml=IN_SCOPE/DEFAULT/manufacturer",
                "micro-smart-thermostat.yaml=IN_SCOPE/DEFAULT/manufacturer",
                "short-support-festival-app.yaml=IN_SCOPE/DEFAULT/manufacturer",
                "undecided-router-firmware.yaml=UNDECIDED/UNDECIDED/manufacturer");
    }
}
