package dev.craft.server.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.craft.server.finding.FindingStore;
import dev.craft.server.finding.Match;
import dev.craft.server.monitoring.Monitoring;
import dev.craft.server.testing.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Exploited-on-market alerts become reporting cases: proposed (or opened) with a provisional awareness, the KEV
 * listing as evidence, the release's market facts; a second alert for the same vulnerability joins the open case.
 * The findings and alerts are recorded through the server's own finding store and monitoring.
 */
@ReportingServerTest
class ReportingAlertIntakeTest {

    @LocalServerPort
    int port;

    @Autowired
    ReportingJob.Runner job;

    @Autowired
    FindingStore findings;

    @Autowired
    Monitoring monitoring;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    String org;
    long orgId;
    Api admin;
    String base;

    @BeforeEach
    void setUp() {
        TestClock.INSTANCE.set(Instant.parse("2026-10-02T21:40:00Z"));
        org = Api.newOrg(port);
        orgId = jdbc.sql("select id from org where slug = :s").param("s", org).query(Long.class).single();
        admin = Api.admin(port);
        base = "/api/v1/orgs/" + org + "/reporting";
        admin.post("/api/v1/orgs/" + org + "/products", Map.of("key", "cloud-gateway", "name", "Aurora Cloud Gateway"));
        admin.post("/api/v1/orgs/" + org + "/products/cloud-gateway/releases", Map.of("version", "3.2.0",
                "placedOnMarket", "2025-04-01", "supportEnd", "2030-03-31", "memberStates", List.of("DE", "AT", "FR")));
        admin.post("/api/v1/orgs/" + org + "/products/cloud-gateway/releases", Map.of("version", "2.9.4",
                "placedOnMarket", "2024-02-15", "supportEnd", "2026-06-30", "memberStates", List.of("DE", "AT")));
    }

    private void exploitedFinding(String version) {
        long productId = jdbc.sql("select id from product where org_id = :o and key = 'cloud-gateway'").param("o", orgId).query(Long.class).single();
        long releaseId = jdbc.sql("select id from release where product_id = :p and version = :v").param("p", productId).param("v", version)
                .query(Long.class).single();
        var match = new Match("pkg:maven/org.springframework/spring-beans@5.3.17", "pkg:maven/org.springframework/spring-beans",
                "spring-beans", "5.3.17", "pkg:maven/org.springframework/spring-beans@5.3.17", "GHSA-36p3-wjmg-h94x",
                List.of("CVE-2022-22965"), "critical", "Remote Code Execution in Spring Framework", true, "CISA KEV",
                LocalDate.of(2022, 4, 4), Map.of("matcher", "test"));
        tx.executeWithoutResult(s -> {
            var recorded = findings.record(orgId, productId, releaseId, List.of(match), true);
            monitoring.newFindings(orgId, releaseId, recorded.inserted(), "test", "system:test");
        });
    }

    @Test
    void shouldProposeACaseFromAnAlertAndGroupTheNextAlertIntoIt() {
        exploitedFinding("3.2.0");
        job.runOnce();
        JsonNode list = admin.get(base + "/cases").json();
        assertThat(list.get("items")).hasSize(1);
        String id = list.at("/items/0/caseKey").asString();
        JsonNode c = admin.get(base + "/cases/" + id).json();
        assertThat(c.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(c.at("/case/awareness/provisional").asBoolean()).isTrue();
        assertThat(c.at("/case/awareness/at").asString()).isEqualTo("2026-10-02T21:40:00Z");
        assertThat(c.at("/case/signal/type").asString()).isEqualTo("kev");
        assertThat(c.at("/case/signal/cveId").asString()).isEqualTo("CVE-2022-22965");
        assertThat(c.at("/case/exploitation/verdict").asString()).isEqualTo("PENDING");
        assertThat(c.at("/case/exploitation/evidence/0/source").asString()).isEqualTo("KEV");
        assertThat(c.at("/case/releases/0/availableIn").toString()).contains("AT", "DE", "FR");
        assertThat(c.at("/schedule/stages/0/due").asString()).isEqualTo("2026-10-03T21:40:00Z");
        assertThat(c.at("/applicability/verdict").asString()).isEqualTo("UNDETERMINED");

        // The alert of a second release joins the same case; the case keeps its earliest awareness.
        TestClock.INSTANCE.set(Instant.parse("2026-10-02T21:45:00Z"));
        exploitedFinding("2.9.4");
        job.runOnce();
        assertThat(admin.get(base + "/cases").json().get("items")).hasSize(1);
        c = admin.get(base + "/cases/" + id).json();
        assertThat(c.at("/case/releases")).hasSize(2);
        assertThat(c.at("/case/findings")).hasSize(2);
        assertThat(c.at("/case/awareness/at").asString()).isEqualTo("2026-10-02T21:40:00Z");
        assertThat(c.get("applicability").toString()).contains("past its support period");

        // Every alert is taken in once; the event stream says which case it went to.
        job.runOnce();
        assertThat(jdbc.sql("select count(*) from reporting_alert_intake where org_id = :o").param("o", orgId).query(Long.class).single())
                .isEqualTo(2);
        assertThat(admin.get("/api/v1/orgs/" + org + "/events?kind=report.case").json().get("items")).hasSize(2);
        assertThat(admin.get("/api/v1/orgs/" + org + "/audit?limit=500").json().toString()).contains("reporting.case.open")
                .contains("reporting.case.extend");
    }

    @Test
    void shouldLeaveAlertsAloneWhenIntakeIsOffUntilAPersonOpensTheCase() {
        assertThat(admin.put(base + "/settings", Map.of("alertIntake", "off")).status()).isEqualTo(200);
        exploitedFinding("3.2.0");
        job.runOnce();
        assertThat(admin.get(base + "/cases").json().get("items")).isEmpty();
        long alertId = jdbc.sql("select id from exploited_alert where org_id = :o").param("o", orgId).query(Long.class).single();
        JsonNode c = admin.post(base + "/cases/from-alert/" + alertId, Map.of()).json();
        assertThat(c.get("status").asString()).isEqualTo("OPEN");
        assertThat(admin.post(base + "/cases/from-alert/" + alertId, Map.of()).json().get("id").asString())
                .isEqualTo(c.get("id").asString());
    }

    @Test
    void shouldOpenACaseFromATriageDecisionOnAFinding() {
        assertThat(admin.put(base + "/settings", Map.of("alertIntake", "off")).status()).isEqualTo(200);
        exploitedFinding("3.2.0");
        job.runOnce();
        long findingId = jdbc.sql("select id from finding where org_id = :o").param("o", orgId).query(Long.class).single();
        var r = admin.post(base + "/cases", Map.of("kind", "VULNERABILITY", "title", "Triaged: Spring4Shell reachable", "description",
                "reachable in the WAR deployment; exploitation seen by a customer", "fromTriage", true, "findingIds", List.of(findingId),
                "awareness", Map.of("at", "2026-10-02T21:30:00Z", "basis", "triage")));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode c = r.json();
        assertThat(c.at("/case/signal/type").asString()).isEqualTo("triage");
        assertThat(c.at("/case/signal/findingId").asString()).isEqualTo("F-" + findingId);
        assertThat(c.at("/case/findings/0/aliases/0").asString()).isEqualTo("CVE-2022-22965");
        assertThat(c.at("/case/releases/0/placedOnMarket").asString()).isEqualTo("2025-04-01");
        assertThat(c.at("/case/exploitation/evidence/0/reference").asString()).isEqualTo("F-" + findingId);
    }

    @Test
    void shouldOpenDirectlyWhenTheSettingSaysSo() {
        assertThat(admin.put(base + "/settings", Map.of("alertIntake", "open")).status()).isEqualTo(200);
        exploitedFinding("3.2.0");
        job.runOnce();
        assertThat(admin.get(base + "/cases").json().at("/items/0/status").asString()).isEqualTo("OPEN");
    }
}
