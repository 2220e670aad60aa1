package dev.craft.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import dev.craft.server.testing.Api;
import dev.craft.server.testing.CraftServerTest;
import dev.craft.server.testing.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Advisories change, the portfolio is re-matched without a rescan, new findings become events, and an
 * actively exploited one in a release on the EU market raises an alert; the job runs from PostgreSQL.
 */
@CraftServerTest
class ContinuousMonitoringTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scheduler scheduler;

    @Autowired
    DataSource dataSource;

    @Autowired
    List<Task<?>> tasks;

    private JsonNode events(Api api, String org, String kind) {
        return api.get("/api/v1/orgs/" + org + "/events?limit=500&kind=" + kind).json().get("items");
    }

    @Test
    void shouldRecordNewFindingsAndRaiseAnAlertWhenAdvisoriesAndExploitationChange() {
        String suffix = Api.unique("mon");
        String pkg = "craft-" + suffix;
        String cve = "CVE-2099-" + (100000 + (int) (ProcessHandle.current().pid() % 100000));
        Fixtures.importBytes(port, "kev-" + suffix, "kev", "kev.json", Fixtures.kevCatalogue("2026-10-01", "CVE-2099-0000001"));
        String org = Api.newOrg(port);
        var engineer = Api.withKey(port, org, "SECURITY_ENGINEER");
        engineer.post("/api/v1/orgs/" + org + "/products", Map.of("key", "camera"));
        engineer.post("/api/v1/orgs/" + org + "/products/camera/releases", Map.of("version", "1.0", "placedOnMarket", "2026-01-15",
                "supportEnd", "2031-01-15", "memberStates", List.of("DE", "FR")));
        engineer.post("/api/v1/orgs/" + org + "/products/camera/releases", Map.of("version", "1.1-beta"));
        for (String v : List.of("1.0", "1.1-beta")) {
            var r = engineer.send("PUT", "/api/v1/orgs/" + org + "/products/camera/releases/" + v + "/sbom", "application/json",
                    Fixtures.sbomWith(pkg, "left-" + pkg));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
        }
        assertThat(events(engineer, org, "finding.new")).isEmpty();

        JsonNode imported = Fixtures.importBytes(port, "osv-" + suffix, "osv", "advisory.jsonl", Fixtures.osvRecord("CRAFT-" + suffix, cve, pkg));
        assertThat(imported.get("status").asString()).isEqualTo("done");
        assertThat(imported.get("changed").asInt()).isEqualTo(1);
        assertThat(imported.get("affectedReleases").asInt()).isEqualTo(2);
        JsonNode newFindings = events(engineer, org, "finding.new");
        assertThat(newFindings).hasSize(2); // the package, in both releases; the other component is untouched
        assertThat(newFindings.get(0).get("payload").get("vulnerabilityId").asString()).isEqualTo(cve);
        assertThat(engineer.get("/api/v1/orgs/" + org + "/alerts").json().get("items")).isEmpty();

        // Importing the same feed again changes nothing and finds nothing new.
        JsonNode again = Fixtures.importBytes(port, "osv-" + suffix, "osv", "advisory.jsonl", Fixtures.osvRecord("CRAFT-" + suffix, cve, pkg));
        assertThat(again.get("changed").asInt()).isZero();
        assertThat(events(engineer, org, "finding.new")).hasSize(2);

        // The KEV catalogue now lists the CVE: the release on the market alerts, the beta does not.
        JsonNode kev = Fixtures.importBytes(port, "kev-" + suffix, "kev", "kev.json",
                Fixtures.kevCatalogue("2026-11-10", "CVE-2099-0000001", cve));
        assertThat(kev.get("newlyExploited").asInt()).isEqualTo(1);
        JsonNode alerts = engineer.get("/api/v1/orgs/" + org + "/alerts").json().get("items");
        assertThat(alerts).hasSize(1);
        JsonNode alert = alerts.get(0);
        assertThat(alert.get("vulnerabilityId").asString()).isEqualTo(cve);
        assertThat(alert.get("release").asString()).isEqualTo("1.0");
        assertThat(alert.get("exploitedSource").asString()).isEqualTo("CISA KEV");
        assertThat(alert.get("exploitedSince").asString()).isEqualTo("2026-11-10");
        assertThat(alert.get("memberStates").toString()).isEqualTo("[\"DE\",\"FR\"]");
        assertThat(events(engineer, org, "alert.raised")).hasSize(1);
        assertThat(events(engineer, org, "finding.exploited")).hasSize(2);

        // The beta is placed on the market: its exploited finding alerts too.
        var placed = engineer.patch("/api/v1/orgs/" + org + "/products/camera/releases/1.1-beta",
                Map.of("placedOnMarket", "2026-06-01", "memberStates", List.of("AT")));
        assertThat(placed.status()).isEqualTo(200);
        assertThat(engineer.get("/api/v1/orgs/" + org + "/alerts").json().get("items")).hasSize(2);

        var ack = engineer.post("/api/v1/orgs/" + org + "/alerts/" + alert.get("id").asLong() + "/acknowledge", Map.of());
        assertThat(ack.json().get("status").asString()).isEqualTo("acknowledged");
        assertThat(Api.withKey(port, org, "AUDITOR").post("/api/v1/orgs/" + org + "/alerts/" + alert.get("id").asLong() + "/acknowledge", Map.of())
                .status()).isEqualTo(403);
    }

    @Test
    void shouldKeepAJobInPostgresqlSoThatAnotherWorkerRunsItWhenTheFirstIsGone() {
        scheduler.pause();
        try {
            // An advisory for a package of its own: the advisory store is shared by every test of this JVM.
            String pkg = Api.unique("queued-pkg");
            var r = Api.admin(port).send("POST", "/api/v1/admin/advisories/import?source=osv-" + Api.unique("queued") + "&kind=osv",
                    "application/octet-stream", Fixtures.osvRecord("QUEUED-" + pkg, "CVE-2099-9999999", pkg));
            long importId = r.json().get("id").asLong();
            assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = 'advisory-monitor' and task_instance = :id")
                    .param("id", Long.toString(importId)).query(Long.class).single()).isEqualTo(1);
            assertThat(Api.admin(port).get("/api/v1/admin/advisories/imports/" + importId).json().get("status").asString()).isEqualTo("matching");
            // A second worker on the same database, as after a restart or on another node, finds and runs it.
            var other = Scheduler.create(dataSource, tasks).threads(1).pollingInterval(Duration.ofMillis(100)).build();
            other.start();
            try {
                assertThat(Fixtures.awaitImport(port, importId).get("status").asString()).isEqualTo("done");
            } finally {
                other.stop();
            }
        } finally {
            scheduler.resume();
        }
    }
}
