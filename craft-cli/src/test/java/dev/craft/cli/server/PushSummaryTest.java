package dev.craft.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PushSummaryTest {

    private static String print(String json) {
        var text = new StringWriter();
        PushSummary.print(ServerClient.JSON.readTree(json), "http://localhost/findings", new PrintWriter(text));
        return text.toString();
    }

    private static final String ANSWER = """
            {"product":"cam-x1","release":"2.6.0","sbomStored":true,
             "sbom":{"filename":"bom.json","format":"CYCLONEDX_JSON","specVersion":"1.6","components":1,"sha256":"ab",
                     "warnings":%s,"schemaErrors":%s},
             "matching":{"status":"matched"},
             "findings":{"total":0,"open":0,"exploited":0,"bySeverity":{}},
             "gate":{"failOn":"exploited","verdict":"pass","reasons":[]}}""";

    @Test
    void shouldShowSchemaViolationsAndReaderRepairsWhenTheServerReportsThem() {
        String out = print(ANSWER.formatted("[\"bom.json: $.components[0]: component has no bom-ref\"]",
                "[\"bom.json: $.components[0].version: integer found, string expected\"]"));
        assertThat(out).contains("sbom: 1 violations of its CycloneDX/SPDX schema (read anyway; see docs/sbom.md)")
                .contains("  - bom.json: $.components[0].version: integer found, string expected")
                .contains("sbom: 1 repairs the reader made")
                .contains("gate (fail on exploited): PASS");
    }

    @Test
    void shouldListOnlyTheFirstFiveWhenThereAreMany() {
        String many = "[\"e1\",\"e2\",\"e3\",\"e4\",\"e5\",\"e6\",\"e7\"]";
        String out = print(ANSWER.formatted("[]", many));
        assertThat(out).contains("sbom: 7 violations").contains("  - e5").doesNotContain("  - e6").contains("... 2 more");
        assertThat(out).doesNotContain("repairs");
    }
}
