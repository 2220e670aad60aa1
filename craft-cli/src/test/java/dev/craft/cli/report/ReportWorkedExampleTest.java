package dev.craft.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.cli.CliRunner;
import dev.craft.server.CraftServer;
import dev.craft.server.finding.FindingStore;
import dev.craft.server.finding.Match;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.testsupport.postgres.TestDatabase;
import dev.craft.testsupport.postgres.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The worked example of docs/reporting.md, step by step, against the real server on embedded PostgreSQL: the CLI
 * commands through {@code craft report ...}, the curl calls through an HTTP client. Times follow the document: the
 * KEV update arrives on Friday 2 October 2026 at 21:40 UTC.
 */
class ReportWorkedExampleTest {

    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-10-02T21:00:00Z"));
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static ConfigurableApplicationContext server;
    static String base;
    static String adminAuth;
    static Map<String, String> env;

    /** The example's clock: the server's "now". */
    @Configuration(proxyBeanMethods = false)
    static class ExampleClock {
        @Bean
        @Primary
        Clock exampleClock() {
            return new Clock() {
                @Override
                public Instant instant() {
                    return NOW.get();
                }

                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }
            };
        }
    }

    @BeforeAll
    static void startServer() throws Exception {
        TestDatabase db = TestPostgres.freshDatabase("worked_example");
        String[] args = {"--craft.db.url=" + db.jdbcUrl(), "--craft.db.user=" + db.user(), "--craft.db.password=" + db.password(),
            "--craft.home=" + Files.createTempDirectory("craft-example-"), "--craft.admin.password=example-admin-password",
            "--craft.http.port=0", "--craft.jobs.poll-interval-ms=100", "--craft.reporting.check-interval-ms=200"};
        server = new SpringApplicationBuilder(CraftServer.class, ExampleClock.class).run(args);
        base = "http://127.0.0.1:" + ((WebServerApplicationContext) server).getWebServer().getPort();
        adminAuth = "Basic " + Base64.getEncoder().encodeToString("admin:example-admin-password".getBytes(StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    static JsonNode curl(String method, String path, Object body, int expected) throws Exception {
        var req = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", adminAuth)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
        if (body != null) req.header("Content-Type", "application/json");
        var r = HTTP.send(req.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(expected);
        return r.body().isEmpty() ? null : JSON.readTree(r.body());
    }

    static CliRunner.Result craft(String... args) {
        var r = CliRunner.run(env, args);
        assertThat(r.exit()).as(String.join(" ", args) + "\n" + r).isIn(0, 1);
        return r;
    }

    static byte[] resource(String name) throws Exception {
        try (var in = ReportWorkedExampleTest.class.getResourceAsStream("/reporting-example/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Whether this server imports advisory feeds (POST /api/v1/admin/advisories/import). */
    static boolean serverImportsAdvisories() throws Exception {
        return curl("GET", "/api/v1/openapi.json", null, 200).path("paths").has("/api/v1/admin/advisories/import");
    }

    /** An advisory feed import, as an instance administrator does it; waits until the portfolio is re-matched. */
    static void importFeed(String source, String kind, String file) throws Exception {
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/advisories/import?source=" + source + "&kind=" + kind
                        + "&filename=" + file)).header("Authorization", adminAuth).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(resource(file))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
        long id = JSON.readTree(r.body()).get("id").asLong();
        for (int i = 0; i < 600; i++) {
            if (!curl("GET", "/api/v1/admin/advisories/imports/" + id, null, 200).get("status").asString().equals("matching")) return;
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    /**
     * Step 2 of the example: the SBOMs are pushed (the advisory is known, not yet exploited), then the KEV update
     * lists CVE-2022-22965 at 21:40. On a server without advisory imports, the same finding and alert are recorded
     * through the server's finding store and monitoring, the calls the import makes.
     */
    static void sbomsThenKevUpdate(Path dir) throws Exception {
        if (!serverImportsAdvisories()) {
            System.out.println("NOTICE: this server has no advisory import: step 2 records the finding and alert directly");
            NOW.set(Instant.parse("2026-10-02T21:40:00Z"));
            kevUpdateListsSpring4Shell();
            return;
        }
        importFeed("osv-example", "osv", "spring-advisory.osv.jsonl");
        importFeed("kev", "kev", "kev-before.json");
        for (String v : List.of("3.2.0", "2.9.4")) {
            Path sbom = dir.resolve("gateway-" + v + ".cdx.json");
            Files.write(sbom, resource("gateway-" + v + ".cdx.json"));
            var push = CliRunner.run(env, "push", sbom.toString(), "--product", "cloud-gateway", "--release", v, "--server", base);
            assertThat(push.out()).as(push.toString()).contains("findings: 1 open of 1 (0 actively exploited; critical 1");
        }
        NOW.set(Instant.parse("2026-10-02T21:40:00Z"));
        importFeed("kev", "kev", "kev-after.json");
    }

    /** What the KEV import does when the catalogue newly lists a CVE a release's SBOM carries: a finding, an alert. */
    static void kevUpdateListsSpring4Shell() {
        var jdbc = server.getBean(JdbcClient.class);
        long orgId = jdbc.sql("select id from org where slug = 'default'").query(Long.class).single();
        long productId = jdbc.sql("select id from product where org_id = :o and key = 'cloud-gateway'").param("o", orgId).query(Long.class).single();
        var match = new Match("pkg:maven/org.springframework/spring-beans@5.3.17", "pkg:maven/org.springframework/spring-beans",
                "spring-beans", "5.3.17", "pkg:maven/org.springframework/spring-beans@5.3.17", "GHSA-36p3-wjmg-h94x",
                List.of("CVE-2022-22965"), "critical", "Remote Code Execution in Spring Framework", true, "CISA KEV",
                LocalDate.of(2022, 4, 4), Map.of("matcher", "example"));
        for (String version : List.of("3.2.0", "2.9.4")) {
            long releaseId = jdbc.sql("select id from release where product_id = :p and version = :v").param("p", productId)
                    .param("v", version).query(Long.class).single();
            server.getBean(TransactionTemplate.class).executeWithoutResult(s -> {
                var recorded = server.getBean(FindingStore.class).record(orgId, productId, releaseId, List.of(match), true);
                server.getBean(Monitoring.class).newFindings(orgId, releaseId, recorded.inserted(), "kev import", "system:kev");
            });
        }
    }

    /** The reporting job runs every 200 ms here (every minute by default): wait for it to take the alerts in. */
    static void awaitCase() throws Exception {
        for (int i = 0; i < 200; i++) {
            var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/orgs/default/reporting/cases/RC-2026-0001"))
                    .header("Authorization", adminAuth).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200 && JSON.readTree(r.body()).at("/case/releases").size() == 2) return;
            Thread.sleep(100);
        }
        throw new AssertionError("the reporting job did not open the case");
    }

    @Test
    void shouldRunTheWorkedExampleFromTheKevUpdateToTheUserNotice(@TempDir Path dir) throws Exception {
        // 1. The product, its releases with their market facts, and the reporting settings.
        curl("POST", "/api/v1/orgs/default/products", Map.of("key", "cloud-gateway", "name", "Aurora Cloud Gateway"), 201);
        curl("POST", "/api/v1/orgs/default/products/cloud-gateway/releases", Map.of("version", "3.2.0", "placedOnMarket", "2025-04-01",
                "supportEnd", "2030-03-31", "memberStates", List.of("DE", "AT", "FR", "NL", "PL")), 201);
        curl("POST", "/api/v1/orgs/default/products/cloud-gateway/releases", Map.of("version", "2.9.4", "placedOnMarket", "2024-02-15",
                "supportEnd", "2026-06-30", "memberStates", List.of("DE", "AT")), 201);
        curl("PUT", "/api/v1/orgs/default/reporting/settings", Map.of("alertIntake", "propose", "leadTimes", "12h,4h,1h",
                "operator", Map.of("name", "Aurora Cameras GmbH", "role", "MANUFACTURER", "enterpriseSize", "MEDIUM",
                        "website", "https://aurora-cameras.example", "securityContact", "psirt@aurora-cameras.example",
                        "routing", Map.of("establishedInUnion", true, "cybersecurityDecisionsIn", "DE"))), 200);
        String key = curl("POST", "/api/v1/orgs/default/api-keys", Map.of("name", "psirt laptop", "role", "SECURITY_ENGINEER"), 201)
                .get("token").asString();
        env = Map.of("CRAFT_SERVER", base, "CRAFT_API_KEY", key);

        // 2. The SBOMs carry spring-beans 5.3.17; Friday 21:40 UTC: the KEV update lists CVE-2022-22965.
        sbomsThenKevUpdate(dir);
        awaitCase();

        // 3. The case is proposed, with a provisional awareness and the clocks running.
        var list = craft("report", "status");
        assertThat(list.out()).contains("RC-2026-0001").contains("PROPOSED")
                .contains("CVE-2022-22965 exploited, in Aurora Cloud Gateway 3.2.0, Aurora Cloud Gateway 2.9.4");
        var status = craft("report", "status", "RC-2026-0001");
        assertThat(status.out()).contains("awareness     2026-10-02T21:40:00Z (craft, PROVISIONAL: confirm it)")
                .contains("early warning Art 14(2)(a)  due 2026-10-03T21:40:00Z  OPEN, 1 d 0 h 0 min left")
                .contains("verdict       UNDETERMINED");

        // 4. 22:20: Lena confirms the case, sets awareness after the initial assessment, records the decision.
        NOW.set(Instant.parse("2026-10-02T22:20:00Z"));
        String c = "/api/v1/orgs/default/reporting/cases/RC-2026-0001";
        curl("POST", c + "/confirm", null, 200);
        curl("POST", c + "/awareness", Map.of("at", "2026-10-02T22:15:00Z", "basis",
                "KEV listing plus exploit attempts against /cloud/api in the WAF log at 21:58", "reason",
                "initial assessment done: exploitation in our product reasonably certain at 22:15"), 200);
        var decided = curl("POST", c + "/exploitation", Map.of("verdict", "ACTIVELY_EXPLOITED", "evidence", List.of(Map.of(
                "source", "OWN_TELEMETRY", "description", "class.module.classLoader requests against /cloud/api", "reference", "SOC-2291",
                "observedAt", "2026-10-02T21:58:00Z")), "rationale", "reachable in our WAR-on-Tomcat deployment"), 200);
        assertThat(decided.at("/applicability/verdict").asString()).isEqualTo("REPORTABLE");
        assertThat(decided.at("/schedule/stages/0/due").asString()).isEqualTo("2026-10-03T22:15:00Z");
        assertThat(decided.at("/schedule/stages/1/due").asString()).isEqualTo("2026-10-05T22:15:00Z");

        // 5. The early warning: draft (Markdown and PDF), file it on the platform, record the submission with the receipt.
        var ew = craft("report", "draft", "RC-2026-0001", "--stage", "early-warning");
        assertThat(ew.exit()).isZero();
        assertThat(ew.out()).contains("Austria (AT), France (FR), Germany (DE), Netherlands (NL), Poland (PL)")
                .contains("| Due | 2026-10-03T22:15:00Z |");
        Path pdf = dir.resolve("early-warning.pdf");
        craft("report", "draft", "RC-2026-0001", "--stage", "early-warning", "--format", "pdf", "--output", pdf.toString());
        try (var doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Member States where made available");
        }
        NOW.set(Instant.parse("2026-10-03T06:30:00Z"));
        Path receipt = dir.resolve("srp-receipt-ew.pdf");
        Files.writeString(receipt, "%PDF-1.7 receipt SRP-2026-000123");
        var sub = craft("report", "submit", "RC-2026-0001", "--stage", "early-warning", "--at", "2026-10-03T06:10:00Z",
                "--reference", "SRP-2026-000123", "--receipt", receipt.toString());
        assertThat(sub.out()).contains("early warning Art 14(2)(a)  submitted 2026-10-03T06:10:00Z");
        assertThat(sub.err()).contains("craft: stored " + receipt + " (sha256 ");

        // 6. The notification: what the PSIRT wrote, the draft, the filing.
        curl("PUT", c + "/content", Map.of("exploitNature", "Crafted requests bind class-loader properties and drop a JSP web shell.",
                "correctiveMeasuresTaken", "WAF rule against class.* parameters on all EU clusters since 2026-10-02T23:05Z.",
                "userMeasures", "Self-hosted gateways: block request parameters matching class.* at the reverse proxy.",
                "sensitivity", "Exploit details sensitive until self-hosted installations are updated.", "tlp", "AMBER"), 200);
        var nf = craft("report", "draft", "RC-2026-0001", "--stage", "notification");
        assertThat(nf.exit()).isZero();
        assertThat(nf.out()).contains("| Due | 2026-10-05T22:15:00Z |").contains("TLP:AMBER");
        NOW.set(Instant.parse("2026-10-04T10:00:00Z"));
        craft("report", "submit", "RC-2026-0001", "--stage", "notification", "--at", "2026-10-04T09:40:00Z", "--reference",
                "SRP-2026-000123-N");

        // 7. The fix ships on 8 October: the final report is due 14 days later.
        NOW.set(Instant.parse("2026-10-08T12:00:00Z"));
        var fixed = curl("POST", c + "/measures", Map.of("availableAt", "2026-10-08T10:00:00Z", "kind", "SECURITY_UPDATE",
                "description", "Gateway 3.2.1 ships Spring Framework 5.3.18", "reference",
                "https://aurora-cameras.example/security/ASA-2026-07", "fixedVersion", "3.2.1"), 200);
        assertThat(fixed.at("/schedule/stages/2/due").asString()).isEqualTo("2026-10-22T10:00:00Z");
        var fr = craft("report", "draft", "RC-2026-0001", "--stage", "final-report");
        assertThat(fr.exit()).as("the impact is not written yet").isEqualTo(1);
        curl("PUT", c + "/content", Map.of("severityAndImpact", "Critical (CVSS 9.8): remote code execution on the gateway, "
                + "access to device registration data and video relay.", "userMeasures",
                "Update self-hosted gateways to 3.2.1; until then block class.* parameters at the reverse proxy."), 200);
        fr = craft("report", "draft", "RC-2026-0001", "--stage", "final-report");
        assertThat(fr.exit()).isZero();
        assertThat(fr.out()).contains("| Due | 2026-10-22T10:00:00Z |").contains("Security update 3.2.1");
        NOW.set(Instant.parse("2026-10-12T09:00:00Z"));
        var last = craft("report", "submit", "RC-2026-0001", "--stage", "final-report", "--at", "2026-10-12T08:45:00Z", "--reference",
                "SRP-2026-000123-F");
        assertThat(last.out()).contains("final report  Art 14(2)(c)  submitted 2026-10-12T08:45:00Z (due 2026-10-22T10:00:00Z)");

        // 8. The notice to users (Art 14(8)): the impacted customers, the text, the CSAF advisory; then record it.
        curl("PUT", c + "/customers", List.of(Map.of("name", "Stadtwerke Beispielstadt", "contact", "it-security@stadtwerke.example",
                "releases", List.of("cloud-gateway@3.2.0"))), 200);
        var text = craft("report", "notify", "RC-2026-0001");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("Update Aurora Cloud Gateway 3.2.0 to 3.2.1 or later.");
        var csaf = craft("report", "notify", "RC-2026-0001", "--format", "csaf");
        assertThat(csaf.out()).contains("\"category\" : \"csaf_security_advisory\"").contains("\"cve\" : \"CVE-2022-22965\"");
        assertThat(craft("report", "notify", "RC-2026-0001", "--format", "distribution").out())
                .contains("Stadtwerke Beispielstadt <it-security@stadtwerke.example>: cloud-gateway@3.2.0");
        craft("report", "notify", "RC-2026-0001", "--issued", "--channel", "e-mail", "--summary", "Initial notice to impacted customers");
        var issued = curl("GET", c + "/notices/1?format=csaf", null, 200);
        assertThat(issued.at("/document/tracking/status").asString()).isEqualTo("final");

        // 9. Everything is in the audit trail.
        var audit = curl("GET", "/api/v1/orgs/default/audit?limit=500", null, 200).toString();
        assertThat(audit).contains("reporting.case.open").contains("reporting.awareness.revise").contains("reporting.stage.submit")
                .contains("reporting.notice.issue");
        assertThat(curl("GET", "/api/v1/orgs/default/audit/verify", null, 200).toString()).contains("true");
    }
}
