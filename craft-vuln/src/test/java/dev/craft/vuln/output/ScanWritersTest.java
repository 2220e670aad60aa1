package dev.craft.vuln.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.craft.testsupport.SharedData;
import dev.craft.vuln.MatchIndex;
import dev.craft.vuln.ScanResult;
import dev.craft.vuln.Scanner;
import dev.craft.vuln.testing.Fixtures;
import dev.craft.vuln.VexState;
import dev.craft.vuln.vex.VexProduct;
import dev.craft.vuln.vex.VexStatement;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every output format of one scan: schema-valid where a schema exists, complete, and readable back. */
class ScanWritersTest {

    static ScanResult result;

    @BeforeAll
    static void scan() throws Exception {
        var vex = new VexStatement("CVE-2099-1003", List.of(), List.of(VexProduct.ofPurl("pkg:maven/org.example/demo-lib")), VexState.NOT_AFFECTED,
                "vulnerable_code_not_in_execute_path", "Not called.", null, "update", "vex.json", "$.statements[0]", "OpenVEX", null);
        result = new Scanner(MatchIndex.build(Fixtures.store()), Fixtures.CLOCK).scan(Fixtures.sbom(), "bom.json", List.of(vex));
    }

    static String render(ScanFormat f) throws Exception {
        var w = new StringWriter();
        ScanWriters.write(result, f, w, "9.9.9");
        return w.toString();
    }

    @Test
    void shouldWriteACycloneDx16VdrThatValidatesAndPointsAtTheSbomsBomRefs() throws Exception {
        JsonNode vdr = new ObjectMapper().readTree(render(ScanFormat.CYCLONEDX_VDR));
        Path schemas = SharedData.require("cyclonedx/schema");
        // Offline: the CycloneDX schema ids (http://cyclonedx.org/schema/...) are served from the shared copies.
        String base = "http://cyclonedx.org/schema/";
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemaLoader(l -> {
            l.fetchRemoteResources(false);
            l.resourceLoaders(r -> r.add(iri -> iri.toString().startsWith(base)
                    ? () -> java.nio.file.Files.newInputStream(schemas.resolve(iri.toString().substring(base.length())))
                    : null));
        }));
        Schema schema = registry.getSchema(SchemaLocation.of(base + "bom-1.6.schema.json"));
        assertThat(schema.validate(vdr)).as("CycloneDX 1.6 schema errors").isEmpty();
        assertThat(schema.validate(new ObjectMapper().readTree("{\"bomFormat\": \"nope\", \"specVersion\": \"1.6\"}")))
                .as("the schema is really applied").isNotEmpty();
        assertThat(vdr.path("vulnerabilities")).hasSize(2);
        JsonNode first = vdr.path("vulnerabilities").get(0);
        assertThat(first.path("id").asText()).isEqualTo("CVE-2099-1001");
        assertThat(first.path("affects").get(0).path("ref").asText()).isEqualTo("lib");
        assertThat(first.path("ratings").findValuesAsText("method")).contains("CVSSv31", "CVSSv4");
        assertThat(first.path("recommendation").asText()).contains("2.3.1");
        assertThat(first.toString()).contains("craft:exploited").contains("CISA KEV CVE-2099-1001");
        JsonNode second = vdr.path("vulnerabilities").get(1);
        assertThat(second.path("analysis").path("state").asText()).isEqualTo("not_affected");
        assertThat(second.path("analysis").path("justification").asText()).isEqualTo("code_not_reachable");
        assertThat(vdr.path("metadata").path("component").path("bom-ref").asText()).isEqualTo("app");
    }

    @Test
    void shouldWriteSarifWithRulesLevelsAndSuppressions() throws Exception {
        JsonNode sarif = new ObjectMapper().readTree(render(ScanFormat.SARIF));
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        JsonNode run = sarif.path("runs").get(0);
        assertThat(run.path("tool").path("driver").path("rules").findValuesAsText("id")).containsExactly("CVE-2099-1001", "CVE-2099-1003");
        JsonNode results = run.path("results");
        assertThat(results.get(0).path("level").asText()).isEqualTo("error");
        assertThat(results.get(0).path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText())
                .isEqualTo("pkg:maven/org.example/demo-lib@2.2.0?type=jar");
        assertThat(run.path("tool").path("driver").path("rules").get(0).path("properties").path("security-severity").asText()).isEqualTo("9.8");
        assertThat(results.get(1).path("suppressions").get(0).path("justification").asText()).contains("not_affected");
    }

    @Test
    void shouldWriteJsonWithEveryFindingFieldAndWhatCouldNotBeChecked() throws Exception {
        JsonNode json = new ObjectMapper().readTree(render(ScanFormat.JSON));
        assertThat(json.path("schema").asText()).isEqualTo("craft-scan/1");
        assertThat(json.path("summary").path("exploited").asInt()).isEqualTo(2);
        assertThat(json.path("summary").path("open").asInt()).isEqualTo(1);
        JsonNode f = json.path("findings").get(0);
        for (String field : List.of("vulnerability", "aliases", "advisories", "component", "summary", "severity", "cvss", "epss", "exploited",
                "fixedVersions", "nearestFix", "match", "vex", "references", "published", "modified")) {
            assertThat(f.has(field)).as(field).isTrue();
        }
        assertThat(f.path("component").path("path").size()).isEqualTo(3);
        assertThat(f.path("match").get(0).path("scheme").asText()).startsWith("maven (maven-artifact");
        assertThat(json.path("couldNotCheck").findValuesAsText("reason")).anySatisfy(r -> assertThat(r).startsWith("no purl"));
        assertThat(json.path("database").findValuesAsText("name")).contains("kev", "epss", "euvd", "test");
    }

    @Test
    void shouldWriteOneCsvRowPerFindingThatReadsBack() throws Exception {
        var rows = new CsvMapper().readerFor(Map.class).with(CsvSchema.emptySchema().withHeader()).<Map<String, String>>readValues(render(ScanFormat.CSV)).readAll();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("vulnerability", "CVE-2099-1001").containsEntry("nearest_fix", "2.3.1")
                .containsEntry("exploited", "true").containsEntry("top_level", "framework@5.0").containsEntry("cvss3_score", "9.8");
        assertThat(rows.get(1)).containsEntry("vex_state", "not_affected");
        assertThat(rows.get(0).keySet()).containsExactlyElementsOf(CsvWriter.COLUMNS);
    }

    @Test
    void shouldWriteATableWithExploitedFirstAndTheUncheckedComponents() throws Exception {
        String table = render(ScanFormat.TABLE);
        assertThat(table).startsWith("bom.json: 5 components, 2 findings (1 critical, 1 medium), 2 actively exploited, 1 closed by VEX, 3 could not check");
        assertThat(table).contains("CRITICAL 9.8   CVE-2099-1001  EXPLOITED")
                .contains("  path       app@1.0 -> framework@5.0 -> demo-lib@2.2.0")
                .contains("  exploited  CISA KEV CVE-2099-1001 since 2099-01-02, due 2099-01-23, used in ransomware campaigns")
                .contains("  fix        upgrade to 2.3.1 (fixed in 1.2.5, 2.3.1)")
                .contains("could not check (this is not \"no vulnerabilities\"):")
                .contains("  vex        not_affected (vulnerable_code_not_in_execute_path) per vex.json $.statements[0]");
    }
}
