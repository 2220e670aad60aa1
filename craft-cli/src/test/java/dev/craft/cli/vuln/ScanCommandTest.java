package dev.craft.cli.vuln;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.craft.cli.VulnCliRunner;
import dev.craft.cli.VulnCliRunner.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code craft db import}, {@code craft db status} and {@code craft scan} end to end, on hand-written fixtures. */
class ScanCommandTest {


    @TempDir
    static Path tmp;
    static Path db;

    static String res(String name) throws Exception {
        return Path.of(ScanCommandTest.class.getResource("/vuln/" + name).toURI()).toString();
    }

    @BeforeAll
    static void store() throws Exception {
        db = tmp.resolve("db");
        Result r = VulnCliRunner.run("db", "import", "--db", db.toString(), res("osv-demo.jsonl"), res("kev-demo.json"));
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("imported osv-demo: 3 advisories (1 withdrawn)").contains("imported kev: 1 KEV entries, catalogue 2099.01.06");
    }

    @Test
    void shouldPrintTheTableReportExploitedFirst() throws Exception {
        Result r = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        Golden.assertMatches(r.out().replace(res("bom-demo.cdx.json"), "bom-demo.cdx.json"), "scan-demo.table.txt", tmp);
    }

    @Test
    void shouldWriteTheJsonReport() throws Exception {
        Result r = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString(), "--format", "json", "--vex", res("demo.openvex.json"));
        assertThat(r.exit()).as(r.err()).isZero();
        String json = r.out().replace(res("bom-demo.cdx.json"), "bom-demo.cdx.json").replace(res("demo.openvex.json"), "demo.openvex.json")
                .replace(res("osv-demo.jsonl"), "osv-demo.jsonl").replace(res("kev-demo.json"), "kev-demo.json");
        Golden.assertMatches(json, "scan-demo.json", tmp);
        var tree = new ObjectMapper().readTree(r.out());
        assertThat(tree.path("findings").get(1).path("vex").path("state").asText()).isEqualTo("not_affected");
        assertThat(tree.path("couldNotCheck").get(0).path("component").path("name").asText()).isEqualTo("vendored-zlib");
    }

    @Test
    void shouldGateOnExploitedAndIgnoreWhatVexCloses() throws Exception {
        Result exploited = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString(), "--fail-on", "exploited", "--format", "csv");
        assertThat(exploited.exit()).isEqualTo(1);
        assertThat(exploited.err()).contains("craft: 1 open finding at or above --fail-on exploited");
        Result medium = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString(), "--fail-on", "any", "--vex", res("demo.openvex.json"),
                "--format", "sarif");
        assertThat(medium.exit()).isEqualTo(1);
        assertThat(medium.err()).contains("1 open finding at or above --fail-on any");
        Result high = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString(), "--fail-on", "HIGH", "-o", tmp.resolve("r.json").toString(),
                "--format", "cyclonedx-vdr");
        assertThat(high.exit()).isEqualTo(1);
        assertThat(high.out()).contains("wrote " + tmp.resolve("r.json") + " (cyclonedx-vdr): 2 findings, 1 could not check");
        assertThat(Files.readString(tmp.resolve("r.json"))).contains("\"specVersion\" : \"1.6\"");
    }

    @Test
    void shouldExplainBadInputWithExitTwo() throws Exception {
        Result noFile = VulnCliRunner.run("scan", tmp.resolve("missing.json").toString(), "--db", db.toString());
        assertThat(noFile.exit()).isEqualTo(2);
        assertThat(noFile.err()).contains("missing.json: no such file");
        Result noStore = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", tmp.resolve("empty").toString());
        assertThat(noStore.exit()).isEqualTo(2);
        assertThat(noStore.err()).contains("no advisory store here").contains("craft db sync");
        Path badVex = tmp.resolve("bad.vex.json");
        Files.writeString(badVex, "{\"@context\": \"https://openvex.dev/ns/v0.2.0\", \"statements\": [{\"vulnerability\": {\"name\": \"CVE-1\"}, \"products\": [\"pkg:npm/x@1\"], \"status\": \"fine\"}]}");
        Result vex = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString(), "--vex", badVex.toString());
        assertThat(vex.exit()).isEqualTo(2);
        assertThat(vex.err()).contains("bad.vex.json: $.statements[0].status: unknown status 'fine' (expected not_affected, affected, fixed or under_investigation)");
        Result format = VulnCliRunner.run("scan", res("bom-demo.cdx.json"), "--db", db.toString(), "--format", "pdf");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("unknown format 'pdf'");
    }

    @Test
    void shouldShowStatusWithProvenance() {
        Result r = VulnCliRunner.run("db", "status", "--db", db.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("osv-demo").contains("kev").contains("(2099.01.06)");
        Result json = VulnCliRunner.run("db", "status", "--db", db.toString(), "--format", "json");
        assertThat(json.out()).contains("\"sha256\"").contains("\"stale\" : false");
        Result none = VulnCliRunner.run("db", "status", "--db", tmp.resolve("none").toString(), "--fail-stale");
        assertThat(none.exit()).isEqualTo(1);
        assertThat(none.out()).contains("no advisory store at");
    }

    @Test
    void shouldRefuseABrokenImportAndKeepTheStore() throws Exception {
        Path broken = tmp.resolve("broken.jsonl");
        Files.writeString(broken, "{\"id\": \"X-1\",\n \"affected\": [}\n");
        Result r = VulnCliRunner.run("db", "import", "--db", db.toString(), broken.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("broken.jsonl: line 2, column").contains("invalid JSON");
        assertThat(VulnCliRunner.run("db", "status", "--db", db.toString()).out()).doesNotContain("osv-broken");
    }

    @Test
    void shouldNameImportsAfterTheFileOrFolder() {
        assertThat(DbImportCommand.defaultName(Path.of("/feeds/PyPI/all.zip"), dev.craft.vuln.SourceKind.OSV)).isEqualTo("osv-pypi");
        assertThat(DbImportCommand.defaultName(Path.of("pypa.jsonl.gz"), dev.craft.vuln.SourceKind.OSV)).isEqualTo("osv-pypa");
        assertThat(DbImportCommand.defaultName(Path.of("osv-go.zip"), dev.craft.vuln.SourceKind.OSV)).isEqualTo("osv-go");
        assertThat(DbImportCommand.defaultName(Path.of("known_exploited_vulnerabilities.csv"), dev.craft.vuln.SourceKind.KEV)).isEqualTo("kev");
    }
}
