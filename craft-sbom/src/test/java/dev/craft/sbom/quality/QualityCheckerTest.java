package dev.craft.sbom.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.craft.sbom.SbomReadResult;
import dev.craft.sbom.SbomReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QualityCheckerTest {

    private static final String BASE = """
            {"bomFormat":"CycloneDX","specVersion":"%s","serialNumber":"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79","version":1,
             "metadata":{"timestamp":"2026-01-01T00:00:00Z","component":{"type":"application","bom-ref":"app","name":"app","version":"1"}},
             "components":[%s],
             "dependencies":[{"ref":"app","dependsOn":["c"]},{"ref":"c","dependsOn":[]}]}
            """;

    private static SbomReadResult read(String specVersion, String component) {
        return SbomReader.readWithWarnings("t.json", BASE.formatted(specVersion, component).getBytes(StandardCharsets.UTF_8));
    }

    private static ProfileResult.RuleOutcome outcome(SbomReadResult r, String profile, String rule) {
        var result = QualityChecker.check(r, Profiles.byId(profile).orElseThrow());
        return result.outcomes().stream().filter(o -> o.rule().id().equals(rule)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{1} on {2}: passes={3}")
    @CsvSource(delimiter = '|', value = {
        "1.6|bsi-component-hash|SHA-512 in hashes|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"hashes\":[{\"alg\":\"SHA-512\",\"content\":\"abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab\"}]}",
        "1.6|bsi-component-hash|SHA-256 only|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"hashes\":[{\"alg\":\"SHA-256\",\"content\":\"abababababababababababababababababababababababababababababababab\"}]}",
        "1.6|bsi-component-hash|SHA-512 on distribution reference|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"externalReferences\":[{\"type\":\"distribution\",\"url\":\"https://x.example/c.jar\",\"hashes\":[{\"alg\":\"SHA-512\",\"content\":\"abababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababababab\"}]}]}",
        "1.6|bsi-component-licence|concluded expression|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"licenses\":[{\"expression\":\"MIT\",\"acknowledgement\":\"concluded\"}]}",
        "1.6|bsi-component-licence|declared only|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"licenses\":[{\"license\":{\"id\":\"MIT\",\"acknowledgement\":\"declared\"}}]}",
        "1.6|bsi-component-creator|manufacturer with url|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"manufacturer\":{\"name\":\"M\",\"url\":[\"https://m.example\"]}}",
        "1.6|bsi-component-creator|manufacturer name only|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"manufacturer\":{\"name\":\"M\"}}",
        "1.6|bsi-component-executable|allowed value|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"properties\":[{\"name\":\"bsi:component:executable\",\"value\":\"executable\"}]}",
        "1.6|bsi-component-executable|value outside the list|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"properties\":[{\"name\":\"bsi:component:executable\",\"value\":\"yes\"}]}",
        "1.5|bsi-format-version|CycloneDX 1.5|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\"}",
        "1.7|bsi-format-version|CycloneDX 1.7|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\"}",
        "1.6|cra-top-level-dependencies|product lists its dependency|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\"}",
        "1.6|ntia-supplier|supplier named|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"supplier\":{\"name\":\"S\"}}",
        "1.6|ntia-supplier|no supplier|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\"}",
        "1.6|cisa-component-identifier|OmniBOR id only|false|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\"}",
        "1.7|cisa-component-identifier|OmniBOR id only|true|{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"omniborId\":[\"gitoid:blob:sha1:261eeb9e9f8b2b4b0d119366dda99c6fd7d35c64\"]}"
    })
    void shouldApplyTheRuleAsItsSourceSays(String version, String rule, String description, boolean passes, String component) {
        String profile = rule.startsWith("bsi") ? "bsi-tr-03183-2" : rule.startsWith("cra") ? "cra" : rule.startsWith("ntia") ? "ntia-2021" : "cisa-2026";
        var r = read(version, component);
        assertThat(r.schemaErrors()).as(description).isEmpty();
        assertThat(outcome(r, profile, rule).passed()).as(description).isEqualTo(passes);
    }

    @Test
    void shouldFailTheSchemaRuleOfEveryProfileAndPointAtTheComponentWhenInvalid() {
        var r = read("1.6", "{\"type\":\"no-such-type\",\"bom-ref\":\"c\",\"name\":\"c\"}");
        assertThat(r.schemaErrors()).anySatisfy(p -> assertThat(p.location()).isEqualTo("$.components[0].type"));
        for (Profile p : Profiles.all()) {
            var result = QualityChecker.check(r, p);
            assertThat(result.mustFailed()).as(p.id()).isTrue();
            assertThat(result.outcomes().get(0).rule().check()).isEqualTo("schema-valid");
        }
    }

    @Test
    void shouldLocateComponentFindingsAtTheFieldTheRuleReads() {
        var r = read("1.6", "{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\"}");
        var result = QualityChecker.check(r, Profiles.byId("bsi-tr-03183-2").orElseThrow());
        assertThat(result.findings()).anySatisfy(f -> {
            assertThat(f.ruleId()).isEqualTo("bsi-component-licence");
            assertThat(f.location()).isEqualTo("$.components[0].licenses");
            assertThat(f.citation()).isEqualTo("BSI TR-03183-2 v2.1.0 §5.2.2");
        });
    }

    @Test
    void shouldScoreOneHundredOnlyWhenEveryRulePasses() {
        var r = read("1.6", "{\"type\":\"library\",\"bom-ref\":\"c\",\"name\":\"c\",\"version\":\"1\",\"purl\":\"pkg:npm/c@1\"}");
        assertThat(QualityChecker.check(r, Profiles.byId("cra").orElseThrow()).score()).isEqualTo(100.0);
        assertThat(QualityChecker.check(r, Profiles.byId("bsi-tr-03183-2").orElseThrow()).score()).isLessThan(100.0);
    }

    @Test
    void shouldRefuseAProfileThatNamesAnUnknownCheck() {
        var bad = new Profile("x", "x", "1", "s", List.of(new Rule("x-1", Level.MUST, "document", "no-such-check", Map.of(), "t", "f", Map.of(), "c", "h")));
        assertThatThrownBy(() -> Profiles.validate(bad, "x.json", new HashSet<>())).hasMessageContaining("unknown check 'no-such-check'");
    }

    @Test
    void shouldLoadEveryProfileWithUniqueRuleIdsAndCitations() {
        assertThat(Profiles.all()).extracting(Profile::id).containsExactly("cra", "bsi-tr-03183-2", "ntia-2021", "cisa-2026");
        assertThat(Profiles.all()).allSatisfy(p -> assertThat(p.rules()).allSatisfy(rule -> assertThat(rule.citation()).isNotBlank()));
    }
}
